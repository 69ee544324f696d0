// JSON Schema (2020-12) of one Voucherify project's state (store.ts), checked after every seed before it is kept.
import { OAUTH_SCOPES } from './rules/oauth.js';

const id = { type: 'string', minLength: 1 };
const nullableString = { type: ['string', 'null'] };
const metadata = { type: 'object' };
const count = { type: 'integer', minimum: 0 };

const discount = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: ['AMOUNT', 'PERCENT', 'UNIT', 'FIXED'] },
    amount_off: { type: 'number' },
    percent_off: { type: 'number' },
    unit_off: { type: 'number' },
    unit_type: { type: 'string' },
    fixed_amount: { type: 'number' },
    amount_limit: { type: 'number' },
    effect: { type: 'string' },
  },
};

/** New codes are generated from it (Create Publication on an AUTO_UPDATE campaign, Create Campaign). */
const codeConfig = {
  type: 'object',
  properties: {
    length: { type: 'integer', minimum: 1 },
    charset: { type: 'string' },
    prefix: { type: 'string' },
    postfix: { type: 'string' },
    pattern: { type: 'string' },
  },
};

const campaign = {
  type: 'object',
  required: [
    'id', 'name', 'description', 'campaign_type', 'type', 'join_once', 'auto_join', 'start_date', 'expiration_date', 'category',
    'referral_program', 'voucher', 'metadata', 'created_at', 'updated_at',
  ],
  properties: {
    id,
    name: { type: 'string' },
    description: nullableString,
    campaign_type: { const: 'REFERRAL_PROGRAM' },
    type: { enum: ['AUTO_UPDATE', 'STATIC'] },
    join_once: { type: 'boolean' },
    auto_join: { type: 'boolean' },
    start_date: nullableString,
    expiration_date: nullableString,
    category: nullableString,
    referral_program: { type: 'object' },
    voucher: {
      type: 'object',
      required: ['type', 'discount', 'is_referral_code', 'code_config', 'redemption'],
      properties: {
        type: { const: 'DISCOUNT_VOUCHER' },
        discount,
        is_referral_code: { const: true },
        code_config: codeConfig,
        redemption: { type: 'object', required: ['quantity'], properties: { quantity: { type: ['integer', 'null'], minimum: 0 } } },
      },
    },
    metadata,
    created_at: { type: 'string' },
    updated_at: nullableString,
    /** Absent means active. */
    active: { type: 'boolean' },
  },
};

const voucher = {
  type: 'object',
  required: ['id', 'code', 'campaign_id', 'holder_id', 'metadata', 'publish_count', 'created_at', 'updated_at'],
  properties: {
    id,
    code: { type: 'string', minLength: 1 },
    campaign_id: id,
    /** The REFERRER's customer id once published. */
    holder_id: nullableString,
    metadata,
    publish_count: count,
    created_at: { type: 'string' },
    updated_at: nullableString,
    /** Absent means active. */
    active: { type: 'boolean' },
  },
};

const address = {
  type: ['object', 'null'],
  properties: Object.fromEntries(['city', 'state', 'line_1', 'line_2', 'country', 'postal_code'].map((f) => [f, { type: 'string' }])),
};

const customer = {
  type: 'object',
  required: ['id', 'source_id', 'name', 'description', 'email', 'phone', 'birthday', 'birthdate', 'address', 'metadata', 'created_at', 'updated_at'],
  properties: {
    id,
    source_id: nullableString,
    name: nullableString,
    description: nullableString,
    email: nullableString,
    phone: nullableString,
    birthday: nullableString,
    birthdate: nullableString,
    address,
    metadata,
    created_at: { type: 'string' },
    updated_at: nullableString,
  },
};

const holder = {
  type: 'object',
  required: ['id', 'created_at', 'redeemable_id', 'customer_id', 'holder_role', 'campaign_id', 'metadata'],
  properties: {
    /** Lists page by id, so holder ids must compare as strings. */
    id,
    created_at: { type: 'string' },
    redeemable_id: id,
    customer_id: id,
    holder_role: { enum: ['OWNER', 'REFERRER', 'REFEREE'] },
    campaign_id: id,
    metadata,
  },
};

