import { allBy, countBy } from '../../../engine/store/collection.js';
import { betaTotals } from '../beta-totals.js';
import { betaSignupsKey, testerById, testersSpec } from '../collections.js';
import { indexOfId, inIdOrder } from '../ordered.js';
import type { components } from '../spec.gen.js';
import type { Beta, FriendInvitation, Point, Profile, Reward, Tester } from '../store.js';
import { allowanceOf, remainingInvitations } from './invitations.js';
import { isSuspended } from './tester-status.js';

// Presenters: stored records -> the JSON Prefinery answers, typed by the spec's response schemas so a spec change
// that the JSON no longer matches fails to compile. Counters are derived here, so they are always true.
// `testers` is the company's testers collection: counts come from its indexes and the kept per-beta totals
// (beta-totals.ts), so presenting a tester or a beta does not read every tester.

type Schemas = components['schemas'];

const STATUS_COUNTERS = ['imported', 'applied', 'invited', 'active', 'rejected'] as const;

/**
 * Referrals count as share signups; friend invitations do not (the docs tell the two apart). A suspended tester's
 * shares and referrals are not counted, and a suspended friend is no referral either.
 */
export function shareSignupsOf(tester: Tester, testers: readonly Tester[]): number {
  if (isSuspended(tester)) return 0;
  return countBy(testers, testersSpec, 'signups', tester.id);
}

/** A suspended tester's share clicks are not counted. */
function shareClicksOf(tester: Tester): number {
  return isSuspended(tester) ? 0 : tester.share_clicks_count;
}

export function presentBeta(beta: Beta, testers: readonly Tester[]): Schemas['Beta'] {
  const totals = betaTotals(testers, beta.id);
  const count = (status: (typeof STATUS_COUNTERS)[number]) => totals.byStatus[status] ?? 0;
  // The share signups of the beta's suspended referrers do not count (reads the beta's suspended testers, usually few).
  let suspendedReferrals = 0;
  for (const s of allBy(testers, testersSpec, 'suspended', beta.id)) suspendedReferrals += countBy(testers, testersSpec, 'beta_signups', betaSignupsKey(beta.id, s.id));
  return {
    id: beta.id,
    name: beta.name,
    homepage_url: beta.homepage_url,
    testers_count: totals.testers,
    impressions_count: beta.impressions_count,
    share_clicks_count: totals.shareClicks,
    share_signups_count: totals.referralSignups - suspendedReferrals,
    imported_testers_count: count('imported'),
    applied_testers_count: count('applied'),
    invited_testers_count: count('invited'),
    active_testers_count: count('active'),
    rejected_testers_count: count('rejected'),
    created_at: beta.created_at,
    updated_at: beta.updated_at,
  };
}

export function shareLinkOf(tester: Pick<Tester, 'referral_code'>, beta: Pick<Beta, 'share_host'>): string {
  return `${beta.share_host}/${tester.referral_code}`;
}

/** The tester exactly as the friend-invitation example shows it. */
export function presentInvitationTester(tester: Tester, beta: Beta, testers: readonly Tester[]): Schemas['InvitationTester'] & { profile: Schemas['InvitationProfile'] } {
  const referrer = tester.referred_by_id === null ? undefined : testerById(testers, tester.referred_by_id);
  return {
    id: tester.id,
    email: tester.email,
    status: tester.status,
    invitation_code: tester.invitation_code,
    imported_at: tester.imported_at,
    applied_at: tester.applied_at,
    invited_at: tester.invited_at,
    joined_at: tester.joined_at,
    unsubscribed_at: tester.unsubscribed_at,
    share_clicks_count: shareClicksOf(tester),
    share_signups_count: shareSignupsOf(tester, testers),
    friend_invitations_count: tester.friend_invitations_count,
    friend_invitations_remaining: remainingInvitations(tester, beta),
    referral_code: tester.referral_code,
    share_link: shareLinkOf(tester, beta),
    referred_by: referrer ? { id: referrer.id, email: referrer.email } : null,
    created_at: tester.created_at,
    updated_at: tester.updated_at,
    profile: presentInvitationProfile(tester.profile),
  };
}

/** The tester as list, show, create and update answer it. The waitlist is the beta's testers in id order. */
export function presentTester(tester: Tester, beta: Beta, testers: readonly Tester[]): Schemas['Tester'] & { profile: Schemas['Profile'] } {
  const waitlist = inIdOrder(testers, testersSpec, 'beta', beta.id);
  const position = indexOfId(waitlist, tester.id) + 1;
  const base = presentInvitationTester(tester, beta, testers);
  return {
    ...base,
    friend_invitations_allowed: allowanceOf(tester, beta),
    share_status_link: `${base.share_link}?check=${tester.share_status_check}`,
    waitlist_position: position,
    waitlist_ahead: position - 1,
    waitlist_behind: waitlist.length - position,
    waitlist_length: waitlist.length,
    groups: tester.groups,
    profile: presentProfile(tester.profile),
  };
}

export function presentFriendInvitation(invitation: FriendInvitation, inviter: Tester, invitee: Tester, beta: Beta, testers: readonly Tester[]): Schemas['FriendInvitation'] {
  return {
    id: invitation.id,
    created_at: invitation.created_at,
    inviter: presentInvitationTester(inviter, beta, testers),
    invitee: presentInvitationTester(invitee, beta, testers),
  };
}

/** The profile as the friend-invitation example shows it: every field, in order, null when unset; no custom vars. */
export function presentInvitationProfile(p: Profile): Schemas['InvitationProfile'] {
  return {
    first_name: p.first_name ?? null,
    last_name: p.last_name ?? null,
    employer: p.employer ?? null,
    jobtitle: p.jobtitle ?? null,
    address_line1: p.address_line1 ?? null,
    address_line2: p.address_line2 ?? null,
    city: p.city ?? null,
    state: p.state ?? null,
    postal_code: p.postal_code ?? null,
    country: p.country ?? null,
    telephone: p.telephone ?? null,
    gender: p.gender ?? null,
    age: p.age ?? null,
    facebook_username: p.facebook_username ?? null,
    twitter_username: p.twitter_username ?? null,
    linkedin_username: p.linkedin_username ?? null,
    browser_name: p.browser_name ?? null,
    browser_version: p.browser_version ?? null,
    os_name: p.os_name ?? null,
    os_version: p.os_version ?? null,
    ip: p.ip ?? null,
  };
}

/** The full profile: the invitation profile plus custom_var1..3. */
export function presentProfile(p: Profile): Schemas['Profile'] {
  return { ...presentInvitationProfile(p), custom_var1: p.custom_var1 ?? null, custom_var2: p.custom_var2 ?? null, custom_var3: p.custom_var3 ?? null };
}

export function presentReward(r: Reward): Schemas['Reward'] {
  return {
    id: r.id,
    descriptor: r.descriptor,
    name: r.name,
    type: r.type,
    user_role: r.user_role,
    user_id: r.user_id,
    status: r.status,
    earned_at: r.earned_at,
    delivered_at: r.delivered_at,
    revoked_at: r.revoked_at,
  };
}

export function presentPoint(p: Point): Schemas['Point'] {
  return { id: p.id, quantity: p.quantity, activity: p.activity, reason: p.reason, user_id: p.user_id, created_at: p.created_at };
}
