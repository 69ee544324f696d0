import type { HandlerContext } from '../../../engine/types.js';
import { presentPoint, presentReward, presentTester } from '../rules/present.js';
import type { Beta, Point, PrefineryState, Reward, Tester } from '../store.js';
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

/** reward_earned, reward_delivered or reward_revoked: the reward as it stands now, and the tester who holds it. */
export function emitRewardEvent(ctx: Ctx, type: 'reward_earned' | 'reward_delivered' | 'reward_revoked', beta: Beta, reward: Reward, holder: Tester): void {
  emitEvent(ctx, type, { beta_id: beta.id, reward: presentReward(reward), tester: presentTester(holder, beta, ctx.state.testers) });
}

/** points_earned or points_revoked: the point and the tester it was issued to. */
export function emitPointsEvent(ctx: Ctx, type: 'points_earned' | 'points_revoked', beta: Beta, point: Point, holder: Tester): void {
  emitEvent(ctx, type, { beta_id: beta.id, point: presentPoint(point), tester: presentTester(holder, beta, ctx.state.testers) });
}
