import { allBy, countBy, type CollectionSpec } from '../../../engine/store/collection.js';
import { grantKey, rewardStatusKey, rewardsSpec, testerById, testersByEmail, testersSpec } from '../collections.js';
import { inIdOrder } from '../ordered.js';
import type { operations } from '../spec.gen.js';
import type { PointActivity, Reward, RewardRule, Tester, UserRole } from '../store.js';
import { isSuspended } from './tester-status.js';

// Referral rewards as a beta's Reward Editor sets them up (the rules live on the beta, see store.ts RewardRule).
// Everything here is a pure function of the records: handlers/rewards.ts writes what they decide.
//
// A referred tester ("friend") counts for a rule when it arrived the way the rule names (a referral link or an
// accepted friend invitation), has qualified (signed up, or has been active: joined_at is set), and neither it nor
// its referrer is suspended. Each qualifying friend earns a single-sided reward for its referrer, or a double-sided
// one for both of them; a milestone is earned once by a referrer whose qualifying friends reach the rule's count.
// Rewards are never earned twice: a reward already stored for the same rule, side and friend (or, for a milestone,
// the same referrer), whatever its status, blocks a new one, so a revoked reward stays revoked.
//
// `testers` and `rewards` are the company's collections: the rules read only the beta's records, through the
// indexes (collections.ts), so a request reads the records it concerns, not the whole beta.

/** One reward a rule grants: who earns it, on which side, through which friend (null for a milestone). */
export interface RewardGrant {
  rule: RewardRule;
  /** The tester who earns it. */
  user: Tester;
  user_role: UserRole;
  referral_id: number | null;
  /** The displayable name of this side. */
  name: string;
}

/** Does `friend`, referred by `referrer`, count for `rule` now? */
export function qualifies(rule: Pick<RewardRule, 'via' | 'qualify_on'>, friend: Tester, referrer: Tester): boolean {
  if (friend.referred_by_id !== referrer.id || friend.referred_via === null || !rule.via.includes(friend.referred_via)) return false;
  if (isSuspended(friend) || isSuspended(referrer)) return false;
  return rule.qualify_on === 'signup' || friend.joined_at !== null;
}

/** How many of `referrer`'s friends of its own beta count for a milestone `rule`. */
export function qualifyingReferrals(rule: Pick<RewardRule, 'via' | 'qualify_on'>, referrer: Tester, testers: readonly Tester[]): number {
  return allBy(testers, testersSpec, 'referrer', referrer.id).filter((t) => t.beta_id === referrer.beta_id && qualifies(rule, t, referrer)).length;
}

/**
 * The rewards now due because of `candidates` (referred testers of one beta that were just written): every rule is
 * checked for each candidate, its referrer (a tester of the same beta) and the referrer's milestone. The result holds
 * no reward twice, even when two candidates share a referrer.
 */
export function dueRewards(rules: RewardRule[], candidates: readonly Tester[], testers: readonly Tester[], rewards: readonly Reward[]): RewardGrant[] {
  const granted = new Set<string>();
  const grants: RewardGrant[] = [];
  const keyOf = (g: Pick<RewardGrant, 'rule' | 'user' | 'user_role' | 'referral_id'>) => grantKey(g.user.beta_id, g.rule, g.user.id, g.user_role, g.referral_id);
  const taken = (key: string) => granted.has(key) || countBy(rewards, rewardsSpec, 'grant', key) > 0;
  const grant = (g: RewardGrant) => {
    const key = keyOf(g);
    if (taken(key)) return;
    granted.add(key);
    grants.push(g);
  };
  // A milestone's count reads every friend of the referrer: only while it is not earned, once per rule and referrer.
  const counted = new Map<RewardRule, Map<number, number>>();
  const qualifying = (rule: RewardRule, referrer: Tester) => {
    const byReferrer = counted.get(rule) ?? new Map<number, number>();
    counted.set(rule, byReferrer);
    const count = byReferrer.get(referrer.id) ?? qualifyingReferrals(rule, referrer, testers);
    byReferrer.set(referrer.id, count);
    return count;
  };
  for (const friend of candidates) {
    const found = friend.referred_by_id === null ? undefined : testerById(testers, friend.referred_by_id);
    const referrer = found?.beta_id === friend.beta_id ? found : undefined;
    if (!referrer) continue;
    for (const rule of rules) {
      if (rule.type === 'Milestone') {
        const milestone: RewardGrant = { rule, user: referrer, user_role: 'referrer', referral_id: null, name: rule.name };
        if (rule.referrals !== null && qualifies(rule, friend, referrer) && !taken(keyOf(milestone)) && qualifying(rule, referrer) >= rule.referrals) grant(milestone);
        continue;
      }
      if (!qualifies(rule, friend, referrer)) continue;
      grant({ rule, user: referrer, user_role: 'referrer', referral_id: friend.id, name: rule.name });
      if (rule.type === 'DoubleSided') grant({ rule, user: friend, user_role: 'friend', referral_id: friend.id, name: rule.friend_name ?? rule.name });
    }
  }
  return grants;
}

/** The points a grant issues with its reward, and their activity: `reward` for the referrer, `friend_reward` for the friend. */
export function grantPoints(grant: Pick<RewardGrant, 'rule' | 'user_role'>): { quantity: number; activity: PointActivity } {
  return grant.user_role === 'friend' ? { quantity: grant.rule.friend_points, activity: 'friend_reward' } : { quantity: grant.rule.points, activity: 'reward' };
}

/**
 * The rewards suspending `tester` revokes: the earned (not yet delivered) rewards of its beta it holds, and those
 * earned through its referral (its referrer's side), in id order; its shares and referrals no longer count.
 * Delivered rewards and milestones its referrer already reached stay.
 */
export function rewardsRevokedBySuspension(tester: Pick<Tester, 'id' | 'beta_id'>, rewards: readonly Reward[]): Reward[] {
  const concerned = new Set([...allBy(rewards, rewardsSpec, 'holder', tester.id), ...allBy(rewards, rewardsSpec, 'referral', tester.id)]);
  return [...concerned].filter((r) => r.beta_id === tester.beta_id && r.status === 'earned').sort(byId);
}

/** The documented list filters: listRewards' query parameters but the page. */
export type RewardFilters = Omit<NonNullable<operations['listRewards']['parameters']['query']>, 'page'>;

/**
 * The beta's rewards the list filters keep, in id order (email names one tester of the beta, without case). Without
 * a filter the answer is the beta's rewards themselves (shared: never change it).
 */
export function filterRewards(rewards: readonly Reward[], testers: readonly Tester[], betaId: number, filters: RewardFilters): readonly Reward[] {
  if (filters.email) {
    const owned = recordsOfOwner(rewards, rewardsSpec, testers, betaId, filters.email);
    return filters.status === undefined ? owned : owned.filter((r) => r.status === filters.status);
  }
  if (filters.status !== undefined) return inIdOrder(rewards, rewardsSpec, 'beta_status', rewardStatusKey(betaId, filters.status));
  return inIdOrder(rewards, rewardsSpec, 'beta', betaId);
}

/** The beta's records (rewards, points) held by the tester of the beta with this email (compared trimmed, without case), in id order. */
export function recordsOfOwner<T extends { id: number; beta_id: number; user_id: number }>(
  records: readonly T[],
  spec: CollectionSpec<T>,
  testers: readonly Tester[],
  betaId: number,
  email: string,
): T[] {
  return testersByEmail(testers, betaId, email)
    .flatMap((owner) => allBy(records, spec, 'holder', owner.id))
    .filter((r) => r.beta_id === betaId)
    .sort(byId);
}

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
