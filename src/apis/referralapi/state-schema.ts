// JSON Schema (2020-12) of one ReferralAPI organisation's state (store.ts), checked after every seed before it is kept.

const id = { type: 'integer', minimum: 1 };
const count = { type: 'integer', minimum: 0 };
const text = { type: 'string', minLength: 1 };

const campaign = {
  type: 'object',
  required: ['id', 'created_at', 'url', 'name', 'webhook_url'],
  properties: {
    id: text,
    created_at: { type: 'string' },
    /** Referral links are this url plus ?rfa=<code>; the API only ever stores http(s) urls. */
    url: { type: 'string', pattern: '^https?://[^\\s/?#]+' },
    name: { type: 'string' },
    webhook_url: { type: ['string', 'null'] },
  },
};

const referralLink = {
  type: 'object',
  required: ['id', 'created_at', 'referral_code', 'campaign_id', 'referrer_id', 'total_clicks', 'total_referrals'],
  properties: {
    id,
    created_at: { type: 'string' },
    /** Looked up upper-cased, so a stored code with lower-case letters or spaces could never be found. */
    referral_code: { type: 'string', pattern: '^[^a-z\\s]+$' },
    campaign_id: text,
    referrer_id: { type: ['string', 'null'] },
    total_clicks: count,
    total_referrals: count,
  },
};

const referredUser = {
  type: 'object',
  required: ['id', 'created_at', 'campaign_id', 'referral_link_id', 'referred_user_id'],
  properties: {
    id,
    created_at: { type: 'string' },
    campaign_id: text,
    referral_link_id: id,
    referred_user_id: { type: 'string' },
  },
};

const action = {
  type: 'object',
  required: ['id', 'created_at', 'action_type', 'metadata', 'referral_link_id', 'referred_user_pk'],
  properties: {
    id,
    created_at: { type: 'string' },
    action_type: text,
    metadata: { type: 'object' },
    referral_link_id: id,
    referred_user_pk: { type: ['integer', 'null'], minimum: 1 },
  },
};

export const referralapiStateSchema: Record<string, unknown> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ReferralAPI organisation state',
  type: 'object',
  required: ['settings', 'counters', 'campaigns', 'referral_links', 'referred_users', 'actions'],
  additionalProperties: false,
  properties: {
    settings: {
      type: 'object',
      required: ['max_referral_links', 'plan_referral_link_quota'],
      properties: {
        /** MAXIMUM_CAPACITY once reached (25,000 by default); anything but a positive integer would switch it off. */
        max_referral_links: { type: 'integer', minimum: 1 },
        /** INSUFFICIENT_PLAN once reached; null: the plan sets no quota. */
        plan_referral_link_quota: { type: ['integer', 'null'], minimum: 0 },
      },
    },
    /** Last id handed out per object type. */
    counters: {
      type: 'object',
      required: ['referral_link', 'referred_user', 'action'],
      properties: { referral_link: count, referred_user: count, action: count },
    },
    campaigns: { type: 'array', items: campaign, default: [] },
    referral_links: { type: 'array', items: referralLink, default: [] },
    referred_users: { type: 'array', items: referredUser, default: [] },
    actions: { type: 'array', items: action, default: [] },
  },
};