const publication = {
  type: 'object',
  required: ['id', 'created_at', 'customer_id', 'voucher_id', 'campaign_id', 'source_id', 'channel', 'metadata'],
  properties: {
    id,
    created_at: { type: 'string' },
    customer_id: id,
    voucher_id: id,
    campaign_id: id,
    source_id: nullableString,
    channel: { type: 'string' },
    metadata,
  },
};

const redemptionOrder = {
  type: ['object', 'null'],
  required: ['id', 'source_id', 'amount', 'discount_amount', 'items', 'metadata', 'created_at'],
  properties: {
    id,
    source_id: nullableString,
    amount: { type: ['integer', 'null'] },
    discount_amount: count,
    items: { type: 'array', items: { type: 'object' } },
    metadata,
    created_at: { type: 'string' },
  },
};

const redemption = {
  type: 'object',
  required: ['id', 'kind', 'date', 'parent_id', 'customer_id', 'tracking_id', 'metadata', 'voucher_id', 'campaign_id', 'order', 'channel_id'],
  properties: {
    id,
    kind: { enum: ['voucher', 'parent'] },
    date: { type: 'string' },
    parent_id: nullableString,
    customer_id: nullableString,
    tracking_id: nullableString,
    metadata,
    voucher_id: nullableString,
    campaign_id: nullableString,
    order: redemptionOrder,
    channel_id: { type: 'string' },
  },
};

const referral = {
  type: 'object',
  required: ['customer_id', 'campaign_id', 'referrer_id', 'related_object_id', 'related_object_type', 'date'],
  properties: {
    customer_id: id,
    campaign_id: id,
    referrer_id: nullableString,
    related_object_id: id,
    related_object_type: { enum: ['redemption', 'custom_event'] },
    date: { type: 'string' },
  },
};

const rollback = {
  type: 'object',
  required: ['id', 'redemption_id', 'date', 'reason', 'customer_id', 'tracking_id', 'metadata', 'channel_id'],
  properties: {
    id,
    redemption_id: id,
    date: { type: 'string' },
    reason: nullableString,
    customer_id: nullableString,
    tracking_id: nullableString,
    metadata,
    channel_id: { type: 'string' },
  },
};

const SCOPE = OAUTH_SCOPES.join('|');

const oauthToken = {
  type: 'object',
  required: ['access_token', 'client_id', 'app_id', 'scope', 'created_at', 'expires_at'],
  properties: {
    access_token: { type: 'string', minLength: 1 },
    client_id: { type: 'string' },
    app_id: { type: 'string' },
    /** Space-separated values Generate OAuth Token accepts. */
    scope: { type: 'string', pattern: `^(${SCOPE})( (${SCOPE}))*$` },
    created_at: { type: 'string' },
    /** null: a seeded token that never expires. */
    expires_at: nullableString,
  },
};

export const voucherifyStateSchema: Record<string, unknown> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Voucherify project state',
  type: 'object',
  required: ['campaigns', 'vouchers', 'customers', 'holders', 'publications', 'redemptions', 'referrals', 'rollbacks', 'oauth_tokens', 'holder_sequence'],
  additionalProperties: false,
  properties: {
    campaigns: { type: 'array', items: campaign, default: [] },
    vouchers: { type: 'array', items: voucher, default: [] },
    customers: { type: 'array', items: customer, default: [] },
    holders: { type: 'array', items: holder, default: [] },
    publications: { type: 'array', items: publication, default: [] },
    redemptions: { type: 'array', items: redemption, default: [] },
    referrals: { type: 'array', items: referral, default: [] },
    rollbacks: { type: 'array', items: rollback, default: [] },
    oauth_tokens: { type: 'array', items: oauthToken, default: [] },
    /** Tail of holder ids. */
    holder_sequence: count,
  },
};
