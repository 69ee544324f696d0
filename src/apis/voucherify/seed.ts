import { isPlainObject, mergeInto } from '../../engine/store/merge.js';
import type { IdSource } from '../../engine/types.js';
import { cleanCopy, listToSeed, sameId, seedCollection, seedUnknownKeys, seedValue, type SeedRecord } from '../shared-seed.js';
import { buildCampaign, type CampaignInput } from './rules/campaigns.js';
import { generateUniqueCode } from './rules/codes.js';
import { buildCustomer, type CustomerInput } from './rules/customers.js';
import { clientIdOf } from './rules/oauth.js';
import { newCampaignId, newCustomerId, newHolderId, newPublicationId, newVoucherId } from './rules/ids.js';
import type { CodeConfig, Discount, VoucherifyState } from './store.js';

// Seeds and fixtures may name only the fields they care about: a new record is completed as the API would create it
// (ids with Voucherify's prefixes, codes from the campaign's code_config, holder rows and publications taking their
// campaign from the voucher), an existing one is merged field by field. Records are named by id; vouchers also by
// code and customers also by source_id, as the API's lookups allow. What links records together (a voucher's
// campaign_id, a holder's redeemable_id and customer_id, a publication's customer_id and voucher_id) is never
// invented: without it the state schema refuses the seed. Wrong types are left in place for the schema too.

const DEFAULT_APP_ID = 'vf_sandbox_app_id';
const SEEDED_AT = '2026-01-01T00:00:00.000Z';
const DEFAULT_DISCOUNT: Discount = { type: 'PERCENT', percent_off: 10 };
const KNOWN = ['campaigns', 'vouchers', 'customers', 'holders', 'publications', 'redemptions', 'referrals', 'rollbacks', 'oauth_tokens', 'holder_sequence'] as const;

// Every lookup goes through a map (keyOf, or seedByIdOr for records named by id or another field), so seeding is
// linear in the records, not quadratic.
const byId = (record: SeedRecord) => record.id;

