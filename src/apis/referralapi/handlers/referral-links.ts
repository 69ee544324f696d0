import { referralLinksSpec } from '../collections.js';
import { nextId } from '../rules/ids.js';
import { checkReferralLinkLimits } from '../rules/limits.js';
import { isReferralCodeTaken, listLinksOfReferrer, mustFindCampaign } from '../rules/lookup.js';
import { pickUniqueReferralCode, REFERRAL_CODE_LENGTH } from '../rules/referral-codes.js';
import { formatTimestamp } from '../rules/timestamp.js';
import type { ReferralLink } from '../store.js';
import { ok, presentStoredLink, type H } from './respond.js';

export const createReferralLink: H<'createReferralLink'> = (req, { state, clock, ids }) => {
  const { campaign_id, referrer_id } = req.body;
  mustFindCampaign(state, campaign_id);
  // The limits are the organisation's: its link count is the collection's length (O(1)).
  checkReferralLinkLimits(state.referral_links.length, state.settings);
  const taken = { has: (code: string) => isReferralCodeTaken(state, code) };
  const link: ReferralLink = {
    id: nextId(state.counters.referral_link, state.referral_links, referralLinksSpec),
    created_at: formatTimestamp(clock.now()),
    referral_code: pickUniqueReferralCode(taken, () => ids.alnum(REFERRAL_CODE_LENGTH, { upper: true })),
    campaign_id,
    referrer_id: referrer_id ?? null,
    total_clicks: 0,
    total_referrals: 0,
  };
  state.referral_links.push(link);
  state.counters.referral_link = link.id;
  return ok(presentStoredLink(state, link));
};

export const listReferralLinks: H<'listReferralLinks'> = (req, { state }) => {
  const { campaign_id, referrer_id } = req.query;
  mustFindCampaign(state, campaign_id);
  return ok(listLinksOfReferrer(state, campaign_id, referrer_id).map((link) => presentStoredLink(state, link)));
};
