import { isPlainObject, mergeInto } from '../../engine/store/merge.js';
import type { IdSource } from '../../engine/types.js';
import { cleanCopy, highestId, sameId, recordsOf, seedCollection, seedUnknownKeys, type CollectionSeed, type SeedRecord } from '../shared-seed.js';
import { nameKey, userKey } from './collections.js';
import { buildPanelist, sameUser } from './rules/registration.js';
import { DEFAULT_MAX_REFERRAL_EMAILS, SANDBOX_PANEL_ID, type Panel, type PureprofileState } from './store.js';

// Seeds and fixtures may name only the fields they care about: a new record is completed as the API would create it,
// an existing one is merged field by field. Panels, tokens and referrals are named by id (a panel id in any case,
// as the API compares them); panelists by id, else by `user` (trimmed, any case), since a user is one panelist.
//
// A panelist's `user` is who they are (it is also their email when it is an address), so it is never invented:
// a new panelist without one, like one named by an id alone, is refused by the state schema rather than given a
// made-up identity. Everything else defaults: the first panel and its first locale, placeholder names and birth
// date, no points, no answers. Likewise a token needs its panelist_id and a referral its referrer_id and email; a
// token's value and a far-future expiry are generated, so a seeded token works at once. Wrong types stay for the
// schema to name.
//
// A profile variable is named by id, else by name (any case), within its panel (`panel_id`, any case, default the
// first panel). A new one needs its name; the rest defaults: the next id, the name as question text, a generated
// uuid, type text, writable, no options. Options are completed the same way (next id, name as text, not exclusive).
//
// Seeding is linear in the records (100k generated panelists): each collection's merge finds records through a map
// (`keyOf`). Panelists and variables are named two ways (by id, else by user or name), which one key cannot say, so
// their items are seeded in runs of one way at a time, each run with its own key; the next variable id is counted.

const SEEDED_AT = '2026-01-01T00:00:00.000Z';
/** The expiry the default fixture's ready token has: seeded tokens are for tests, not for expiring under them. */
const SEEDED_TOKEN_EXPIRY = '2099-12-31T23:59:59.000Z';
const KNOWN = ['panels', 'variables', 'panelists', 'tokens', 'referrals'] as const;

export function seedPureprofile(state: PureprofileState, data: unknown, ids: IdSource): void {
  if (!isPlainObject(data)) return;
  seedCollection(state, 'panels', data.panels, {
    // what `matches` compares: both sides trimmed and lower-cased (a stored id that matches has neither spaces nor capitals to lose)
    keyOf: (p) => (typeof p.id === 'string' ? p.id.trim().toLowerCase() : p.id),
    matches: (p, item) => (typeof item.id === 'string' && typeof p.id === 'string' ? p.id.toLowerCase() === item.id.trim().toLowerCase() : sameId(p, item)),
    // The stored spelling of the id stays: panelists, tokens and referrals point at it exactly.
    merge: (p, item) => mergeInto(p, { ...item, id: p.id }),
    complete: (item) => {
      const panel = { id: item.id ?? ids.uuid(), name: 'Sandbox panel', locales: ['ENG-AU', 'ENG-NZ'], max_referral_emails: DEFAULT_MAX_REFERRAL_EMAILS };
      return { ...panel, ...cleanCopy(item) };
    },
  });
  // The highest variable id so far, counted as records come (highestId once, not once per new variable).
  let highestVariableId: number | undefined;
  const variablePanelKey = (x: SeedRecord) => valueKey(lowerTrimmed(x.panel_id === undefined ? variablePanelId(state, x) : x.panel_id));
  seedInRuns(state, 'variables', data.variables, (byId) => ({
    // within the panel (any case, as `matches` resolves it): the id, or the name in any case
    keyOf: (x) => (byId ? (x.id === undefined ? undefined : `${variablePanelKey(x)}\u0000${valueKey(x.id)}`) : typeof x.name === 'string' ? `${variablePanelKey(x)}\u0000${nameKey(x.name)}` : undefined),
    matches: (v, item) => {
      if (v.panel_id !== variablePanelId(state, item)) return false;
      if (item.id !== undefined) return v.id === item.id;
      return typeof item.name === 'string' && typeof v.name === 'string' && nameKey(v.name) === nameKey(item.name);
    },
    // The stored panel spelling stays, and so does the name a record was found by (answers are keyed by it); a
    // record found by id may be renamed. New options are completed before they are upserted by id.
    merge: (v, item) => {
      if (Object.hasOwn(item, 'id') && item.id === undefined) highestVariableId = undefined; // an id laid over with nothing: count again
      mergeInto(v, { ...item, panel_id: v.panel_id, ...(item.id === undefined ? { name: v.name } : {}), ...optionsOf(item, v.options) });
    },
    complete: (item, list) => {
      highestVariableId ??= highestId(list);
      const text = typeof item.name === 'string' ? { text: item.name } : {};
      const variable: SeedRecord = { id: highestVariableId + 1, ...text, uuid: ids.alnum(22), type: 'text', writable: true, options: [], ...cleanCopy(item) };
      const created = { ...variable, panel_id: variablePanelId(state, item), ...optionsOf(item, []) };
      highestVariableId = highestId([{ id: highestVariableId }, created]);
      return created;
    },
  }));
  seedInRuns(state, 'panelists', data.panelists, (byId) => ({
    keyOf: (x) => (byId ? x.id : typeof x.user === 'string' ? userKey(x.user) : undefined),
    matches: (p, item) => (item.id !== undefined ? p.id === item.id : typeof item.user === 'string' && typeof p.user === 'string' && sameUser(p.user, item.user)),
    complete: (item) => completePanelist(state, item, ids),
  }));
  // Referrals take their panel from their referrer: the first panelist with that id, as a scan would find it.
  let panelistsById: Map<unknown, SeedRecord> | undefined;
  const panelistById = (id: unknown) => {
    if (!panelistsById) {
      panelistsById = new Map();
      for (const p of recordsOf(state.panelists) as unknown as SeedRecord[]) if (!panelistsById.has(p.id)) panelistsById.set(p.id, p);
    }
    const found = panelistsById.get(id);
    return found && found.id === id ? found : undefined;
  };
  seedCollection(state, 'tokens', data.tokens, {
    keyOf: (t) => t.id,
    matches: sameId,
    complete: (item) => ({ id: item.id ?? `pp_at_${ids.alnum(40)}`, issued_at: SEEDED_AT, expires_at: SEEDED_TOKEN_EXPIRY, ...cleanCopy(item) }),
  });
  seedCollection(state, 'referrals', data.referrals, {
    keyOf: (r) => r.id,
    matches: sameId,
    complete: (item) => {
      const referrer = panelistById(item.referrer_id);
      const panelId = referrer?.panel_id ?? firstPanel(state)?.id ?? SANDBOX_PANEL_ID;
      return { id: item.id ?? ids.uuid(), panel_id: panelId, created_at: SEEDED_AT, ...cleanCopy(item) };
    },
  });
  seedUnknownKeys(state, data, KNOWN);
}

