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
    ['a new variable without a name', { variables: [{ id: 5, type: 'text' }] }, '/variables/0', 'required'],
    ['a variable name that is not UPPER_SNAKE', { variables: [{ name: 'constructor' }] }, '/variables/0/name', 'pattern'],
    ['a variable of an unknown type', { variables: [{ name: 'PETS', type: 'slider' }] }, '/variables/0/type', 'enum'],
    ['a variable id that is not a positive integer', { variables: [{ name: 'PETS', id: '7' }] }, '/variables/0/id', 'type'],
    ['an option without a name', { variables: [{ name: 'PETS', type: 'radio', options: [{ id: 1 }] }] }, '/variables/0/options/0', 'required'],
    ['an answer keyed by a prototype name', { panelists: [{ user: 'a@example.com', profile: JSON.parse('{"__proto__": "x"}') }] }, '/panelists/0/profile', 'pattern'],
    ['an answer that is an object', { panelists: [{ user: 'a@example.com', profile: { PETS: { dog: 1 } } }] }, '/panelists/0/profile/PETS', 'type'],
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
      profile: {},
    });
    expect(state.panelists[5]).toMatchObject({ user: 'member-7781', email: null });
  });

  it('completes a variable named by its name alone, and merges one named by id or name (any case) within its panel', () => {
    const base = defaultState();
    const state = seeded(
      {
        variables: [
          { name: 'PETS', type: 'checkbox', options: [{ name: 'Dog' }, { name: 'None', exclusive: true }] },
          { name: 'postcode', writable: false },
          { id: 12, panel_id: SANDBOX_PANEL_ID.toUpperCase(), options: [{ id: 5, name: 'Other' }] },
        ],
      },
      base,
    );
    expect(errorsOf(state)).toBeNull();
    expect(state.variables).toHaveLength(base.variables.length + 1);
    expect(state.variables.at(-1)).toEqual({
      panel_id: SANDBOX_PANEL_ID, id: 72, name: 'PETS', text: 'PETS', uuid: expect.stringMatching(/^[a-zA-Z0-9]{22}$/), type: 'checkbox', writable: true,
      options: [{ id: 1, name: 'Dog', text: 'Dog', exclusive: false }, { id: 2, name: 'None', text: 'None', exclusive: true }],
    });
    expect(state.variables.find((v) => v.name === 'POSTCODE')).toMatchObject({ writable: false, type: 'text' });
    const gender = state.variables.find((v) => v.id === 12)!;
    expect(gender.panel_id).toBe(SANDBOX_PANEL_ID);
    expect(gender.options.map((o) => o.id)).toEqual([1, 2, 3, 4, 5]);
    expect(gender.options[4]).toEqual({ id: 5, name: 'Other', text: 'Other', exclusive: false });
  });

  it('merges a panelist\'s answers key by key', () => {
    const state = seeded({ panelists: [{ user: SANDBOX_PANELIST_EMAIL, profile: { GENDER: 2, HOUSEHOLD_SIZE: 3 } }] }, defaultState());
    expect(errorsOf(state)).toBeNull();
    expect(state.panelists[0].profile).toEqual({ BUSINESS_DECISION_PRODUCTS: [1, 3], GENDER: 2, HOUSEHOLD_SIZE: 3, POSTCODE: '2000' });
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
