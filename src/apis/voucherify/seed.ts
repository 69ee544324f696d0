import { isPlainObject, mergeInto } from '../../engine/store/merge.js';
import type { IdSource } from '../../engine/types.js';
import { cleanCopy, sameId, recordsOf, seedCollection, seedUnknownKeys, seedValue, type SeedRecord } from '../shared-seed.js';
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

export function seedVoucherify(state: VoucherifyState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedCollection(state, 'campaigns', data.campaigns, { matches: sameId, complete: (item) => completeCampaign(item, ids) });
  seedCollection(state, 'vouchers', data.vouchers, {
    matches: (v, item) => (item.id !== undefined ? v.id === item.id : item.code !== undefined && v.code === item.code),
    complete: (item, list) => completeVoucher(state, item, list, ids),
  });
  seedCollection(state, 'customers', data.customers, {
    matches: (c, item) => (item.id !== undefined ? c.id === item.id : item.source_id != null && c.source_id === item.source_id),
    // Cast: seed data is unchecked JSON (not a request); buildCustomer copies only string fields, merges address and
    // metadata, and the state schema judges the finished record.
    complete: (item) => completeWith(buildCustomer(given(item.id, () => newCustomerId(ids)), item as CustomerInput, SEEDED_AT), item),
  });
  let sequence = typeof state.holder_sequence === 'number' ? state.holder_sequence : 0;
  seedCollection(state, 'holders', data.holders, {
    matches: sameId,
    complete: (item) => {
      const id = given(item.id, () => newHolderId(new Date(SEEDED_AT), (sequence += 1)));
      const voucher = voucherOf(state, item.redeemable_id);
      // The customer the code is published to is its REFERRER; anyone else added to it is a REFEREE.
      const role = voucher && voucher.holder_id !== null && voucher.holder_id === item.customer_id ? 'REFERRER' : 'REFEREE';
      const row = { id, created_at: SEEDED_AT, redeemable_id: item.redeemable_id, customer_id: item.customer_id, holder_role: role, campaign_id: voucher?.campaign_id, metadata: {} };
      return completeWith(row, item);
    },
  });
  if (typeof state.holder_sequence === 'number') state.holder_sequence = sequence;
  seedCollection(state, 'publications', data.publications, {
    matches: sameId,
    complete: (item) => {
      const id = given(item.id, () => newPublicationId(ids));
      const row = { id, created_at: SEEDED_AT, customer_id: item.customer_id, voucher_id: item.voucher_id, campaign_id: voucherOf(state, item.voucher_id)?.campaign_id, source_id: null, channel: 'API', metadata: {} };
      return completeWith(row, item);
    },
  });
  // Redemptions and referrals are seeded as given (by id; a referral by customer and campaign), for the schema to judge.
  seedCollection(state, 'redemptions', data.redemptions, { matches: sameId, complete: (item) => cleanCopy(item) });
  seedCollection(state, 'referrals', data.referrals, {
    matches: (r, item) => r.customer_id === item.customer_id && r.campaign_id === item.campaign_id,
    complete: (item) => cleanCopy(item),
  });
  seedCollection(state, 'rollbacks', data.rollbacks, { matches: sameId, complete: (item) => cleanCopy(item) });
  // OAuth tokens by their value (never invented: a seed names the token it will send). Unless the seed says when it
  // expires, a seeded token never does; its client_id follows its app_id (default: the default tenant's X-App-Id).
  seedCollection(state, 'oauth_tokens', data.oauth_tokens, {
    matches: (t, item) => item.access_token !== undefined && t.access_token === item.access_token,
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

function completeVoucher(state: VoucherifyState, item: SeedRecord, list: unknown[], ids: IdSource): SeedRecord {
  const id = given(item.id, () => newVoucherId(ids));
  const code = given(item.code, () => {
    const campaign = recordsOf(state.campaigns).find((c) => c.id === item.campaign_id);
    const config: CodeConfig = isPlainObject(campaign?.voucher) && isPlainObject(campaign.voucher.code_config) ? campaign.voucher.code_config : {};
    const taken = (c: string) => list.some((v) => isPlainObject(v) && v.code === c);
    // A code_config too small to give a free code leaves the voucher without one, for the schema to name.
    return generateUniqueCode(config, (n) => parseInt(ids.hex(6), 16) % n, taken);
  });
  const holder = item.holder_id ?? null;
  const voucher = { id, code, campaign_id: item.campaign_id, holder_id: holder, metadata: {}, publish_count: holder === null ? 0 : 1, created_at: SEEDED_AT, updated_at: null };
  return completeWith(voucher, item);
}


/** The voucher a holder row or publication names by id, if it is known. */
function voucherOf(state: VoucherifyState, voucherId: unknown) {
  return recordsOf(state.vouchers).find((v) => v.id === voucherId);
}
