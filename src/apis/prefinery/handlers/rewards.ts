import { allBy, updateRecord } from '../../../engine/store/collection.js';
import type { HandlerContext } from '../../../engine/types.js';
import { pointsSpec, testerById, testersSpec } from '../collections.js';
import { removeKeepingOrder } from '../ordered.js';
import { paginate, paginationHeader } from '../rules/paginate.js';
import { presentReward } from '../rules/present.js';
import { dueRewards, filterRewards, grantPoints, rewardsRevokedBySuspension, type RewardGrant } from '../rules/rewards.js';
import { formatTimestamp } from '../rules/time.js';
import { takeNextId, type Beta, type Point, type PrefineryState, type Reward, type Tester } from '../store.js';
import { emitPointsEvent, emitRewardEvent } from './events.js';
import type { H } from './handler.js';
import { findBeta } from './lookup.js';

type Ctx = HandlerContext<PrefineryState>;

export const listRewards: H<'listRewards'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const { page = 1, ...filters } = req.query;
  const rewards = filterRewards(ctx.state.rewards, ctx.state.testers, beta.id, filters);
  const { items, facts } = paginate(rewards, page);
  return { status: 200, body: items.map(presentReward), headers: paginationHeader(facts) };
};

/**
 * Grant what the beta's reward rules now owe because `tester` was written: as a referred friend, and as the referrer
 * of its own friends (an unsuspended referrer's friends count again). Call it after the write and its tester events.
 * Reads the tester's friends (the rules say every one of them may count again), not the beta.
 */
export function settleRewards(ctx: Ctx, beta: Beta, tester: Tester): void {
  if (beta.reward_rules.length === 0) return;
  const { testers, rewards } = ctx.state;
  const friends = allBy(testers, testersSpec, 'referrer', tester.id).filter((t) => t.beta_id === beta.id).sort((a, b) => a.id - b.id);
  for (const grant of dueRewards(beta.reward_rules, [tester, ...friends], testers, rewards)) issue(ctx, beta, grant);
}

// One granted reward: stored as earned (and delivered at once when the rule delivers automatically), with its points.
function issue(ctx: Ctx, beta: Beta, grant: RewardGrant): void {
  const { state } = ctx;
  const holder = grant.user;
  const now = formatTimestamp(ctx.clock.now());
  const reward: Reward = {
    id: takeNextId(state, 'reward', state.rewards),
    beta_id: beta.id,
    user_id: holder.id,
    descriptor: grant.rule.descriptor,
    name: grant.name,
    type: grant.rule.type,
    user_role: grant.user_role,
    status: 'earned',
    earned_at: now,
    delivered_at: null,
    revoked_at: null,
    referral_id: grant.referral_id,
  };
  emitRewardEvent(ctx, 'reward_earned', beta, reward, holder);
  // Delivered before it is stored, so the reward enters the store (and its status index) once, as it ends up.
  if (grant.rule.delivery === 'automatic') {
    Object.assign(reward, { status: 'delivered', delivered_at: now });
    emitRewardEvent(ctx, 'reward_delivered', beta, reward, holder);
  }
  state.rewards.push(reward);
  const { quantity, activity } = grantPoints(grant);
  if (quantity <= 0) return;
  const point: Point = { id: takeNextId(state, 'point', state.points), beta_id: beta.id, user_id: holder.id, quantity, activity, reason: null, reward_id: reward.id, created_at: now };
  state.points.push(point);
  emitPointsEvent(ctx, 'points_earned', beta, point, holder);
}

/** Suspending `tester` revokes its earned rewards and those earned through it, with the points they issued. */
export function revokeForSuspension(ctx: Ctx, beta: Beta, tester: Tester): void {
  const { state } = ctx;
  const now = formatTimestamp(ctx.clock.now());
  const revokedPoints: Point[] = [];
  for (const reward of rewardsRevokedBySuspension(tester, state.rewards)) {
    const holder = testerById(state.testers, reward.user_id);
    if (!holder) continue; // the state check keeps every reward's holder stored
    updateRecord(state.rewards, reward, (r) => Object.assign(r, { status: 'revoked', revoked_at: now }));
    emitRewardEvent(ctx, 'reward_revoked', beta, reward, holder);
    for (const point of [...allBy(state.points, pointsSpec, 'reward', reward.id)].sort((a, b) => a.id - b.id)) {
      revokedPoints.push(point);
      emitPointsEvent(ctx, 'points_revoked', beta, point, holder);
    }
  }
  // One removal for them all (the store's removal costs the collection's length once).
  removeKeepingOrder(state.points, revokedPoints);
}
