// The arrays of a Pureprofile state as the store indexes them (src/engine/store/collection.ts): each record's key and
// the secondary indexes the handlers look records up by. Rules pass these specs to the collection helpers (getByKey,
// findBy, allBy, countBy), which also work on the plain arrays the rules' unit tests build.
//
// Keys are unique and never change: check-state.ts refuses a seed with duplicate panel ids (any case), panelist,
// token or referral ids, or variable ids within a panel; the API never changes an id.
import type { CollectionSpec, IndexKey } from '../../engine/store/collection.js';
import type { CollectionsOf } from '../../engine/types.js';
import { normalizeEmail } from './rules/emails.js';
import type { AccessToken, Panel, Panelist, ProfileVariable, PureprofileState, Referral } from './store.js';

/** Users compare trimmed and case-insensitively ("Bob@x.com" and " bob@x.com" are one panelist). */
export const userKey = (user: string) => user.trim().toLowerCase();

/** Variable names compare case-insensitively (they are UPPER_SNAKE); the stored spelling is the answer's key. */
export const nameKey = (name: string) => name.trim().toUpperCase();

/** One value within one panel (a normalized email, a variable id or name): the key of the per-panel indexes. */
export const inPanel = (panelId: string, value: string | number) => `${panelId}\u0000${value}`;

const str = (value: unknown): value is string => typeof value === 'string';

/** Panels by exact id (references hold the stored spelling); `lower` finds one the way partners name it, in any case. */
export const panelCollection: CollectionSpec<Panel> = {
  key: (p) => p.id,
  indexes: { lower: (p): IndexKey => (str(p.id) ? p.id.toLowerCase() : null) },
};

/**
 * A panel's catalogue (`panel`), and a variable of it by id (`ref`: the key), by name in any case (`name`) or by uuid
 * (`uuid`): the three ways a path names a variable.
 */
export const variableCollection: CollectionSpec<ProfileVariable> = {
  key: (v) => inPanel(v.panel_id, v.id),
  indexes: {
    panel: (v) => v.panel_id,
    name: (v): IndexKey => (str(v.name) ? inPanel(v.panel_id, nameKey(v.name)) : null),
    uuid: (v): IndexKey => (str(v.uuid) ? inPanel(v.panel_id, v.uuid) : null),
  },
};

/**
 * Panelists by id (a bearer token's subject); by user, trimmed and in any case (register's uniqueness check and
 * authenticate); by normalized email within their panel (refer-friends refuses inviting a member).
 */
export const panelistCollection: CollectionSpec<Panelist> = {
  key: (p) => p.id,
  indexes: {
    user: (p): IndexKey => (str(p.user) ? userKey(p.user) : null),
    panel_email: (p): IndexKey => (str(p.email) && p.email ? inPanel(p.panel_id, normalizeEmail(p.email)) : null),
  },
};

/** Tokens by their value: every panel request resolves its bearer token through this key. */
export const tokenCollection: CollectionSpec<AccessToken> = {
  key: (t) => t.id,
};

/** Referrals per referrer (INVITED_COUNT) and by normalized address within their panel ("already invited"). */
export const referralCollection: CollectionSpec<Referral> = {
  key: (r) => r.id,
  indexes: {
    referrer: (r) => r.referrer_id,
    panel_email: (r): IndexKey => (str(r.email) ? inPanel(r.panel_id, normalizeEmail(r.email)) : null),
  },
};

export const pureprofileCollections: CollectionsOf<PureprofileState> = {
  panels: panelCollection,
  variables: variableCollection,
  panelists: panelistCollection,
  tokens: tokenCollection,
  referrals: referralCollection,
};
