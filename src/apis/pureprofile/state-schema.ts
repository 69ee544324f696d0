// JSON Schema (2020-12) of one Pureprofile partner's state (store.ts), checked after every seed before it is kept.
import { VARIABLE_TYPES } from './store.js';

const id = { type: 'string', minLength: 1 };
/** UPPER_SNAKE, as the docs' variables are named; it keys the panelists' answers, so no prototype key can pass. */
const variableName = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' };
/** An answer: text and dates as strings, numbers, an option id, or option ids (check-state fits it to its variable). */
const profileValue = { type: ['string', 'number', 'array'], items: { type: 'integer' } };

const panel = {
  type: 'object',
  required: ['id', 'name', 'locales', 'max_referral_emails'],
  properties: {
    id,
    name: { type: 'string' },
    /** Register refuses any locale not listed, so a panel needs at least one. */
    locales: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    /** The most emails one refer-friends request may carry; anything but a positive integer would switch it off. */
    max_referral_emails: { type: 'integer', minimum: 1 },
  },
};

const activity = {
  type: 'object',
  required: ['type', 'status', 'created_at'],
  properties: {
    type: { type: 'string' },
    status: { type: 'string' },
    created_at: { type: 'string' },
    transaction_id: { type: ['string', 'null'] },
    transaction_type: { type: ['string', 'null'] },
    id: { type: ['string', 'number', 'null'] },
    reward: { type: ['number', 'object', 'null'] },
    security_flags: { type: 'array' },
  },
};

const option = {
  type: 'object',
  required: ['id', 'name', 'text', 'exclusive'],
  properties: {
    /** What answers store; unique within the variable (check-state). */
    id: { type: 'integer' },
    name: { type: 'string', minLength: 1 },
    text: { type: 'string' },
    exclusive: { type: 'boolean' },
  },
};

const variable = {
  type: 'object',
  required: ['panel_id', 'id', 'name', 'text', 'uuid', 'type', 'writable', 'options'],
  properties: {
    panel_id: id,
    /** The path takes it in digits, so a positive integer. */
    id: { type: 'integer', minimum: 1 },
    /** Never defaulted: a variable is its name. */
    name: variableName,
    text: { type: 'string' },
    uuid: id,
    /** Updates check answers by type; an unknown type would accept nothing. */
    type: { enum: [...VARIABLE_TYPES] },
    writable: { type: 'boolean' },
    options: { type: 'array', items: option },
  },
};

const panelist = {
  type: 'object',
  required: ['id', 'user', 'panel_id', 'email', 'locale', 'dob', 'first_name', 'last_name', 'points_balance', 'created_at', 'activity', 'profile'],
  properties: {
    id,
    /** Who the panelist is (register and authenticate compare it trimmed, in any case); never defaulted. */
    user: { type: 'string', minLength: 1 },
    panel_id: id,
    /** The user when it is an email address; refer-friends compares it. */
    email: { type: ['string', 'null'] },
    locale: { type: 'string' },
    dob: { type: 'string' },
    first_name: { type: 'string' },
    last_name: { type: 'string' },
    points_balance: { type: 'number' },
    /** The account shows its first ten characters as the created date. */
    created_at: { type: 'string', minLength: 10 },
    activity: { type: 'array', items: activity },
    /** Answers keyed by the name of a variable of the panelist's panel (check-state fits each to its variable). */
    profile: { type: 'object', propertyNames: variableName, additionalProperties: profileValue, default: {} },
  },
};

const token = {
  type: 'object',
  required: ['id', 'panelist_id', 'issued_at', 'expires_at'],
  properties: {
    /** The access token itself. */
    id,
    panelist_id: id,
    issued_at: { type: 'string' },
    /** Compared with the clock on every panel request: an unreadable expiry would make the token silently useless. */
    expires_at: { type: 'string', format: 'date-time' },
  },
};

const referral = {
  type: 'object',
  required: ['id', 'panel_id', 'referrer_id', 'email', 'created_at'],
  properties: {
    id,
    panel_id: id,
    referrer_id: id,
    /** Compared trimmed and lower-cased to refuse a second invitation. */
    email: { type: 'string' },
    created_at: { type: 'string' },
  },
};

export const pureprofileStateSchema: Record<string, unknown> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Pureprofile partner state',
  type: 'object',
  required: ['panels', 'variables', 'panelists', 'tokens', 'referrals'],
  additionalProperties: false,
  properties: {
    panels: { type: 'array', items: panel },
    variables: { type: 'array', items: variable, default: [] },
    panelists: { type: 'array', items: panelist, default: [] },
    tokens: { type: 'array', items: token, default: [] },
    referrals: { type: 'array', items: referral, default: [] },
  },
};
