import type { components } from '../spec.gen.js';
import type { Action, Campaign, ReferralLink, ReferredUser } from '../store.js';
import { buildReferralLinkUrl } from './campaign-url.js';

// The vendor's object shapes, typed by the spec's schemas so a spec change the JSON no longer matches fails to
// compile; internal keys (referral_link_id, referred_user_pk, campaign_id of a user) stay inside.

type Schemas = components['schemas'];

export function presentCampaign(campaign: Campaign): Schemas['Campaign'] {
  const { id, created_at, url, name, webhook_url } = campaign;
  return { id, created_at, url, name, webhook_url: webhook_url ?? null };
}

export function presentLink(link: ReferralLink, campaign: Campaign | undefined): Schemas['ReferralLink'] {
  return {
    id: link.id,
    created_at: link.created_at,
    referral_code: link.referral_code,
    campaign_id: link.campaign_id,
    referrer_id: link.referrer_id ?? null,
    total_clicks: link.total_clicks ?? 0,
    total_referrals: link.total_referrals ?? 0,
    referral_link: campaign ? buildReferralLinkUrl(campaign.url, link.referral_code) : null,
  };
}

export type PresentedLink = Schemas['ReferralLink'];

export function presentReferredUser(user: ReferredUser, link: PresentedLink): Schemas['ReferredUser'] {
  return { id: user.id, created_at: user.created_at, referral_link: link, referred_user_id: user.referred_user_id };
}

export function presentAction(action: Action, link: PresentedLink, user: ReferredUser | undefined): Schemas['Action'] {
  return {
    id: action.id,
    created_at: action.created_at,
    action_type: action.action_type,
    metadata: action.metadata ?? {},
    referral_link: link,
    referred_user: user ? presentReferredUser(user, link) : null,
  };
}
