import type { IdSource } from '../../engine/types.js';
import { isPlainObject, mergeInto } from '../../engine/store/merge.js';
import { cleanCopy, seedCollection, seedUnknownKeys, seedValue, type SeedRecord } from '../shared-seed.js';
import { buildSubscriber } from './rules/subscribers.js';
import { WEBHOOK_EVENTS, newWebhookKey, newWebhookSecret } from './rules/webhooks.js';
import type { PartneroState } from './store.js';

// Seeds and fixtures may name only the fields they care about: a new subscriber is completed as POST /v1/subscribers
// would complete it (status active, approved, id = email, fresh key and codes); an existing one is merged field by
// field. A seeded subscriber names an existing one by `key`, else by `id`, else by `email` (any case), as the API's
// lookups do. The email is the subscriber's identity, so it is never invented: a new subscriber without one is
// left for the state schema to refuse. Wrong types are left in place for the schema too (see shared-seed.ts).
// A seeded webhook is named by `key`; a new one is completed as POST /v1/webhooks would complete it (fresh key and
// signing secret, active) and, as a seed has no form to fill in, named after its URL and subscribed to every event.
// Its URL is where deliveries go, so it is never invented.

const SEEDED_AT = '2026-01-01T00:00:00.000000Z';
const KNOWN = ['program', 'subscribers', 'webhooks'] as const;

export function seedPartnero(state: PartneroState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedValue(state, 'program', data.program);
  seedSubscribers(state, data.subscribers, ids);
  seedCollection(state, 'webhooks', data.webhooks, {
    matches: (existing, item) => typeof item.key === 'string' && existing.key === item.key,
    keyOf: (record) => (typeof record.key === 'string' ? record.key : undefined),
    complete: (item) => completeWebhook(item, ids),
  });
  seedUnknownKeys(state, data, KNOWN);
}

/**
 * seedCollection(state, 'subscribers', incoming, {matches: sameSubscriber, ...}) in linear time. An item names a
 * subscriber by key, else id, else email, so no single `keyOf` can say it: three maps do. The result is the same:
 * each item merges into the first record in list order that sameSubscriber accepts, else a completed new record is
 * appended; an item that is not a record is appended as it is; anything but an array replaces the collection.
 */
function seedSubscribers(state: PartneroState, incoming: unknown, ids: IdSource): void {
  if (!Array.isArray(incoming)) {
    seedCollection(state, 'subscribers', incoming, { matches: sameSubscriber, complete: (item) => completeSubscriber(item, ids) });
    return;
  }
  const target = state as unknown as SeedRecord;
  if (!Array.isArray(target.subscribers)) target.subscribers = [];
  const list = target.subscribers as unknown[];
  const index = new SeedIndex();
  list.forEach((record, at) => {
    if (isPlainObject(record)) index.add(record, at);
  });
  for (const item of incoming) {
    if (!isPlainObject(item)) {
      list.push(structuredClone(item));
      continue;
    }
    const existing = index.find(item);
    if (existing) {
      mergeInto(existing, item);
      index.add(existing); // the merge may have changed its key, id or email
      continue;
    }
    const created = completeSubscriber(item, ids);
    list.push(created);
    index.add(created, list.length - 1);
  }
}

/**
 * Subscribers of a seed by key, id and lower-cased email. Each map is built the first time an item names a subscriber
 * by that field (a generated batch names them all by key, so only one of the three is built) and kept up to date
 * after. Entries are only ever added (a merge that changes a field leaves the old entry behind), so every candidate
 * is confirmed with sameSubscriber; the first in list order wins.
 */
class SeedIndex {
  readonly #position = new Map<SeedRecord, number>();
  // A value names one record nearly always: a bucket is that record until a second one shares the value.
  readonly #byField: Partial<Record<Field, Map<string, SeedRecord | SeedRecord[]>>> = {};

