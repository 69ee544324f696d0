import type { HandlerContext } from '../../../engine/types.js';
import { testerByEmail } from '../collections.js';
import { PrefineryError } from '../errors.js';
import { planCheckin } from '../rules/tester-status.js';
import { formatTimestamp } from '../rules/time.js';
import type { Beta, PrefineryState, Tester } from '../store.js';
import { changeTester } from '../writes.js';
import { emitTesterEvent } from './events.js';
import type { H } from './handler.js';
import { findBeta, findTester } from './lookup.js';
import { settleRewards } from './rewards.js';

// A check-in makes the tester active where the status rules allow it (not an unconfirmed or suspended tester);
// joined_at records the first activation only, later check-ins are visits. Every check-in writes the tester
// (updated_at at least), so every one sends tester_updated; an activation may then earn referral rewards.
function checkIn(ctx: HandlerContext<PrefineryState>, beta: Beta, tester: Tester): void {
  const now = formatTimestamp(ctx.clock.now());
  const change = planCheckin(tester, now);
  changeTester(ctx.state, tester, (t) => Object.assign(t, change, { updated_at: now }));
  emitTesterEvent(ctx, 'tester_updated', beta, tester);
  settleRewards(ctx, beta, tester);
}

export const createCheckin: H<'createCheckin'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const tester = testerByEmail(ctx.state.testers, beta.id, req.body.checkin.email);
  if (!tester) throw PrefineryError.checkinTesterNotFound();
  checkIn(ctx, beta, tester);
  return { status: 202 };
};

export const checkinTester: H<'checkinTester'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  checkIn(ctx, beta, findTester(ctx.state, beta.id, req.params.tester_id));
  return { status: 202 };
};