export function seedVoucherify(state: VoucherifyState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedCollection(state, 'campaigns', data.campaigns, { matches: sameId, keyOf: byId, complete: (item) => completeCampaign(item, ids) });
  const campaignsById = firstById(state.campaigns);
  seedByIdOr(state, 'vouchers', data.vouchers, {
    field: 'code',
    // named by id when it has one, else by code
    byField: (item) => item.code !== undefined,
    complete: (item, taken) => completeVoucher(campaignsById, item, taken, ids),
  });
  seedByIdOr(state, 'customers', data.customers, {
    field: 'source_id',
    byField: (item) => item.source_id != null,
    // Cast: seed data is unchecked JSON (not a request); buildCustomer copies only string fields, merges address and
    // metadata, and the state schema judges the finished record.
    complete: (item) => completeWith(buildCustomer(given(item.id, () => newCustomerId(ids)), item as CustomerInput, SEEDED_AT), item),
  });
  // Holder rows and publications take their campaign from their voucher, as stored once the vouchers are seeded.
  const vouchersById = firstById(state.vouchers);
  const voucherOf = (voucherId: unknown) => vouchersById.get(voucherId);
  let sequence = typeof state.holder_sequence === 'number' ? state.holder_sequence : 0;
  seedCollection(state, 'holders', data.holders, {
    matches: sameId,
    keyOf: byId,
    complete: (item) => {
      const id = given(item.id, () => newHolderId(new Date(SEEDED_AT), (sequence += 1)));
      const voucher = voucherOf(item.redeemable_id);
      // The customer the code is published to is its REFERRER; anyone else added to it is a REFEREE.
      const role = voucher && voucher.holder_id !== null && voucher.holder_id === item.customer_id ? 'REFERRER' : 'REFEREE';
      const row = { id, created_at: SEEDED_AT, redeemable_id: item.redeemable_id, customer_id: item.customer_id, holder_role: role, campaign_id: voucher?.campaign_id, metadata: {} };
      return completeWith(row, item);
    },
  });
  if (typeof state.holder_sequence === 'number') state.holder_sequence = sequence;
  seedCollection(state, 'publications', data.publications, {
    matches: sameId,
    keyOf: byId,
    complete: (item) => {
      const id = given(item.id, () => newPublicationId(ids));
      const row = { id, created_at: SEEDED_AT, customer_id: item.customer_id, voucher_id: item.voucher_id, campaign_id: voucherOf(item.voucher_id)?.campaign_id, source_id: null, channel: 'API', metadata: {} };
      return completeWith(row, item);
    },
  });
  // Redemptions and referrals are seeded as given (by id; a referral by customer and campaign), for the schema to judge.
  seedCollection(state, 'redemptions', data.redemptions, { matches: sameId, keyOf: byId, complete: (item) => cleanCopy(item) });
  seedCollection(state, 'referrals', data.referrals, {
    matches: (r, item) => r.customer_id === item.customer_id && r.campaign_id === item.campaign_id,
    // narrows only (matches decides): equal values give equal keys
    keyOf: (r) => JSON.stringify([r.customer_id, r.campaign_id]),
    complete: (item) => cleanCopy(item),
  });
  seedCollection(state, 'rollbacks', data.rollbacks, { matches: sameId, keyOf: byId, complete: (item) => cleanCopy(item) });
  // OAuth tokens by their value (never invented: a seed names the token it will send). Unless the seed says when it
  // expires, a seeded token never does; its client_id follows its app_id (default: the default tenant's X-App-Id).
  seedCollection(state, 'oauth_tokens', data.oauth_tokens, {
    matches: (t, item) => item.access_token !== undefined && t.access_token === item.access_token,
    keyOf: (t) => t.access_token,
    complete: (item) => {
      const appId = typeof item.app_id === 'string' ? item.app_id : DEFAULT_APP_ID;
      return completeWith({ access_token: item.access_token, client_id: clientIdOf(appId), app_id: appId, scope: 'api', created_at: SEEDED_AT, expires_at: null }, item);
    },
  });
  // A seeded sequence never moves below the ids just handed out; one of the wrong type is left for the schema.
  const seededSequence = data.holder_sequence;
  if (typeof seededSequence === 'number' && Number.isInteger(seededSequence) && seededSequence >= 0 && typeof state.holder_sequence === 'number') state.holder_sequence = Math.max(state.holder_sequence, seededSequence);
  else seedValue(state, 'holder_sequence', seededSequence);
  seedUnknownKeys(state, data, KNOWN);
}

/** The seed's value when it gives one (of whatever type, for the schema to judge), else a fresh one. */
function given<T>(value: unknown, make: () => T): T {
  // Cast: a seed value of the wrong type is kept on purpose, so the state schema names it (see the top of this file).
  return value !== undefined ? (value as T) : make();
}

/** Defaults, then the seed laid over them field by field; undefined defaults (unknown links) are dropped. */
function completeWith(defaults: object, item: SeedRecord): SeedRecord {
  const record = Object.fromEntries(Object.entries(defaults).filter(([, v]) => v !== undefined));
  mergeInto(record, cleanCopy(item));
  return record;
}

function completeCampaign(item: SeedRecord, ids: IdSource): SeedRecord {
  const id = given(item.id, () => newCampaignId(ids));
  // Cast: seed data is unchecked JSON (not a request). Only name and voucher are checked here; a field of the wrong
  // type is carried into the record on purpose, for the state schema to name.
  const input = cleanCopy(item) as unknown as CampaignInput;
  const discount = isPlainObject(input.voucher) && isPlainObject(input.voucher.discount) ? input.voucher.discount : { ...DEFAULT_DISCOUNT };
  const campaign = buildCampaign({ ...input, name: typeof item.name === 'string' ? item.name : `Campaign ${id}`, voucher: isPlainObject(input.voucher) ? input.voucher : undefined }, discount, id, SEEDED_AT);
  return completeWith(campaign, item);
}

