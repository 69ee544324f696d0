import { describe, expect, it } from 'vitest';
import { SANDBOX_PANELIST_EMAIL, pureprofileFixtures } from '../../../fixtures/pureprofile/index.js';
import { createIdSource } from '../../engine/ids.js';
import { mergeInto } from '../../engine/store/merge.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { pureprofile } from './index.js';
import { emptyState, SANDBOX_PANEL_ID, type PureprofileState } from './store.js';

// As the engine does it: seed a copy, then check the copy against the state schema.
const seeded = (data: unknown, base: PureprofileState = emptyState()) => {
  const state = structuredClone(base);
  pureprofile.seed!(state, data, createIdSource(7));
  return state;
};
const errorsOf = (state: unknown) => stateSchemaErrors(pureprofile.stateSchema!, state);
const defaultState = () => seeded(pureprofileFixtures.scenarios.default().tenants[0].data);

describe('pureprofile state schema', () => {
  it('accepts the empty state and every fixture scenario (schema and state check), seeded exactly as the plain merge did', () => {
    expect(errorsOf(emptyState())).toBeNull();
    for (const build of Object.values(pureprofileFixtures.scenarios)) {
      for (const tenant of build().tenants) {
        const state = seeded(tenant.data);
        expect(errorsOf(state)).toBeNull();
        expect(pureprofile.checkState!(state)).toBeUndefined();
        const merged: Record<string, unknown> = { ...emptyState() };
        mergeInto(merged, tenant.data);
        expect(state).toEqual(merged);
      }
    }
  });

  it.each([
    ['a new panelist named by an id alone', { panelists: [{ id: 'p-1' }] }, '/panelists/0', 'required'],
    ['a panelist whose user is not a string', { panelists: [{ user: 42 }] }, '/panelists/0/user', 'type'],
    ['a panelist with activity that is not a list', { panelists: [{ user: 'a@example.com', activity: {} }] }, '/panelists/0/activity', 'type'],
    ['tokens that are not a list', { tokens: 'x' }, '/tokens', 'type'],
    ['a token without its panelist', { tokens: [{ id: 'tok' }] }, '/tokens/0', 'required'],
    ['a token expiry that is not a date-time', { tokens: [{ panelist_id: 'p', expires_at: 'never' }] }, '/tokens/0/expires_at', 'format'],
    ['an email limit in words', { panels: [{ id: SANDBOX_PANEL_ID, max_referral_emails: 'ten' }] }, '/panels/0/max_referral_emails', 'type'],
    ['an email limit of zero', { panels: [{ id: SANDBOX_PANEL_ID, max_referral_emails: 0 }] }, '/panels/0/max_referral_emails', 'minimum'],
    ['a panel without locales', { panels: [{ id: 'new-panel', locales: [] }] }, '/panels/1/locales', 'minItems'],
    ['a referral without an email', { referrals: [{ referrer_id: 'p' }] }, '/referrals/0', 'required'],
    ['an unknown collection', { panelist: [] }, '', 'additionalProperties'],
  ])('refuses %s', (_name, data, instancePath, keyword) => {
    expect(errorsOf(seeded(data))?.[0]).toMatchObject({ instancePath, keyword });
  });

  it('changes an existing panel field by field (its id in any case)', () => {
    const state = seeded({ panels: [{ id: SANDBOX_PANEL_ID.toUpperCase(), max_referral_emails: 2 }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.panels).toEqual([{ ...emptyState().panels[0], max_referral_emails: 2 }]);
  });

  it('completes a panelist named by a user alone, and merges one named by id or user', () => {
    const state = seeded({ panelists: [{ user: ' new@example.com ' }, { user: 'member-7781' }, { user: SANDBOX_PANELIST_EMAIL.toUpperCase(), points_balance: 99 }] }, defaultState());
    expect(errorsOf(state)).toBeNull();
    expect(state.panelists).toHaveLength(6);
    expect(state.panelists[0]).toMatchObject({ first_name: 'Sam', points_balance: 99, user: SANDBOX_PANELIST_EMAIL.toUpperCase() });
    expect(state.panelists[4]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      user: 'new@example.com',
      panel_id: SANDBOX_PANEL_ID,
      email: 'new@example.com',
      locale: 'ENG-AU',
      dob: '1990-01-01',
      first_name: 'Sandbox',
      last_name: 'Panelist',
      points_balance: 0,
      created_at: '2026-01-01T00:00:00.000Z',
      activity: [],
    });
    expect(state.panelists[5]).toMatchObject({ user: 'member-7781', email: null });
  });

  it('completes tokens and referrals so they work at once', () => {
    const base = defaultState();
    const referrer = base.panelists[1];
    const state = seeded({ tokens: [{ panelist_id: referrer.id }], referrals: [{ referrer_id: referrer.id, email: 'friend@example.com' }] }, base);
    expect(errorsOf(state)).toBeNull();
    expect(state.tokens[1]).toEqual({ id: expect.stringMatching(/^pp_at_[a-zA-Z0-9]{40}$/), panelist_id: referrer.id, issued_at: '2026-01-01T00:00:00.000Z', expires_at: '2099-12-31T23:59:59.000Z' });
    expect(state.referrals[1]).toMatchObject({ panel_id: SANDBOX_PANEL_ID, referrer_id: referrer.id, email: 'friend@example.com' });
  });
});
