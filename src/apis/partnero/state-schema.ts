// JSON Schema (2020-12) of one Partnero tenant's state (store.ts), checked after every seed before it is kept.

const nullableString = { type: ['string', 'null'] };
const nullableBoolean = { type: ['boolean', 'null'] };

const program = {
  type: 'object',
  required: ['id', 'name', 'esp_type', 'esp_type_name', 'portal_host', 'created_at'],
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string' },
    esp_type: nullableString,
    esp_type_name: nullableString,
    /** Share and portal links are built on it. */
    portal_host: { type: 'string', minLength: 1 },
    created_at: { type: 'string' },
  },
};

const subscriber = {
  type: 'object',
  required: ['key', 'id', 'name', 'email', 'tos', 'marketing_consent', 'status', 'approved', 'referred_by', 'share_code', 'portal_code', 'created_at', 'updated_at'],
  properties: {
    /** The immutable internal key referrals point at. */
    key: { type: 'string', minLength: 1 },
    id: nullableString,
    name: nullableString,
    /** Lookups compare it case-insensitively, so it must be a string. */
    email: { type: 'string' },
    tos: nullableBoolean,
    marketing_consent: nullableBoolean,
    /** Stored lower-case; the API shows it capitalised. */
    status: { enum: ['active', 'rejected', 'suspended'] },
    approved: { type: 'boolean' },
    referred_by: nullableString,
    share_code: { type: 'string', minLength: 1 },
    portal_code: { type: 'string', minLength: 1 },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
  },
};

const webhook = {
  type: 'object',
  required: ['key', 'name', 'url', 'is_active', 'signature', 'events'],
  additionalProperties: false,
  properties: {
    /** It appears in URLs (/v1/webhooks/{key}), so it keeps to what the API accepts. */
    key: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_-]+$' },
    name: { type: 'string' },
    /** Only http(s) URLs are delivered to. */
    url: { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' },
    is_active: { type: 'boolean' },
    /** The HMAC key of every delivery. */
    signature: { type: 'string', minLength: 1 },
    events: { type: 'array', items: { enum: ['subscriber.created', 'subscriber.updated', 'subscriber.deleted', 'subscriber.rewarded'] } },
  },
};

export const partneroStateSchema: Record<string, unknown> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Partnero tenant state',
  type: 'object',
  required: ['program', 'subscribers', 'webhooks'],
  additionalProperties: false,
  properties: {
    program,
    subscribers: { type: 'array', items: subscriber, default: [] },
    webhooks: { type: 'array', items: webhook, default: [] },
  },
};
