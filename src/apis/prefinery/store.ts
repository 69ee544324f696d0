// Prefinery's tenant = one company account (an API key works across all of the company's betas).
import { Collection } from '../../engine/store/collection.js';

export type TesterStatus = 'imported' | 'unconfirmed' | 'applied' | 'invited' | 'active' | 'idle' | 'rejected' | 'suspended';
export const TESTER_STATUSES: readonly TesterStatus[] = ['imported', 'unconfirmed', 'applied', 'invited', 'active', 'idle', 'rejected', 'suspended'];

export const PROFILE_FIELDS = [
  'first_name', 'last_name', 'employer', 'jobtitle', 'address_line1', 'address_line2', 'city', 'state',
  'postal_code', 'country', 'telephone', 'gender', 'age', 'facebook_username', 'twitter_username',
  'linkedin_username', 'browser_name', 'browser_version', 'os_name', 'os_version', 'ip',
] as const;
export const CUSTOM_VAR_FIELDS = ['custom_var1', 'custom_var2', 'custom_var3'] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number] | (typeof CUSTOM_VAR_FIELDS)[number];
/** Every profile field but `age` is text; `age` may also be a number (the spec's ProfileFields). */
export type TextProfileField = Exclude<ProfileField, 'age'>;
export const TEXT_PROFILE_FIELDS: readonly TextProfileField[] = [...PROFILE_FIELDS, ...CUSTOM_VAR_FIELDS].filter((f): f is TextProfileField => f !== 'age');
export type Profile = Record<TextProfileField, string | null> & { age: string | number | null };

export interface Beta {
  id: number;
  name: string;
  homepage_url: string | null;
  /** Signup-form views: nothing in the API moves it, so it is stored as seeded. */
  impressions_count: number;
  /** The "Invite-a-Friend System" switch of the Advanced Settings page (2502 when off). */
  invite_system_enabled: boolean;
  /** Friend invitations each tester may send unless the tester overrides it. */
  friend_invitations_allowed: number;
  /** Host of share links, e.g. http://l.aunch.us */
  share_host: string;
  /** The rewards the beta's Reward Editor sets up; rules/rewards.ts grants them as referrals qualify. */
  reward_rules: RewardRule[];
  /** Sandbox: false makes DELETE /betas/{id} answer 2204 (Unable to delete beta). */
  deletable: boolean;
  created_at: string;
  updated_at: string;
}

export type RewardType = 'SingleSided' | 'DoubleSided' | 'Milestone';
export type RewardStatus = 'earned' | 'delivered' | 'revoked';
export type UserRole = 'referrer' | 'friend';
export type ReferralVia = 'referral' | 'friend_invitation';
export type PointActivity = 'bonus' | 'signup' | 'share' | 'referral' | 'reward' | 'friend_reward';

/** One reward of the beta's Reward Editor (a sandbox record: Prefinery sets rewards up in its UI only). */
export interface RewardRule {
  /** Identifies the reward in the API (`descriptor`); unique within the beta. */
  descriptor: string;
  /** Displayable name (`name`); the referrer's side of a double-sided reward. */
  name: string;
  /** DoubleSided: the friend's side name; null = `name`. */
  friend_name: string | null;
  type: RewardType;
  /** When a referred tester counts: as soon as it exists (`signup`) or once it has been active (`active`: joined_at set). */
  qualify_on: 'signup' | 'active';
  /** Which arrivals count: referral links, accepted friend invitations, or both. */
  via: ReferralVia[];
  /** Milestone: qualifying referrals needed; null for the other types. */
  referrals: number | null;
  /** Points issued with the reward: to the referrer (activity `reward`) and, double-sided, to the friend (`friend_reward`). */
  points: number;
  friend_points: number;
  /** `automatic` marks a reward delivered as soon as it is earned; `manual` leaves it earned (reviewed in the UI). */
  delivery: 'manual' | 'automatic';
}

