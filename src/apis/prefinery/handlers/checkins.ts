import type { Handler } from '../../../engine/types.js';
import { PrefineryError, STATUS_MESSAGES } from '../errors.js';
import { normalizeEmail } from '../rules/email.js';
import { formatTimestamp } from '../rules/time.js';
import type { PrefineryState, Tester } from '../store.js';
import { findBeta, findTester, testersOf } from './lookup.js';

// A check-in makes the tester active; joined_at records the first one only, later ones are visits.
function checkIn(tester: Tester, now: string): void {
  tester.status = 'active';
  tester.joined_at ??= now;
  tester.updated_at = now;
}

export const createCheckin: Handler<PrefineryState> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const email = normalizeEmail(String(req.body.checkin.email));
  const tester = testersOf(ctx.state, beta.id).find((t) => normalizeEmail(t.email) === email);
  if (!tester) throw PrefineryError.notFound(STATUS_MESSAGES.checkinTesterNotFound);
  checkIn(tester, formatTimestamp(ctx.clock.now()));
  return { status: 202 };
};

export const checkinTester: Handler<PrefineryState> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  checkIn(findTester(ctx.state, beta.id, req.params.tester_id), formatTimestamp(ctx.clock.now()));
  return { status: 202 };
};
