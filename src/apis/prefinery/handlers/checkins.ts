import { PrefineryError } from '../errors.js';
import { normalizeEmail } from '../rules/email.js';
import { formatTimestamp } from '../rules/time.js';
import type { Tester } from '../store.js';
import type { H } from './handler.js';
import { findBeta, findTester, testersOf } from './lookup.js';

// A check-in makes the tester active; joined_at records the first one only, later ones are visits.
function checkIn(tester: Tester, now: string): void {
  tester.status = 'active';
  tester.joined_at ??= now;
  tester.updated_at = now;
}

export const createCheckin: H<'createCheckin'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const email = normalizeEmail(req.body.checkin.email);
  const tester = testersOf(ctx.state, beta.id).find((t) => normalizeEmail(t.email) === email);
  if (!tester) throw PrefineryError.checkinTesterNotFound();
  checkIn(tester, formatTimestamp(ctx.clock.now()));
  return { status: 202 };
};

export const checkinTester: H<'checkinTester'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  checkIn(findTester(ctx.state, beta.id, req.params.tester_id), formatTimestamp(ctx.clock.now()));
  return { status: 202 };
};