export interface Reward {
  id: number;
  beta_id: number;
  user_id: number;
  descriptor: string;
  name: string;
  type: RewardType;
  user_role: UserRole;
  status: RewardStatus;
  earned_at: string;
  delivered_at: string | null;
  revoked_at: string | null;
  /** Single- and double-sided: the referred tester whose referral earned it (null once deleted, and for milestones). */
  referral_id: number | null;
}

export interface Point {
  id: number;
  beta_id: number;
  user_id: number;
  quantity: number;
  activity: PointActivity;
  reason: string | null;
  /** The reward that issued these points (activity reward / friend_reward); revoking it removes them. */
  reward_id: number | null;
  created_at: string;
}

export interface Tester {
  id: number;
  beta_id: number;
  email: string;
  status: TesterStatus;
  invitation_code: string | null;
  imported_at: string | null;
  applied_at: string | null;
  invited_at: string | null;
  joined_at: string | null;
  unsubscribed_at: string | null;
  share_clicks_count: number;
  /** null: the beta's default allowance. */
  friend_invitations_allowed: number | null;
  friend_invitations_count: number;
  referral_code: string;
  /** The uuid of share_status_link's ?check= parameter. */
  share_status_check: string;
  referred_by_id: number | null;
  /** How the tester arrived through referred_by: a referral link (counts as a share signup) or a friend invitation (does not). */
  referred_via: ReferralVia | null;
  /** While suspended: the status to go back to when unsuspended. */
  suspended_from: TesterStatus | null;
  groups: string | null;
  created_at: string;
  updated_at: string;
  profile: Profile;
}

export interface FriendInvitation {
  id: number;
  beta_id: number;
  inviter_id: number;
  invitee_id: number;
  /** Lower-cased, so 2509 compares without case. */
  recipient_email: string;
  message: string | null;
  created_at: string;
}

export interface PrefineryState {
  betas: Beta[];
  testers: Tester[];
  friend_invitations: FriendInvitation[];
  rewards: Reward[];
  points: Point[];
  /** Last id handed out per kind; ids are never reused, even after a delete. */
  last_ids: { beta: number; tester: number; friend_invitation: number; reward: number; point: number };
}

export function emptyState(): PrefineryState {
  return {
    betas: [],
    testers: [],
    friend_invitations: [],
    rewards: [],
    points: [],
    last_ids: { beta: 0, tester: 0, friend_invitation: 0, reward: 0, point: 0 },
  };
}

/** Stored collections whose counter is known to cover every record (checked once per collection, see takeNextId). */
const counted = new WeakSet<object>();

/**
 * Next id of a kind: above both the counter and any record, so seeds with explicit ids never collide and ids are
 * never reused. The seed raises each counter to its highest id and every id handed out raises it again, so the
 * counter alone answers, in O(1); a stored collection is still read once (a state stored before seeds raised
 * counters), and a plain array (unit tests) every time.
 */
export function takeNextId(state: PrefineryState, kind: keyof PrefineryState['last_ids'], records: ReadonlyArray<{ id: number }>): number {
  if (!counted.has(records)) {
    const highest = records.reduce((max, r) => Math.max(max, r.id), 0);
    if (highest > state.last_ids[kind]) state.last_ids[kind] = highest;
    if (records instanceof Collection) counted.add(records);
  }
  const id = state.last_ids[kind] + 1;
  state.last_ids[kind] = id;
  return id;
}

/** A blank profile as Prefinery shows it: most fields null, the address tail as empty strings (in PROFILE_FIELDS order). */
export function blankProfile(): Profile {
  return {
    first_name: null, last_name: null, employer: null, jobtitle: null, address_line1: null, address_line2: null, city: null,
    state: '', postal_code: '', country: '', telephone: '',
    gender: null, age: null, facebook_username: null, twitter_username: null, linkedin_username: null, browser_name: null,
    browser_version: null, os_name: null, os_version: null, ip: null,
    custom_var1: null, custom_var2: null, custom_var3: null,
  };
}
