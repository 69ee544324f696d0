import type { HandlerContext } from '../../../engine/types.js';
import { paginate, paginationHeader } from '../rules/paginate.js';
import { presentReward } from '../rules/present.js';
import { dueRewards, filterRewards, grantPoints, rewardsRevokedBySuspension, type RewardGrant } from '../rules/rewards.js';
import { formatTimestamp } from '../rules/time.js';
import { takeNextId, type Beta, type Point, type PrefineryState, type Reward, type Tester } from '../store.js';
import { emitPointsEvent, emitRewardEvent } from './events.js';
import type { H } from './handler.js';
import { findBeta, testersOf } from './lookup.js';

type Ctx = HandlerContext<PrefineryState>;

export const listRewards: H<'listRewards'> = (req, ctx) => {
  const beta = findBeta(ctx.state, req.params.beta_id);
  const { page = 1, ...filters } = req.query;
  const rewards = filterRewards(rewardsOf(ctx.state, beta.id), testersOf(ctx.state, beta.id), filters);
  const { items, facts } = paginate(rewards, page);
  return { status: 200, body: items.map(presentReward), headers: paginationHeader(facts) };
};

export function rewardsOf(state: PrefineryState, betaId: number): Reward[] {
  return state.rewards.filter((r) => r.beta_id === betaId);
}

/**
 * Grant what the beta's reward rules now owe because `tester` was written: as a referred friend, and as the referrer
 * of its own friends (an unsuspended referrer's friends count again). Call it after the write and its tester events.
 */
export function settleRewards(ctx: Ctx, beta: Beta, tester: Tester): void {
  if (beta.reward_rules.length === 0) return;
  const testers = testersOf(ctx.state, beta.id);
  const candidates = [tester, ...testers.filter((t) => t.referred_by_id === tester.id)];
  for (const grant of dueRewards(beta.reward_rules, candidates, testers, rewardsOf(ctx.state, beta.id))) issue(ctx, beta, grant);
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
  state.rewards.push(reward);
  emitRewardEvent(ctx, 'reward_earned', beta, reward, holder);
  if (grant.rule.delivery === 'automatic') {
    Object.assign(reward, { status: 'delivered', delivered_at: now });
    emitRewardEvent(ctx, 'reward_delivered', beta, reward, holder);
  }
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
  for (const reward of rewardsRevokedBySuspension(tester, rewardsOf(state, beta.id))) {
    const holder = state.testers.find((t) => t.id === reward.user_id);
    if (!holder) continue; // the state check keeps every reward's holder stored
    Object.assign(reward, { status: 'revoked', revoked_at: now });
    emitRewardEvent(ctx, 'reward_revoked', beta, reward, holder);
    for (const point of state.points.filter((p) => p.reward_id === reward.id)) {
      state.points.splice(state.points.indexOf(point), 1);
      emitPointsEvent(ctx, 'points_revoked', beta, point, holder);
    }
  }
}
