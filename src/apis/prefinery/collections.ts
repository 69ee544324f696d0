// How the store indexes a Prefinery company's arrays (src/engine/store/collection.ts). Every record is keyed by its
// id; the indexes below answer the API's lookups (a tester by email within its beta, by referral code, a referrer's
// friends, a tester's rewards and points, ...) in O(1). Rules pass these specs to the collection helpers (getByKey,
// findBy, allBy, countBy), which answer from the indexes on a stored state and scan the plain arrays of unit tests
// the same way, so a rule means the same thing on both.
//
// An index whose value changes on a frequent update must keep its buckets small: the engine takes a record out of a
// bucket by searching it (O(bucket size)). So there is no index by tester status: the per-beta counters of GET
// /betas come from beta-totals.ts instead.
import { allBy, getByKey, type CollectionSpec } from '../../engine/store/collection.js';
import type { CollectionsOf } from '../../engine/types.js';
import { normalizeEmail } from './rules/email.js';
import { isSuspended } from './rules/tester-status.js';
import type { Beta, FriendInvitation, Point, PrefineryState, Reward, RewardType, Tester, UserRole } from './store.js';

/** Values joined into one index key. A NUL inside a value could make two keys meet: lookups re-check the fields. */
const joined = (...parts: unknown[]) => parts.map(String).join('\u0000');

/** Records of every kind are keyed by their id (never reused, never changed). */
const byId = { key: (record: { id: number }) => record.id };

export const betasSpec: CollectionSpec<Beta> = byId;

/**
 * A referral-link arrival that counts as a share signup of its referrer (the presenters' rule): referred through a
 * referral link and not suspended. Whether the referrer is suspended is the reader's business.
 */
export function isShareSignup(t: Pick<Tester, 'referred_via' | 'referred_by_id' | 'status'>): boolean {
  return t.referred_via === 'referral' && t.referred_by_id !== null && !isSuspended(t);
}

export const testersSpec: CollectionSpec<Tester> = {
  ...byId,
  indexes: {
    /** A beta's testers (the waitlist, lists, counts, deleting a beta). */
    beta: (t) => t.beta_id,
    /** Within a beta, emails are unique compared trimmed and without case (2310): lookups by email and that check. */
    email: (t) => (typeof t.email === 'string' ? testerEmailKey(t.beta_id, t.email) : undefined),
    /** Unique in the company: the referral_code list filter. */
    referral_code: (t) => t.referral_code,
    /** A referrer's friends, however they arrived (rewards, deleting the referrer). */
    referrer: (t) => t.referred_by_id,
    /** A tester's share signups (GET /testers: share_signups_count). */
    signups: (t) => (isShareSignup(t) ? t.referred_by_id : undefined),
    /** A referrer's share signups within one beta (the beta's share_signups_count leaves out suspended referrers'). */
    beta_signups: (t) => (isShareSignup(t) ? joined(t.beta_id, t.referred_by_id) : undefined),
    /** A beta's suspended testers (usually few; their friends' signups do not count for the beta). */
    suspended: (t) => (isSuspended(t) ? t.beta_id : undefined),
    /** The custom_vars list filter matches any of the three, exactly, as text. */
    custom_var1: (t) => customVarKey(t, 'custom_var1'),
    custom_var2: (t) => customVarKey(t, 'custom_var2'),
    custom_var3: (t) => customVarKey(t, 'custom_var3'),
  },
};

export const CUSTOM_VAR_INDEXES = ['custom_var1', 'custom_var2', 'custom_var3'] as const;

function customVarKey(t: Tester, field: (typeof CUSTOM_VAR_INDEXES)[number]): string | undefined {
  const value: unknown = t.profile?.[field];
  return value === null ? undefined : customVarValueKey(t.beta_id, String(value));
}

export const friendInvitationsSpec: CollectionSpec<FriendInvitation> = {
  ...byId,
  indexes: {
    beta: (i) => i.beta_id,
    /** What a sender invited before (2509); an invitation whose inviter was deleted (0) names nobody. */
    sent: (i) => (i.inviter_id === 0 ? undefined : sentKey(i.beta_id, i.inviter_id, i.recipient_email)),
    inviter: (i) => (i.inviter_id === 0 ? undefined : i.inviter_id),
    invitee: (i) => (i.invitee_id === 0 ? undefined : i.invitee_id),
  },
};

export const rewardsSpec: CollectionSpec<Reward> = {
  ...byId,
  indexes: {
    beta: (r) => r.beta_id,
    /** The status list filter (a status changes only when a reward is revoked). */
    beta_status: (r) => rewardStatusKey(r.beta_id, r.status),
    /** The tester who holds it. */
    holder: (r) => r.user_id,
    /** The referred tester whose referral earned it. */
    referral: (r) => r.referral_id,
    /** A reward is never earned twice: one per rule, side and friend, or per rule and referrer for a milestone. */
    grant: (r) => grantKey(r.beta_id, { descriptor: r.descriptor, type: r.type }, r.user_id, r.user_role, r.referral_id),
  },
};

export const pointsSpec: CollectionSpec<Point> = {
  ...byId,
  indexes: {
    beta: (p) => p.beta_id,
    holder: (p) => p.user_id,
    /** The points a reward issued (revoking the reward removes them). */
    reward: (p) => p.reward_id,
  },
};

export const prefineryCollections: CollectionsOf<PrefineryState> = {
  betas: betasSpec,
  testers: testersSpec,
  friend_invitations: friendInvitationsSpec,
  rewards: rewardsSpec,
  points: pointsSpec,
};

export function testerEmailKey(betaId: number, email: string): string {
  return joined(betaId, normalizeEmail(email));
}

export function customVarValueKey(betaId: number, value: string): string {
  return joined(betaId, value);
}

export function betaSignupsKey(betaId: number, referrerId: number): string {
  return joined(betaId, referrerId);
}

/** `recipientEmail` as stored: lower-cased. */
export function sentKey(betaId: number, inviterId: number, recipientEmail: string): string {
  return joined(betaId, inviterId, recipientEmail);
}

export function rewardStatusKey(betaId: number, status: string): string {
  return joined(betaId, status);
}

/** A milestone is earned once per referrer; the other rewards once per rule, side and friend. */
export function grantKey(betaId: number, rule: { descriptor: string; type: RewardType }, userId: number, userRole: UserRole, referralId: number | null): string {
  return rule.type === 'Milestone' ? joined(betaId, rule.descriptor, 'milestone', userId) : joined(betaId, rule.descriptor, userRole, referralId);
}

// ---- Lookups shared by rules and handlers ----

/** The tester with that id, in any beta. */
export function testerById(testers: readonly Tester[], id: number): Tester | undefined {
  return getByKey(testers, testersSpec, id);
}

/** The beta's testers with that email (compared trimmed, without case), in id order: at most one in a checked state. */
export function testersByEmail(testers: readonly Tester[], betaId: number, email: string): Tester[] {
  const wanted = normalizeEmail(email);
  return allBy(testers, testersSpec, 'email', testerEmailKey(betaId, email))
    .filter((t) => t.beta_id === betaId && normalizeEmail(t.email) === wanted)
    .sort((a, b) => a.id - b.id);
}

/** The first tester of the beta (in id order) with that email, compared trimmed and without case. */
export function testerByEmail(testers: readonly Tester[], betaId: number, email: string): Tester | undefined {
  return testersByEmail(testers, betaId, email)[0];
}