function completeVoucher(campaignsById: Map<unknown, SeedRecord>, item: SeedRecord, taken: (code: unknown) => boolean, ids: IdSource): SeedRecord {
  const id = given(item.id, () => newVoucherId(ids));
  const code = given(item.code, () => {
    const campaign = campaignsById.get(item.campaign_id);
    const config: CodeConfig = isPlainObject(campaign?.voucher) && isPlainObject(campaign.voucher.code_config) ? campaign.voucher.code_config : {};
    // A code_config too small to give a free code leaves the voucher without one, for the schema to name.
    return generateUniqueCode(config, (n) => parseInt(ids.hex(6), 16) % n, taken);
  });
  const holder = item.holder_id ?? null;
  const voucher = { id, code, campaign_id: item.campaign_id, holder_id: holder, metadata: {}, publish_count: holder === null ? 0 : 1, created_at: SEEDED_AT, updated_at: null };
  return completeWith(voucher, item);
}

/** The well-formed records of a seeded collection by id, the first of each id winning (as a scan would find it). */
function firstById(list: unknown): Map<unknown, SeedRecord> {
  const map = new Map<unknown, SeedRecord>();
  if (!Array.isArray(list)) return map;
  for (const record of list) if (isPlainObject(record) && !map.has(record.id)) map.set(record.id, record);
  return map;
}

interface IdOrFieldSeed {
  /** The other field a seed item may name a record by. */
  field: string;
  /** Does an item without an id name its record by `field`? */
  byField(item: SeedRecord): boolean;
  /** A new record; `taken(value)`: does a record of the collection so far have that `field` value? */
  complete(item: SeedRecord, taken: (value: unknown) => boolean): unknown;
}

/**
 * seedCollection (shared-seed.ts) for records named by id, or, for an item without one, by another field (a
 * voucher's code, a customer's source_id): the same upsert in the same order, but each lookup goes through a map by
 * id and one by that field (kept up to date as records are merged and added), so seeding stays linear.
 */
function seedByIdOr(state: object, key: string, incoming: unknown, how: IdOrFieldSeed): void {
  const list = listToSeed(state, key, incoming);
  if (!list || !Array.isArray(incoming)) return;
  const ids = new FirstByPosition();
  const values = new FirstByPosition();
  const positions = new Map<SeedRecord, number>();
  const index = (record: SeedRecord) => {
    ids.add(record.id, record, positions.get(record)!);
    values.add(record[how.field], record, positions.get(record)!);
  };
  list.forEach((record, at) => {
    if (!isPlainObject(record)) return;
    positions.set(record, at);
    index(record);
  });
  for (const item of incoming) {
    if (!isPlainObject(item)) {
      list.push(structuredClone(item));
      continue;
    }
    const existing = item.id !== undefined ? ids.first(item.id) : how.byField(item) ? values.first(item[how.field]) : undefined;
    if (existing) {
      ids.remove(existing.id, existing);
      values.remove(existing[how.field], existing);
      mergeInto(existing, item);
      index(existing);
      continue;
    }
    const created = how.complete(item, (value) => values.first(value) !== undefined);
    list.push(created);
    if (isPlainObject(created)) {
      positions.set(created, list.length - 1);
      index(created);
    }
  }
}

/** Records by a value, each value's records in list order, so the first is the one a scan of the list finds. */
class FirstByPosition {
  #map = new Map<unknown, Array<{ at: number; record: SeedRecord }>>();

  first(value: unknown): SeedRecord | undefined {
    return this.#map.get(value)?.[0]?.record;
  }

  add(value: unknown, record: SeedRecord, at: number): void {
    const bucket = this.#map.get(value);
    if (!bucket) {
      this.#map.set(value, [{ at, record }]);
      return;
    }
    let i = bucket.length;
    while (i > 0 && bucket[i - 1].at > at) i--;
    bucket.splice(i, 0, { at, record });
  }

  remove(value: unknown, record: SeedRecord): void {
    const bucket = this.#map.get(value);
    const i = bucket ? bucket.findIndex((entry) => entry.record === record) : -1;
    if (i < 0) return;
    bucket!.splice(i, 1);
    if (bucket!.length === 0) this.#map.delete(value);
  }
}
