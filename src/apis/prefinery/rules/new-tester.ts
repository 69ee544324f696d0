import type { IdSource } from '../../../engine/types.js';
import type { components } from '../spec.gen.js';
import { blankProfile, TEXT_PROFILE_FIELDS, type Profile, type Tester, type TesterStatus } from '../store.js';
import { stampFor } from './tester-status.js';

/** The profile object of a tester create or update body (unknown keys are allowed and ignored). */
export type ProfileInput = components['schemas']['ProfileInput'];

export interface NewTester {
  beta_id: number;
  email: string;
  status?: TesterStatus;
  profile?: ProfileInput;
  groups?: string | null;
  referred_by_id?: number | null;
  referred_via?: Tester['referred_via'];
}

/** Codes Prefinery hands out: a 10-hex invitation code, an 8-character referral code. */
export function newInvitationCode(ids: IdSource): string {
  return ids.hex(10);
}

export function newReferralCode(ids: IdSource): string {
  return ids.alnum(8);
}

/** A complete tester record; the status's timestamp is stamped and `invited` gets an invitation code. */
export function buildTester(id: number, input: NewTester, now: string, ids: IdSource): Tester {
  const status = input.status ?? 'imported';
  const tester: Tester = {
    id,
    beta_id: input.beta_id,
    email: input.email.trim(),
    status,
    invitation_code: status === 'invited' ? newInvitationCode(ids) : null,
    imported_at: null,
    applied_at: null,
    invited_at: null,
    joined_at: null,
    unsubscribed_at: null,
    share_clicks_count: 0,
    friend_invitations_allowed: null,
    friend_invitations_count: 0,
    referral_code: newReferralCode(ids),
    share_status_check: ids.uuid(),
    referred_by_id: input.referred_by_id ?? null,
    referred_via: input.referred_by_id ? (input.referred_via ?? 'referral') : null,
    suspended_from: null,
    groups: input.groups ?? null,
    created_at: now,
    updated_at: now,
    profile: mergeProfile(blankProfile(), input.profile),
  };
  // A new tester moves into its status from nothing, so the status's timestamp is stamped.
  const stamp = stampFor(status);
  if (stamp) tester[stamp] = now;
  return tester;
}

/** Copy the known profile fields of `input` over `profile`; unknown keys are ignored as Prefinery ignores them. */
export function mergeProfile(profile: Profile, input: ProfileInput | undefined): Profile {
  const next = { ...profile };
  if (!input) return next;
  for (const field of TEXT_PROFILE_FIELDS) {
    const value = input[field];
    if (value !== undefined) next[field] = value;
  }
  if (input.age !== undefined) next.age = input.age;
  return next;
}
