import type { HandlerContext } from '../../../engine/types.js';
import { presentTester } from '../rules/present.js';
import type { Beta, PrefineryState, Tester } from '../store.js';
import type { PrefineryEventData, PrefineryEventName } from '../webhooks.js';

type Ctx = HandlerContext<PrefineryState>;

/** Emit a typed Prefinery event; call it only once every check has passed, at the write. */
export function emitEvent<E extends PrefineryEventName>(ctx: Ctx, type: E, data: PrefineryEventData<E>): void {
  ctx.emit({ type, payload: data });
}

/** The tester as `GET /testers/{id}` would show it now, wrapped as tester events carry it. */
export function testerEventData(ctx: Ctx, beta: Beta, tester: Tester): PrefineryEventData<'tester_created'> {
  return { beta_id: beta.id, tester: presentTester(tester, beta, ctx.state.testers) };
}

/** tester_created or tester_updated for a tester as it stands after the write. */
export function emitTesterEvent(ctx: Ctx, type: 'tester_created' | 'tester_updated', beta: Beta, tester: Tester): void {
  emitEvent(ctx, type, testerEventData(ctx, beta, tester));
}

/** referral_created: `tester` arrived through `referrer` (a referral link, or a friend invitation). */
export function emitReferralEvent(ctx: Ctx, beta: Beta, referrer: Tester, tester: Tester, friendInvitationId: number | null): void {
  emitEvent(ctx, 'referral_created', {
    beta_id: beta.id,
    via: tester.referred_via ?? 'referral',
    friend_invitation_id: friendInvitationId,
    referrer: presentTester(referrer, beta, ctx.state.testers),
    tester: presentTester(tester, beta, ctx.state.testers),
  });
}
