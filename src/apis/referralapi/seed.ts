import { isPlainObject, mergeInto } from '../../engine/store/merge.js';
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
// Each counter ends at least at the highest id of its collection, so the handlers read the next id off the counter.
// Linear in the seed and the state: records are matched by id through a map (keyOf), and the ids, codes and links
// new records are completed from are gathered once per seed, then kept up to date.

const SEEDED_AT = '2026-01-01_00-00-00';
const KNOWN = ['settings', 'counters', 'campaigns', 'referral_links', 'referred_users', 'actions'] as const;

/** Records are matched by id (strictly: an id of the wrong type never matches), through a map. */
const byId = { matches: sameId, keyOf: (record: SeedRecord) => record.id };

export function seedReferralApi(state: ReferralApiState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedCollection(state, 'campaigns', data.campaigns, { ...byId, complete: (item) => completeCampaign(item, ids) });
  const linkIds = new IdsAfter(state, 'referral_link');
  let taken: Set<string> | undefined; // every link's code, gathered at the first link that needs a fresh one
  const noteCode = (link: unknown) => {
    if (taken && isPlainObject(link)) taken.add(String(link.referral_code));
  };
  seedCollection(state, 'referral_links', data.referral_links, {
    ...byId,
    complete: (item, list) => {
      const code = () => {
        taken ??= new Set(recordsOf(list as SeedRecord[]).map((l) => String(l.referral_code))); // unchecked seed data: recordsOf keeps the records
        return pickUniqueReferralCode(taken, () => ids.alnum(REFERRAL_CODE_LENGTH, { upper: true }));
      };
      const link = { id: linkIds.next(list), created_at: SEEDED_AT, referral_code: item.referral_code ?? code(), campaign_id: undefined, referrer_id: null, total_clicks: 0, total_referrals: 0 };
      const created = linkIds.noted(completeWith(link, item));
      noteCode(created);
      return created;
    },
    merge: (existing, item) => {
      mergeInto(existing, item);
      noteCode(existing);
    },
  });
  const userIds = new IdsAfter(state, 'referred_user');
  let linksById: Map<unknown, SeedRecord> | undefined; // the links are all seeded by now
  seedCollection(state, 'referred_users', data.referred_users, {
    ...byId,
    complete: (item, list) => {
      linksById ??= firstById(recordsOf(state.referral_links as unknown as SeedRecord[]));
      const link = linksById.get(item.referral_link_id);
      return userIds.noted(completeWith({ id: userIds.next(list), created_at: SEEDED_AT, campaign_id: link?.campaign_id }, item));
    },
  });
  const actionIds = new IdsAfter(state, 'action');
  seedCollection(state, 'actions', data.actions, {
    ...byId,
    complete: (item, list) => actionIds.noted(completeWith({ id: actionIds.next(list), created_at: SEEDED_AT, metadata: {}, referred_user_pk: null }, item)),
  });
  for (const campaign of recordsOf(state.campaigns)) if (typeof campaign.url === 'string') campaign.url = storedUrl(campaign.url);
  for (const link of recordsOf(state.referral_links)) if (typeof link.referral_code === 'string') link.referral_code = normaliseReferralCode(link.referral_code);
  // After the records, so a malformed counter in the same seed cannot break the ids handed out above.
  seedValue(state, 'settings', data.settings);
  seedValue(state, 'counters', data.counters);
  raiseCounters(state);
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

type Kind = keyof ReferralApiState['counters'];

const COLLECTION_OF: Record<Kind, 'referral_links' | 'referred_users' | 'actions'> = {
  referral_link: 'referral_links',
  referred_user: 'referred_users',
  action: 'actions',
};

/**
 * The ids of a collection's new records: after the counter and every record of the collection. The highest stored
 * id is found once (at the first new record) and then follows the records this seed adds, so each id is O(1).
 */
class IdsAfter {
  #highest: number | undefined;

  constructor(
    private readonly state: ReferralApiState,
    private readonly kind: Kind,
  ) {}

  next(list: unknown[]): number {
    this.#highest ??= highestId(list);
    return Math.max(counterOf(this.state, this.kind) ?? 0, this.#highest) + 1;
  }

  /** A completed record, about to be added: its id (its own or the one handed out) now counts as stored. */
  noted(record: SeedRecord): SeedRecord {
    const id = record.id;
    if (this.#highest !== undefined && typeof id === 'number' && Number.isFinite(id) && id > this.#highest) this.#highest = id;
    return record;
  }
}

/** A counter as stored, or undefined when a seed left something else there (the schema names it). */
function counterOf(state: ReferralApiState, kind: Kind): number | undefined {
  const counters = state.counters as unknown; // a seed may have replaced counters with anything; the schema names it
  const value = isPlainObject(counters) ? counters[kind] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Each well-formed counter is raised to the highest integer id of its collection, so the next id the handlers read
 * off it is never a stored one. A malformed counter or id is left as it is, for the schema to name.
 */
function raiseCounters(state: ReferralApiState): void {
  for (const kind of Object.keys(COLLECTION_OF) as Kind[]) {
    const counter = counterOf(state, kind);
    if (counter === undefined || !Number.isInteger(counter) || counter < 0) continue;
    const list = state[COLLECTION_OF[kind]] as unknown;
    if (!Array.isArray(list)) continue;
    let highest = counter;
    for (const record of list) if (isPlainObject(record) && Number.isSafeInteger(record.id) && (record.id as number) > highest) highest = record.id as number;
    if (highest > counter) state.counters[kind] = highest;
  }
}

/** Records by id, the first of each id (as a find would pick it). */
function firstById(records: SeedRecord[]): Map<unknown, SeedRecord> {
  const byId = new Map<unknown, SeedRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  return byId;
}

/** Defaults, then the seed's own fields; defaults left undefined (links the seed must give) are dropped. */
function completeWith(defaults: object, item: SeedRecord): SeedRecord {
  return { ...Object.fromEntries(Object.entries(defaults).filter(([, v]) => v !== undefined)), ...cleanCopy(item) };
}

