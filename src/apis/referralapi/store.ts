// ReferralAPI's tenant = one organisation (one api-key). Its campaigns, links, referred users and actions.

/** Organisation-level limits; change them through fixtures or POST /__sandbox/seed. */
export interface Settings {
  /** MAXIMUM_CAPACITY once the organisation holds this many links (the docs: 25,000). */
  max_referral_links: number;
  /** INSUFFICIENT_PLAN once the organisation holds this many links; null means the plan sets no quota. */
  plan_referral_link_quota: number | null;
}

export interface Campaign {
  id: string;
  created_at: string;
  url: string;
  name: string;
  webhook_url: string | null;
}

export interface ReferralLink {
  id: number;
  created_at: string;
  referral_code: string;
  campaign_id: string;
  referrer_id: string | null;
  /** Live counters, kept on the link as the vendor reports them; fixtures may start them anywhere. */
  total_clicks: number;
  total_referrals: number;
}

export interface ReferredUser {
  id: number;
  created_at: string;
  campaign_id: string;
  referral_link_id: number;
  referred_user_id: string;
}

export interface Action {
  id: number;
  created_at: string;
  action_type: string;
  metadata: Record<string, unknown>;
  referral_link_id: number;
  /** The ReferredUser record's integer id, or null for an action on the link alone. */
  referred_user_pk: number | null;
}

/** Last integer id handed out per object type; the next id is max(counter, highest stored id) + 1. */
export interface Counters {
  referral_link: number;
  referred_user: number;
  action: number;
}

export interface ReferralApiState {
  settings: Settings;
  counters: Counters;
  campaigns: Campaign[];
  referral_links: ReferralLink[];
  referred_users: ReferredUser[];
  actions: Action[];
}

export const DEFAULT_MAX_REFERRAL_LINKS = 25_000;

export function emptyState(): ReferralApiState {
  return {
    settings: { max_referral_links: DEFAULT_MAX_REFERRAL_LINKS, plan_referral_link_quota: null },
    counters: { referral_link: 0, referred_user: 0, action: 0 },
    campaigns: [],
    referral_links: [],
    referred_users: [],
    actions: [],
  };
}
