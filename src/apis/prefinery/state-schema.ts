// JSON Schema (2020-12) of one Prefinery tenant's state (store.ts), checked after every seed before it is kept.
import { CUSTOM_VAR_FIELDS, PROFILE_FIELDS, TESTER_STATUSES } from './store.js';

const id = { type: 'integer', minimum: 1 };
/** A reference to another record; seeded invitations may point at nobody (0). */
const ref = { type: 'integer', minimum: 0 };
const count = { type: 'integer', minimum: 0 };
const nullableString = { type: ['string', 'null'] };

/**
 * One reward of the beta's Reward Editor (store.ts RewardRule). Only descriptor, name and type must be seeded; the
 * rest default to a manual-delivery reward without points that counts referrals and friend invitations once the
 * friend has been active. A milestone needs `referrals`. Unknown keys are refused, so a misspelt setting is named.
 */
const rewardRule = {
  type: 'object',
  required: ['descriptor', 'name', 'type'],
  additionalProperties: false,
  properties: {
    descriptor: { type: 'string', minLength: 1 },
    name: { type: 'string' },
    friend_name: { ...nullableString, default: null },
    type: { enum: ['SingleSided', 'DoubleSided', 'Milestone'] },
    qualify_on: { enum: ['signup', 'active'], default: 'active' },
    via: { type: 'array', items: { enum: ['referral', 'friend_invitation'] }, uniqueItems: true, default: ['referral', 'friend_invitation'] },
    referrals: { type: ['integer', 'null'], minimum: 1, default: null },
    points: { ...count, default: 0 },
    friend_points: { ...count, default: 0 },
    delivery: { enum: ['manual', 'automatic'], default: 'manual' },
  },
  if: { required: ['type'], properties: { type: { const: 'Milestone' } } },
  then: { required: ['referrals'], properties: { referrals: { type: 'integer' } } },
};

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
    /** Descriptors are unique within a beta (rules/check-state.ts). */
    reward_rules: { type: 'array', items: rewardRule, default: [] },
    /** Sandbox: false answers DELETE /betas/{id} with 2204. */
    deletable: { type: 'boolean', default: true },
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
    'referred_by_id', 'referred_via', 'suspended_from', 'groups', 'created_at', 'updated_at', 'profile',
  ],
  properties: {
    id,
    beta_id: id,
    /** Compared trimmed and lower-cased by lookups and the invitation rules. */
    email: { type: 'string' },
    status: { enum: [...TESTER_STATUSES] },
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
    /** While suspended: the status unsuspending restores (null: imported). */
    suspended_from: { enum: [...TESTER_STATUSES.filter((s) => s !== 'suspended'), null] },
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

/** A reward a tester holds; delivered and revoked ones carry their timestamp (the API shows it). */
const reward = {
  type: 'object',
  required: ['id', 'beta_id', 'user_id', 'descriptor', 'name', 'type', 'user_role', 'status', 'earned_at', 'delivered_at', 'revoked_at', 'referral_id'],
  properties: {
    id,
    beta_id: id,
    /** The tester who holds it (a seed must name one). */
    user_id: id,
    descriptor: { type: 'string' },
    name: { type: 'string' },
    type: { enum: ['SingleSided', 'DoubleSided', 'Milestone'] },
    user_role: { enum: ['referrer', 'friend'] },
    status: { enum: ['earned', 'delivered', 'revoked'] },
    earned_at: { type: 'string' },
    delivered_at: nullableString,
    revoked_at: nullableString,
    /** The referred tester whose referral earned it, or null. */
    referral_id: { type: ['integer', 'null'] },
  },
  allOf: [
    { if: { required: ['status'], properties: { status: { const: 'delivered' } } }, then: { properties: { delivered_at: { type: 'string' } } } },
    { if: { required: ['status'], properties: { status: { const: 'revoked' } } }, then: { properties: { revoked_at: { type: 'string' } } } },
  ],
};

const point = {
  type: 'object',
  required: ['id', 'beta_id', 'user_id', 'quantity', 'activity', 'reason', 'reward_id', 'created_at'],
  properties: {
    id,
    beta_id: id,
    /** The tester the points were issued to (a seed must name one). */
    user_id: id,
    quantity: { type: 'integer' },
    activity: { enum: ['bonus', 'signup', 'share', 'referral', 'reward', 'friend_reward'] },
    reason: nullableString,
    /** The reward that issued them (revoking it removes them), or null. */
    reward_id: { type: ['integer', 'null'] },
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
    rewards: { type: 'array', items: reward, default: [] },
    points: { type: 'array', items: point, default: [] },
    /** Last id handed out per kind. */
    last_ids: {
      type: 'object',
      required: ['beta', 'tester', 'friend_invitation'],
      properties: { beta: count, tester: count, friend_invitation: count, reward: { ...count, default: 0 }, point: { ...count, default: 0 } },
    },
  },
};
