import { isPlainObject } from '../../engine/store/merge.js';
import type { IdSource } from '../../engine/types.js';
import { cleanCopy, highestId, sameId, seedCollection, seedUnknownKeys, seedValue, type SeedRecord } from '../shared-seed.js';
import { buildTester } from './rules/new-tester.js';
import { CUSTOM_VAR_FIELDS, PROFILE_FIELDS, type Beta, type FriendInvitation, type Point, type PrefineryState, type Profile, type Reward, type Tester } from './store.js';

// Seeds and fixtures may name only the fields they care about: a new record is completed with Prefinery's
// defaults, an existing one (same id) is merged field by field. What is not a record, a collection that is not a
// list, a malformed id or a field of the wrong type is left in place for the state schema to refuse.
// The data is unknown until that schema has passed, so the completed records below are cast to their store types:
// the schema, not the compiler, vouches for them.

const SEEDED_AT = '2026-01-01T00:00:00Z';
const KNOWN = ['betas', 'testers', 'friend_invitations', 'rewards', 'points', 'last_ids'] as const;

export function seedPrefinery(state: PrefineryState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedCollection(state, 'betas', data.betas, { matches: sameId, keyOf, complete: (item, list) => completeBeta(idFor(state, 'beta', item, list), item) });
  seedCollection(state, 'testers', data.testers, { matches: sameId, keyOf, complete: (item, list) => completeTester(idFor(state, 'tester', item, list), item, ids) });
  seedCollection(state, 'friend_invitations', data.friend_invitations, {
    matches: sameId,
    keyOf,
    complete: (item, list) => completeInvitation(idFor(state, 'friend_invitation', item, list), item),
  });
  seedCollection(state, 'rewards', data.rewards, { matches: sameId, keyOf, complete: (item, list) => completeReward(idFor(state, 'reward', item, list), item) });
  seedCollection(state, 'points', data.points, { matches: sameId, keyOf, complete: (item, list) => completePoint(idFor(state, 'point', item, list), item) });
  // After the records, so a malformed last_ids in the same seed cannot break the ids handed out above.
  seedValue(state, 'last_ids', data.last_ids);
  raiseCounters(state);
  seedUnknownKeys(state, data, KNOWN);
}

/** sameId compares one value: the seed merge finds records by it in linear time. */
const keyOf = (record: SeedRecord) => record.id;

const COUNTED = [['beta', 'betas'], ['tester', 'testers'], ['friend_invitation', 'friend_invitations'], ['reward', 'rewards'], ['point', 'points']] as const;

/**
 * Each counter at least the highest id of its kind (explicit seeded ids, a last_ids set lower), so takeNextId reads
 * the counter alone. A malformed counter or collection is left for the state schema to name.
 */
function raiseCounters(state: PrefineryState): void {
  const counters = state.last_ids as unknown;
  if (!isPlainObject(counters)) return;
  for (const [kind, field] of COUNTED) {
    const list = state[field] as unknown;
    if (!Array.isArray(list)) continue;
    const highest = highestId(list);
    const value = counters[kind];
    const valid = typeof value === 'number' && Number.isInteger(value) && value >= 0;
    if ((value === undefined || valid) && highest > ((value as number | undefined) ?? 0)) counters[kind] = highest;
  }
}

/** The seed's own id, else the next id of the kind (above the counter and every stored record; never reused). */
function idFor(state: PrefineryState, kind: keyof PrefineryState['last_ids'], item: SeedRecord, list: unknown[]): number {
  if (item.id !== undefined) return item.id as number; // a malformed id is kept for the schema to name
  const counters = state.last_ids as unknown; // a seed may have replaced last_ids with anything
  const value = isPlainObject(counters) ? counters[kind] : undefined;
  const counter = typeof value === 'number' ? value : 0;
  const id = Math.max(counter, highestSoFar(list)) + 1;
  if (isPlainObject(counters)) counters[kind] = id;
  return id;
}

/** The highest id in a list the seed only appends to: each record is read once, so seeding many is linear. */
const scanned = new WeakMap<unknown[], { length: number; highest: number }>();

