import { ReferralApiError } from '../errors.js';
import type { Campaign, ReferralApiState, ReferralLink, ReferredUser } from '../store.js';
import { normaliseReferralCode } from './referral-codes.js';

export function mustFindCampaign(state: ReferralApiState, campaignId: string): Campaign {
  const campaign = state.campaigns.find((c) => c.id === campaignId);
  if (!campaign) throw ReferralApiError.campaignNotFound();
  return campaign;
}

/** A code names a link only inside its own campaign. */
export function mustFindLinkByCode(state: ReferralApiState, campaignId: string, code: string): ReferralLink {
  const wanted = normaliseReferralCode(code);
  const link = state.referral_links.find((l) => l.campaign_id === campaignId && l.referral_code === wanted);
  if (!link) throw ReferralApiError.referralLinkNotFound();
  return link;
}

export function findReferredUser(state: ReferralApiState, campaignId: string, referredUserId: string): ReferredUser | undefined {
  return state.referred_users.find((u) => u.campaign_id === campaignId && u.referred_user_id === referredUserId);
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
  const link = state.referral_links.find((l) => l.id === id);
  // A referred user always points at a stored link (the state check refuses a seed that breaks it); should one not,
  // the caller gets the vendor's 404 rather than a 500.
  if (!link) throw ReferralApiError.referralLinkNotFound();
  return link;
}

/** A referrer's links in one campaign, oldest first. */
export function listLinksOfReferrer(state: ReferralApiState, campaignId: string, referrerId: string): ReferralLink[] {
  return state.referral_links.filter((l) => l.campaign_id === campaignId && l.referrer_id === referrerId).sort((a, b) => a.id - b.id);
}
