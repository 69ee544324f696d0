import type { IdSource } from '../../engine/types.js';
import { isPlainObject } from '../../engine/store/merge.js';
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
  seedCollection(state, 'subscribers', data.subscribers, { matches: sameSubscriber, complete: (item) => completeSubscriber(item, ids) });
  seedCollection(state, 'webhooks', data.webhooks, { matches: (existing, item) => typeof item.key === 'string' && existing.key === item.key, complete: (item) => completeWebhook(item, ids) });
  seedUnknownKeys(state, data, KNOWN);
}

function sameSubscriber(existing: SeedRecord, item: SeedRecord): boolean {
  if (typeof item.key === 'string') return existing.key === item.key;
  if (typeof item.id === 'string') return existing.id === item.id;
  if (typeof item.email === 'string' && typeof existing.email === 'string') return existing.email.toLowerCase() === item.email.toLowerCase();
  return false;
}

function completeSubscriber(item: SeedRecord, ids: IdSource): SeedRecord {
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