function highestSoFar(list: unknown[]): number {
  const seen = scanned.get(list) ?? { length: 0, highest: 0 };
  if (seen.length > list.length) Object.assign(seen, { length: 0, highest: 0 });
  if (seen.length < list.length) {
    seen.highest = Math.max(seen.highest, highestId(list.slice(seen.length)));
    seen.length = list.length;
  }
  scanned.set(list, seen);
  return seen.highest;
}

function completeBeta(id: number, item: SeedRecord): Beta {
  const beta: Beta = {
    id,
    name: `Beta ${id}`,
    homepage_url: null,
    impressions_count: 0,
    invite_system_enabled: true,
    friend_invitations_allowed: 5,
    share_host: 'http://l.aunch.us',
    reward_rules: [], // each rule's optional fields get their defaults from the state schema
    deletable: true,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
  return { ...beta, ...cleanCopy(item), id } as Beta; // unchecked seed fields: the state schema checks them
}

function completeTester(id: number, item: SeedRecord, ids: IdSource): Tester {
  const base = buildTester(
    id,
    // an unknown status is stored as sent (no timestamp stamped) for the state schema to refuse
    { beta_id: typeof item.beta_id === 'number' ? item.beta_id : 1, email: typeof item.email === 'string' ? item.email : `tester${id}@example.com`, status: item.status as Tester['status'] },
    SEEDED_AT,
    ids,
  );
  // Known profile fields complete the blank profile; a profile that is not a record stays as sent, for the schema.
  const profile = item.profile === undefined ? base.profile : isPlainObject(item.profile) ? seedProfile(base.profile, item.profile) : item.profile;
  return { ...base, ...cleanCopy(item), id, profile } as Tester; // unchecked seed fields: the state schema checks them
}

/** Known fields of a seeded profile over the blank one: strings and numbers as sent (the schema refuses a number where text belongs), anything else null. */
function seedProfile(blank: Profile, input: SeedRecord): Record<string, unknown> {
  const next: Record<string, unknown> = { ...blank };
  for (const field of [...PROFILE_FIELDS, ...CUSTOM_VAR_FIELDS]) {
    const value = input[field];
    if (value !== undefined) next[field] = typeof value === 'string' || typeof value === 'number' ? value : null;
  }
  return next;
}

function completeInvitation(id: number, item: SeedRecord): FriendInvitation {
  const base: FriendInvitation = { id, beta_id: 1, inviter_id: 0, invitee_id: 0, recipient_email: '', message: null, created_at: SEEDED_AT };
  const merged = { ...base, ...cleanCopy(item), id } as FriendInvitation; // unchecked seed fields: the state schema checks them
  if (typeof merged.recipient_email === 'string') merged.recipient_email = merged.recipient_email.toLowerCase();
  return merged;
}

/** A seeded reward: earned by default; a delivered or revoked one gets its timestamp unless the seed names it. */
function completeReward(id: number, item: SeedRecord): Reward {
  const base: Reward = {
    id,
    beta_id: 1,
    user_id: 0, // a seed must name the tester (the state schema refuses 0)
    descriptor: 'reward',
    name: 'Reward',
    type: 'SingleSided',
    user_role: 'referrer',
    status: 'earned',
    earned_at: SEEDED_AT,
    delivered_at: item.status === 'delivered' ? SEEDED_AT : null,
    revoked_at: item.status === 'revoked' ? SEEDED_AT : null,
    referral_id: null,
  };
  return { ...base, ...cleanCopy(item), id } as Reward; // unchecked seed fields: the state schema checks them
}

/** Seeded points: bonus points without a reason unless the seed says otherwise. */
function completePoint(id: number, item: SeedRecord): Point {
  const base: Point = { id, beta_id: 1, user_id: 0, quantity: 1, activity: 'bonus', reason: null, reward_id: null, created_at: SEEDED_AT };
  return { ...base, ...cleanCopy(item), id } as Point; // unchecked seed fields: the state schema checks them
}
