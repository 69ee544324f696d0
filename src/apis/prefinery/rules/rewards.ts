import type { operations } from '../spec.gen.js';
import type { PointActivity, Reward, RewardRule, Tester, UserRole } from '../store.js';
import { normalizeEmail } from './email.js';
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

/** How many of `referrer`'s friends count for a milestone `rule`. `testers` are the beta's testers. */
export function qualifyingReferrals(rule: Pick<RewardRule, 'via' | 'qualify_on'>, referrer: Tester, testers: Tester[]): number {
  return testers.filter((t) => t.referred_by_id === referrer.id && qualifies(rule, t, referrer)).length;
}

/**
 * The rewards now due because of `candidates` (referred testers that were just written): every rule is checked for
 * each candidate, its referrer and the referrer's milestone. `testers` and `rewards` are the beta's. The result holds
 * no reward twice, even when two candidates share a referrer.
 */
export function dueRewards(rules: RewardRule[], candidates: Tester[], testers: Tester[], rewards: Reward[]): RewardGrant[] {
  const taken = new Set(rewards.map(rewardKey));
  const grants: RewardGrant[] = [];
  const grant = (g: RewardGrant) => {
    const key = grantKey({ ...g, user_id: g.user.id });
    if (taken.has(key)) return;
    taken.add(key);
    grants.push(g);
  };
  for (const friend of candidates) {
    const referrer = friend.referred_by_id === null ? undefined : testers.find((t) => t.id === friend.referred_by_id);
    if (!referrer) continue;
    for (const rule of rules) {
      if (rule.type === 'Milestone') {
        if (rule.referrals !== null && qualifies(rule, friend, referrer) && qualifyingReferrals(rule, referrer, testers) >= rule.referrals) {
          grant({ rule, user: referrer, user_role: 'referrer', referral_id: null, name: rule.name });
        }
        continue;
      }
      if (!qualifies(rule, friend, referrer)) continue;
      grant({ rule, user: referrer, user_role: 'referrer', referral_id: friend.id, name: rule.name });
      if (rule.type === 'DoubleSided') grant({ rule, user: friend, user_role: 'friend', referral_id: friend.id, name: rule.friend_name ?? rule.name });
    }
  }
  return grants;
}

// A milestone is earned once per referrer; the other rewards once per rule, side and friend.
function grantKey(g: { rule: Pick<RewardRule, 'descriptor' | 'type'>; user_id: number; user_role: UserRole; referral_id: number | null }): string {
  return g.rule.type === 'Milestone' ? `${g.rule.descriptor}\u0000milestone\u0000${g.user_id}` : `${g.rule.descriptor}\u0000${g.user_role}\u0000${g.referral_id}`;
}

function rewardKey(r: Reward): string {
  return grantKey({ rule: { descriptor: r.descriptor, type: r.type }, user_id: r.user_id, user_role: r.user_role, referral_id: r.referral_id });
}

/** The points a grant issues with its reward, and their activity: `reward` for the referrer, `friend_reward` for the friend. */
export function grantPoints(grant: Pick<RewardGrant, 'rule' | 'user_role'>): { quantity: number; activity: PointActivity } {
  return grant.user_role === 'friend' ? { quantity: grant.rule.friend_points, activity: 'friend_reward' } : { quantity: grant.rule.points, activity: 'reward' };
}

/**
 * The rewards suspending `tester` revokes: the earned (not yet delivered) rewards it holds, and those earned through
 * its referral (its referrer's side); its shares and referrals no longer count. Delivered rewards and milestones its
 * referrer already reached stay.
 */
export function rewardsRevokedBySuspension(tester: Pick<Tester, 'id'>, rewards: Reward[]): Reward[] {
  return rewards.filter((r) => r.status === 'earned' && (r.user_id === tester.id || r.referral_id === tester.id));
}

/** The documented list filters: listRewards' query parameters but the page. */
export type RewardFilters = Omit<NonNullable<operations['listRewards']['parameters']['query']>, 'page'>;

/** The rewards the list filters keep, in id order. `testers` are the beta's testers (email names one of them, without case). */
export function filterRewards(rewards: Reward[], testers: Tester[], filters: RewardFilters): Reward[] {
  const owner = filters.email ? ownerIds(testers, filters.email) : undefined;
  return rewards
    .filter((r) => (owner === undefined || owner.has(r.user_id)) && (filters.status === undefined || r.status === filters.status))
    .sort((a, b) => a.id - b.id);
}

/** The ids of the testers with this email (compared trimmed, without case): at most one per beta. */
export function ownerIds(testers: Tester[], email: string): Set<number> {
  const wanted = normalizeEmail(email);
  return new Set(testers.filter((t) => normalizeEmail(t.email) === wanted).map((t) => t.id));
}
