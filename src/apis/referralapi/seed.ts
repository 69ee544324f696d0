import { isPlainObject } from '../../engine/store/merge.js';
import type { IdSource } from '../../engine/types.js';
import { cleanCopy, highestId, sameId, recordsOf, seedCollection, seedUnknownKeys, seedValue, type SeedRecord } from '../shared-seed.js';
import { normaliseCampaignUrl } from './rules/campaign-url.js';
import { normaliseReferralCode, pickUniqueReferralCode, REFERRAL_CODE_LENGTH } from './rules/referral-codes.js';
import type { ReferralApiState } from './store.js';

// Seeds and fixtures may name only the fields they care about: a new record is completed as the API would create it
// (a uuid campaign on https://example.com, integer ids after the counter and every stored record, a fresh
// upper-case referral code, zeroed counters); an existing one (same id) is merged field by field. What ties records
// together is never invented: a link needs its campaign_id, a referred user its referral_link_id and
// referred_user_id, an action its referral_link_id and action_type, or the state schema refuses the seed.
// Campaign urls and referral codes are stored as the API stores them (https:// added, codes upper-case), so a seeded
// code can be looked up; wrong types are left in place for the schema.

const SEEDED_AT = '2026-01-01_00-00-00';
const KNOWN = ['settings', 'counters', 'campaigns', 'referral_links', 'referred_users', 'actions'] as const;

export function seedReferralApi(state: ReferralApiState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedCollection(state, 'campaigns', data.campaigns, { matches: sameId, complete: (item) => completeCampaign(item, ids) });
  seedCollection(state, 'referral_links', data.referral_links, {
    matches: sameId,
    complete: (item, list) => {
      const taken = new Set(recordsOf(list as SeedRecord[]).map((l) => String(l.referral_code))); // unchecked seed data: recordsOf keeps the records
      const code = () => pickUniqueReferralCode(taken, () => ids.alnum(REFERRAL_CODE_LENGTH, { upper: true }));
      const link = { id: nextId(state, 'referral_link', list), created_at: SEEDED_AT, referral_code: item.referral_code ?? code(), campaign_id: undefined, referrer_id: null, total_clicks: 0, total_referrals: 0 };
      return completeWith(link, item);
    },
  });
  seedCollection(state, 'referred_users', data.referred_users, {
    matches: sameId,
    complete: (item, list) => {
      const link = recordsOf(state.referral_links).find((l) => l.id === item.referral_link_id);
      return completeWith({ id: nextId(state, 'referred_user', list), created_at: SEEDED_AT, campaign_id: link?.campaign_id }, item);
    },
  });
  seedCollection(state, 'actions', data.actions, {
    matches: sameId,
    complete: (item, list) => completeWith({ id: nextId(state, 'action', list), created_at: SEEDED_AT, metadata: {}, referred_user_pk: null }, item),
  });
  for (const campaign of recordsOf(state.campaigns)) if (typeof campaign.url === 'string') campaign.url = storedUrl(campaign.url);
  for (const link of recordsOf(state.referral_links)) if (typeof link.referral_code === 'string') link.referral_code = normaliseReferralCode(link.referral_code);
  // After the records, so a malformed counter in the same seed cannot break the ids handed out above.
  seedValue(state, 'settings', data.settings);
  seedValue(state, 'counters', data.counters);
  seedUnknownKeys(state, data, KNOWN);
}

function completeCampaign(item: SeedRecord, ids: IdSource): SeedRecord {
  const id = item.id !== undefined ? item.id : ids.uuid();
  return completeWith({ id, created_at: SEEDED_AT, url: 'https://example.com', name: 'Sandbox campaign', webhook_url: null }, item);
}

/** The url as the API stores it ("example.com" -> "https://example.com"); one the API would refuse stays as sent. */
function storedUrl(url: string): string {
  try {
    return normaliseCampaignUrl(url);
  } catch {
    return url;
  }
}

/** An item's own id, else the next one after the counter and every stored record (as the handlers pick them). */
function nextId(state: ReferralApiState, kind: keyof ReferralApiState['counters'], list: unknown[]): number {
  const counters = state.counters as unknown; // a seed may have replaced counters with anything; the schema names it
  const value = isPlainObject(counters) ? counters[kind] : undefined;
  const counter = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return Math.max(counter, highestId(list)) + 1;
}

/** Defaults, then the seed's own fields; defaults left undefined (links the seed must give) are dropped. */
function completeWith(defaults: object, item: SeedRecord): SeedRecord {
  return { ...Object.fromEntries(Object.entries(defaults).filter(([, v]) => v !== undefined)), ...cleanCopy(item) };
}