  /** Index a record under its current key, id and email (at its position in the list, the first time). */
  add(record: SeedRecord, at?: number): void {
    if (at !== undefined && !this.#position.has(record)) this.#position.set(record, at);
    for (const field of FIELDS) {
      const map = this.#byField[field];
      if (map) put(map, field, record);
    }
  }

  /** The record sameSubscriber(record, item) accepts that comes first in the list. */
  find(item: SeedRecord): SeedRecord | undefined {
    const field = FIELDS.find((f) => typeof item[f] === 'string');
    if (!field) return undefined;
    const candidates = this.#map(field).get(valueOf(field, item)!);
    if (candidates === undefined || !Array.isArray(candidates)) return candidates !== undefined && sameSubscriber(candidates, item) ? candidates : undefined;
    let first: SeedRecord | undefined;
    for (const record of candidates) {
      if (!sameSubscriber(record, item)) continue;
      if (first === undefined || this.#position.get(record)! < this.#position.get(first)!) first = record;
    }
    return first;
  }

  #map(field: Field): Map<string, SeedRecord | SeedRecord[]> {
    let map = this.#byField[field];
    if (!map) {
      map = new Map();
      for (const record of this.#position.keys()) put(map, field, record); // in list order, as add() saw them
      this.#byField[field] = map;
    }
    return map;
  }
}

/** The fields a seed item names a subscriber by, in the order sameSubscriber tries them. */
const FIELDS = ['key', 'id', 'email'] as const;
type Field = (typeof FIELDS)[number];

/** Only strings: sameSubscriber matches nothing else. Emails compare in any case. */
const valueOf = (field: Field, record: SeedRecord): string | undefined => {
  const value = record[field];
  return typeof value !== 'string' ? undefined : field === 'email' ? value.toLowerCase() : value;
};

function put(map: Map<string, SeedRecord | SeedRecord[]>, field: Field, record: SeedRecord): void {
  const value = valueOf(field, record);
  if (value === undefined) return;
  const bucket = map.get(value);
  if (bucket === undefined) map.set(value, record);
  else if (!Array.isArray(bucket)) {
    if (bucket !== record) map.set(value, [bucket, record]);
  } else if (!bucket.includes(record)) bucket.push(record);
}

/** Does the seed item name this subscriber: by key, else id, else email (any case)? Exported for the tests. */
export function sameSubscriber(existing: SeedRecord, item: SeedRecord): boolean {
  if (typeof item.key === 'string') return existing.key === item.key;
  if (typeof item.id === 'string') return existing.id === item.id;
  if (typeof item.email === 'string' && typeof existing.email === 'string') return existing.email.toLowerCase() === item.email.toLowerCase();
  return false;
}

/** A new subscriber from a seed item, completed as POST /v1/subscribers would complete it. Exported for the tests. */
export function completeSubscriber(item: SeedRecord, ids: IdSource): SeedRecord {
  const email = typeof item.email === 'string' ? item.email : '';
  // Codes are drawn only when the seed does not give them, so a complete record takes nothing from the id source.
  // A given value of the wrong type is laid back over the record by cleanCopy(item) below, for the schema to refuse.
  const given = (field: string, make: () => string): string => {
    const value = item[field];
    return value === undefined ? make() : typeof value === 'string' ? value : '';
  };
  const made = {
    key: given('key', () => `sub_${ids.hex(12)}`),
    share_code: given('share_code', () => ids.alnum(5)),
    portal_code: given('portal_code', () => `${ids.alnum(5)}/${ids.alnum(16)}`),
    now: SEEDED_AT,
  };
  // No existing subscribers are passed: uniqueness is the seed author's business, a seed cannot answer 422.
  const record: SeedRecord = { ...buildSubscriber([], { email }, made), ...cleanCopy(item) };
  if (item.email === undefined) {
    delete record.email;
    if (item.id === undefined) record.id = null;
  }
  return record;
}

function completeWebhook(item: SeedRecord, ids: IdSource): SeedRecord {
  const record: SeedRecord = {
    key: item.key === undefined ? newWebhookKey(ids) : item.key,
    name: typeof item.url === 'string' ? item.url : '',
    is_active: true,
    signature: item.signature === undefined ? newWebhookSecret(ids) : item.signature,
    events: [...WEBHOOK_EVENTS],
    ...cleanCopy(item),
  };
  return record;
}
