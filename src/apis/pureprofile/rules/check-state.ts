import { danglingRef, duplicateKey, firstProblem, keysOf, type StateProblem } from '../../shared-check.js';
import type { PureprofileState } from '../store.js';
import { checkVariables } from './check-variables.js';

// What the state schema cannot say about a seeded Pureprofile state: panel ids are unique in any case (partners send
// them in any case), panelist, token and referral ids are unique, a user is one panelist across the partner's panels
// (trimmed, any case, as register refuses a second), and every reference names a stored record: a panelist's panel,
// a token's panelist (else the token authenticates nobody), a referral's referrer and panel. Stored references match
// ids exactly, as the handlers compare them. A token value used by another tenant cannot be seen from one state.
// Profile variables and the panelists' answers are checked by check-variables.ts.

/** The form `sameUser` compares users in. */
const userKey = (user: string) => user.trim().toLowerCase();

export function checkPureprofileState(state: PureprofileState): StateProblem | undefined {
  const { panels, panelists, tokens, referrals } = state;
  const panelIds = keysOf(panels, (p) => p.id);
  const panelistIds = keysOf(panelists, (p) => p.id);
  const isPanel = (id: string | number) => panelIds.has(id);
  const isPanelist = (id: string | number) => panelistIds.has(id);
  return firstProblem(
    () => duplicateKey(panels, 'panels', 'id', (p) => p.id.toLowerCase(), 'panel ids compare case-insensitively'),
    () => duplicateKey(panelists, 'panelists', 'id', (p) => p.id),
    () => duplicateKey(panelists, 'panelists', 'user', (p) => userKey(p.user), 'users compare trimmed and case-insensitively'),
    () => duplicateKey(tokens, 'tokens', 'id', (t) => t.id),
    () => duplicateKey(referrals, 'referrals', 'id', (r) => r.id),
    () => danglingRef(panelists, 'panelists', 'panel_id', (p) => p.panel_id, isPanel, 'panel'),
    () => danglingRef(tokens, 'tokens', 'panelist_id', (t) => t.panelist_id, isPanelist, 'panelist'),
    () => danglingRef(referrals, 'referrals', 'referrer_id', (r) => r.referrer_id, isPanelist, 'panelist'),
    () => danglingRef(referrals, 'referrals', 'panel_id', (r) => r.panel_id, isPanel, 'panel'),
    () => checkVariables(state),
  );
}