/**
 * Seed a collection whose items name records by id when they have one, else another way: consecutive items of one
 * way form a run, seeded with that way's key (so each run is linear; a seed that alternates pays one map per run).
 */
function seedInRuns(state: PureprofileState, key: string, incoming: unknown, how: (byId: boolean) => CollectionSeed): void {
  if (!Array.isArray(incoming) || incoming.length === 0) {
    seedCollection(state, key, incoming, how(false));
    return;
  }
  const byIdOf = (item: unknown) => isPlainObject(item) && item.id !== undefined;
  let start = 0;
  for (let i = 1; i <= incoming.length; i++) {
    if (i < incoming.length && byIdOf(incoming[i]) === byIdOf(incoming[start])) continue;
    seedCollection(state, key, incoming.slice(start, i), how(byIdOf(incoming[start])));
    start = i;
  }
}

/** A map key for a value `===` compares: strings and numbers as themselves, anything else by its type and text. */
function valueKey(value: unknown): string {
  return typeof value === 'string' ? `s:${value}` : `${typeof value}:${String(value)}`;
}

const lowerTrimmed = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

function completePanelist(state: PureprofileState, item: SeedRecord, ids: IdSource): SeedRecord {
  const panels = recordsOf(state.panels);
  const panel = (typeof item.panel_id === 'string' ? panels.find((p) => p.id === item.panel_id) : undefined) ?? firstPanel(state);
  const locale = panel && Array.isArray(panel.locales) && typeof panel.locales[0] === 'string' ? panel.locales[0] : 'ENG-AU';
  const user = typeof item.user === 'string' ? item.user : '';
  const input = { user, panel: '', locale, dob: '1990-01-01', first_name: 'Sandbox', last_name: 'Panelist' };
  // A given id of the wrong type is laid back over the record by cleanCopy(item) below, for the schema to refuse.
  const id = item.id === undefined ? ids.uuid() : typeof item.id === 'string' ? item.id : '';
  const built = buildPanelist(id, panel ?? { id: SANDBOX_PANEL_ID }, locale, input, new Date(SEEDED_AT));
  const record: SeedRecord = { ...built, ...cleanCopy(item) };
  if (typeof item.user === 'string') record.user = built.user; // trimmed, as register stores it
  else if (item.user === undefined) delete record.user;
  return record;
}

/** The stored spelling of the panel a variable seed names (any case), the first panel's when it names none. */
function variablePanelId(state: PureprofileState, item: SeedRecord): unknown {
  if (item.panel_id === undefined) return firstPanel(state)?.id ?? SANDBOX_PANEL_ID;
  if (typeof item.panel_id !== 'string') return item.panel_id;
  const wanted = item.panel_id.trim().toLowerCase();
  return recordsOf(state.panels).find((p) => typeof p.id === 'string' && p.id.toLowerCase() === wanted)?.id ?? item.panel_id;
}

/** `{options}` with every option that is new to `existing` completed; nothing when the seed names no options list. */
function optionsOf(item: SeedRecord, existing: unknown): { options?: unknown } {
  if (!Array.isArray(item.options)) return item.options === undefined ? {} : { options: item.options };
  const known = Array.isArray(existing) ? existing : [];
  const options: unknown[] = [];
  for (const option of item.options) {
    const isNew = isPlainObject(option) && !known.some((k) => isPlainObject(k) && option.id !== undefined && k.id === option.id);
    const text = isPlainObject(option) && typeof option.name === 'string' ? { text: option.name } : {};
    options.push(isNew ? { id: highestId([...known, ...options]) + 1, ...text, exclusive: false, ...cleanCopy(option) } : option);
  }
  return { options };
}

function firstPanel(state: PureprofileState): Panel | undefined {
  return recordsOf(state.panels).find((p) => typeof p.id === 'string');
}

