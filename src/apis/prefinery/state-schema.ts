// JSON Schema (2020-12) of one Prefinery tenant's state (store.ts), checked after every seed before it is kept.
import { CUSTOM_VAR_FIELDS, PROFILE_FIELDS } from './store.js';

const id = { type: 'integer', minimum: 1 };
/** A reference to another record; seeded invitations may point at nobody (0). */
const ref = { type: 'integer', minimum: 0 };
const count = { type: 'integer', minimum: 0 };
const nullableString = { type: ['string', 'null'] };

const beta = {
  type: 'object',
  required: ['id', 'name', 'homepage_url', 'impressions_count', 'invite_system_enabled', 'friend_invitations_allowed', 'share_host', 'created_at', 'updated_at'],
  properties: {
    id,
    name: { type: 'string' },
    homepage_url: nullableString,
    impressions_count: count,
    invite_system_enabled: { type: 'boolean' },
    /** The documented per-tester allowance (2508 once spent); anything but a count would switch the limit off. */
    friend_invitations_allowed: count,
    share_host: { type: 'string', minLength: 1 },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
  },
};

/** As the spec's Profile answers it: text or null, `age` also an integer (a number elsewhere would break the responses). */
const profile = {
  type: 'object',
  properties: Object.fromEntries([...PROFILE_FIELDS, ...CUSTOM_VAR_FIELDS].map((field) => [field, field === 'age' ? { type: ['integer', 'string', 'null'] } : nullableString])),
};

const tester = {
  type: 'object',
  required: [
    'id', 'beta_id', 'email', 'status', 'invitation_code', 'imported_at', 'applied_at', 'invited_at', 'joined_at', 'unsubscribed_at',
    'share_clicks_count', 'friend_invitations_allowed', 'friend_invitations_count', 'referral_code', 'share_status_check',
    'referred_by_id', 'referred_via', 'groups', 'created_at', 'updated_at', 'profile',
  ],
  properties: {
    id,
    beta_id: id,
    /** Compared trimmed and lower-cased by lookups and the invitation rules. */
    email: { type: 'string' },
    status: { enum: ['imported', 'applied', 'invited', 'active', 'idle', 'rejected'] },
    invitation_code: nullableString,
    imported_at: nullableString,
    applied_at: nullableString,
    invited_at: nullableString,
    joined_at: nullableString,
    unsubscribed_at: nullableString,
    share_clicks_count: count,
    /** null: the beta's allowance. */
    friend_invitations_allowed: { type: ['integer', 'null'], minimum: 0 },
    friend_invitations_count: count,
    referral_code: { type: 'string', minLength: 1 },
    share_status_check: { type: 'string', minLength: 1 },
    referred_by_id: { type: ['integer', 'null'] },
    referred_via: { enum: ['referral', 'friend_invitation', null] },
    groups: nullableString,
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
    profile,
  },
};

const friendInvitation = {
  type: 'object',
  required: ['id', 'beta_id', 'inviter_id', 'invitee_id', 'recipient_email', 'message', 'created_at'],
  properties: {
    id,
    beta_id: id,
    inviter_id: ref,
    invitee_id: ref,
    recipient_email: { type: 'string' },
    message: nullableString,
    created_at: { type: 'string' },
  },
};

export const prefineryStateSchema: Record<string, unknown> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Prefinery tenant state',
  type: 'object',
  required: ['betas', 'testers', 'friend_invitations', 'last_ids'],
  additionalProperties: false,
  properties: {
    betas: { type: 'array', items: beta, default: [] },
    testers: { type: 'array', items: tester, default: [] },
    friend_invitations: { type: 'array', items: friendInvitation, default: [] },
    /** Last id handed out per kind. */
    last_ids: {
      type: 'object',
      required: ['beta', 'tester', 'friend_invitation'],
      properties: { beta: count, tester: count, friend_invitation: count },
    },
  },
};
