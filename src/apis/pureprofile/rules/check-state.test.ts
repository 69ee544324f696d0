import { describe, expect, it } from 'vitest';
import { pureprofileFixtures, SANDBOX_PANELIST_EMAIL } from '../../../../fixtures/pureprofile/index.js';
import { createIdSource } from '../../../engine/ids.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { pureprofile } from '../index.js';
import { emptyState, SANDBOX_PANEL_ID, type PureprofileState } from '../store.js';
import { checkPureprofileState } from './check-state.js';

// As the engine does it: seed a copy, check it against the schema, then check it with checkState.
const seeded = (data: unknown, base: PureprofileState = emptyState()) => {
  const state = structuredClone(base);
  pureprofile.seed!(state, data, createIdSource(7));
  expect(stateSchemaErrors(pureprofile.stateSchema!, state)).toBeNull();
  return state;
};
const defaultState = () => seeded(pureprofileFixtures.scenarios.default().tenants[0].data);

describe('checkPureprofileState', () => {
  it('is the vendor checkState and passes the empty state, every fixture scenario and a partial seed', () => {
    expect(pureprofile.checkState).toBe(checkPureprofileState);
    expect(checkPureprofileState(emptyState())).toBeUndefined();
    for (const build of Object.values(pureprofileFixtures.scenarios)) {
      for (const tenant of build().tenants) expect(checkPureprofileState(seeded(tenant.data))).toBeUndefined();
    }
    const base = defaultState();
    const partial = seeded({ panels: [{ id: 'second-panel' }], panelists: [{ user: 'new@example.com', panel_id: 'second-panel' }], tokens: [{ panelist_id: base.panelists[1].id }], referrals: [{ referrer_id: base.panelists[2].id, email: 'f@example.com' }] }, base);
    expect(checkPureprofileState(partial)).toBeUndefined();
  });

  it.each([
    ['a panelist of a missing panel', { panelists: [{ user: 'a@example.com', panel_id: 'no-such-panel' }] }, '.panelists[4].panel_id', 'no panel has id "no-such-panel"'],
    ['a token of a missing panelist', { tokens: [{ id: 'tok', panelist_id: 'nobody' }] }, '.tokens[1].panelist_id', 'no panelist has id "nobody"'],
    ['a referral from a missing panelist', { referrals: [{ referrer_id: 'nobody', email: 'f@example.com' }] }, '.referrals[1].referrer_id', 'no panelist has id "nobody"'],
    [
      'a second panelist with the same user, in any case',
      { panelists: [{ id: 'p-2', user: 'x', email: null }, { id: 'p-3', user: ` ${SANDBOX_PANELIST_EMAIL.toUpperCase()}` }] },
      '.panelists[5].user',
      `user "${SANDBOX_PANELIST_EMAIL.toUpperCase()}" is also used by panelists[0] (users compare trimmed and case-insensitively)`,
    ],
  ])('refuses %s', (_name, data, path, message) => {
    expect(checkPureprofileState(seeded(data, defaultState()))).toEqual({ path, message });
  });

  it('refuses a referral into a missing panel, a panel id repeated in another case, and repeated ids', () => {
    const base = defaultState();
    expect(checkPureprofileState(seeded({ referrals: [{ referrer_id: base.panelists[1].id, email: 'f@example.com', panel_id: 'gone' }] }, base))).toEqual({ path: '.referrals[1].panel_id', message: 'no panel has id "gone"' });
    const panels = structuredClone(base);
    panels.panels.push({ ...panels.panels[0], id: SANDBOX_PANEL_ID.toUpperCase() });
    expect(checkPureprofileState(panels)).toMatchObject({ path: '.panels[1].id', message: expect.stringContaining('(panel ids compare case-insensitively)') });
    const tokens = structuredClone(base);
    tokens.tokens.push({ ...tokens.tokens[0] });
    expect(checkPureprofileState(tokens)).toMatchObject({ path: '.tokens[1].id' });
  });
});
