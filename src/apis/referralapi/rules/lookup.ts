import { allBy, findBy, getByKey } from '../../../engine/store/collection.js';
import { campaignsSpec, memberKey, referralLinksSpec, referredUsersSpec, referrerKey } from '../collections.js';
import { ReferralApiError } from '../errors.js';
import type { Campaign, ReferralApiState, ReferralLink, ReferredUser } from '../store.js';
import { normaliseReferralCode } from './referral-codes.js';

// Every lookup goes through the collections' key or an index (O(1) on the store's collections, a scan on the plain
// arrays of unit tests); a bucket holds the few records sharing a value, re-checked field by field.

export function findCampaign(state: ReferralApiState, campaignId: string): Campaign | undefined {
  return getByKey(state.campaigns, campaignsSpec, campaignId);
}

export function mustFindCampaign(state: ReferralApiState, campaignId: string): Campaign {
  const campaign = findCampaign(state, campaignId);
  if (!campaign) throw ReferralApiError.campaignNotFound();
  return campaign;
}

/** A code names a link only inside its own campaign. */
export function mustFindLinkByCode(state: ReferralApiState, campaignId: string, code: string): ReferralLink {
  const wanted = normaliseReferralCode(code);
  const link = allBy(state.referral_links, referralLinksSpec, 'code', wanted).find((l) => l.campaign_id === campaignId);
  if (!link) throw ReferralApiError.referralLinkNotFound();
  return link;
}

/** Is a referral code held by any link of the organisation (as stored: codes are stored upper-case)? */
export function isReferralCodeTaken(state: ReferralApiState, code: string): boolean {
  return findBy(state.referral_links, referralLinksSpec, 'code', code) !== undefined;
}

export function findReferredUser(state: ReferralApiState, campaignId: string, referredUserId: string): ReferredUser | undefined {
  return allBy(state.referred_users, referredUsersSpec, 'member', memberKey(campaignId, referredUserId)).find(
    (u) => u.campaign_id === campaignId && u.referred_user_id === referredUserId,
  );
}

export function mustFindReferredUser(state: ReferralApiState, campaignId: string, referredUserId: string): ReferredUser {
  const user = findReferredUser(state, campaignId, referredUserId);
  if (!user) throw ReferralApiError.referredUserNotFound();
  return user;
}

/** Within a campaign a referred_user_id belongs to one link only. */
export function checkReferredUserIsNew(state: ReferralApiState, campaignId: string, referredUserId: string): void {
  if (findReferredUser(state, campaignId, referredUserId)) throw ReferralApiError.referredUserAlreadyExists();
}

export function mustFindLinkById(state: ReferralApiState, id: number): ReferralLink {
  const link = getByKey(state.referral_links, referralLinksSpec, id);
  // A referred user always points at a stored link (the state check refuses a seed that breaks it); should one not,
  // the caller gets the vendor's 404 rather than a 500.
  if (!link) throw ReferralApiError.referralLinkNotFound();
  return link;
}

/** A referrer's links in one campaign, oldest first: the index's bucket, sorted (the answer's size, not the collection's). */
export function listLinksOfReferrer(state: ReferralApiState, campaignId: string, referrerId: string): ReferralLink[] {
  return allBy(state.referral_links, referralLinksSpec, 'referrer', referrerKey(campaignId, referrerId))
    .filter((l) => l.campaign_id === campaignId && l.referrer_id === referrerId)
    .sort((a, b) => a.id - b.id);
}
