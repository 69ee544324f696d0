import { describe, expect, it } from 'vitest';
import { DOCS_CAMPAIGN_ID, DOCS_REFERRAL_CODE, referralapiFixtures } from '../../../fixtures/referralapi/index.js';
import { createIdSource } from '../../engine/ids.js';
import { mergeInto } from '../../engine/store/merge.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { referralapi } from './index.js';
import { emptyState, type ReferralApiState } from './store.js';

// As the engine does it: seed a copy, then check the copy against the state schema.
const seeded = (data: unknown, base: ReferralApiState = emptyState()) => {
  const state = structuredClone(base);
  referralapi.seed!(state, data, createIdSource(7));
  return state;
};
const errorsOf = (state: unknown) => stateSchemaErrors(referralapi.stateSchema!, state);
const defaultState = () => seeded(referralapiFixtures.scenarios.default().tenants[0].data);

describe('referralapi state schema', () => {
  it('accepts the empty state and every fixture scenario (schema and state check), seeded exactly as the plain merge did', () => {
    expect(errorsOf(emptyState())).toBeNull();
    for (const build of Object.values(referralapiFixtures.scenarios)) {
      for (const tenant of build().tenants) {
        const state = seeded(tenant.data);
        expect(errorsOf(state)).toBeNull();
        expect(referralapi.checkState!(state)).toBeUndefined();
        const merged = emptyState();
        mergeInto(merged as unknown as Record<string, unknown>, tenant.data as Record<string, unknown>);
        expect(state).toEqual(merged);
      }
    }
  });

  it.each([
    ['null counters', { counters: null }, '/counters', 'type'],
    ['a negative counter', { counters: { action: -1 } }, '/counters/action', 'minimum'],
    ['referral links that are an object', { referral_links: {} }, '/referral_links', 'type'],
    ['a link without a campaign', { referral_links: [{ referrer_id: 'a@b.com' }] }, '/referral_links/0', 'required'],
    ['a link counter in words', { referral_links: [{ campaign_id: 'c', total_clicks: 'two' }] }, '/referral_links/0/total_clicks', 'type'],
    ['a link capacity in words', { settings: { max_referral_links: 'x' } }, '/settings/max_referral_links', 'type'],
    ['a link capacity of zero', { settings: { max_referral_links: 0 } }, '/settings/max_referral_links', 'minimum'],
    ['a null link capacity', { settings: { max_referral_links: null } }, '/settings/max_referral_links', 'type'],
    ['a plan quota in words', { settings: { plan_referral_link_quota: 'ten' } }, '/settings/plan_referral_link_quota', 'type'],
    ['settings that are not a record', { settings: 5 }, '/settings', 'type'],
    ['a campaign url the API would refuse', { campaigns: [{ url: 'ftp://example.com' }] }, '/campaigns/0/url', 'pattern'],
    ['a referred user without its id', { referred_users: [{ referral_link_id: 1, campaign_id: 'c' }] }, '/referred_users/0', 'required'],
    ['an action without a type', { actions: [{ referral_link_id: 1 }] }, '/actions/0', 'required'],
    ['an unknown collection', { links: [] }, '', 'additionalProperties'],
  ])('refuses %s', (_name, data, instancePath, keyword) => {
    expect(errorsOf(seeded(data))?.[0]).toMatchObject({ instancePath, keyword });
  });

  it('changes limits field by field, and refuses switching one off', () => {
    const base = defaultState();
    const state = seeded({ settings: { max_referral_links: 3 } }, base);
    expect(errorsOf(state)).toBeNull();
    expect(state.settings).toEqual({ max_referral_links: 3, plan_referral_link_quota: null });
    expect(errorsOf(seeded({ settings: { plan_referral_link_quota: 2 } }, base))).toBeNull();
    expect(errorsOf(seeded({ settings: { plan_referral_link_quota: -1 } }, base))?.[0]).toMatchObject({ instancePath: '/settings/plan_referral_link_quota' });
  });

  it('completes partial new records as the API would create them, ids continuing past stored ones', () => {
    const state = seeded(
      {
        campaigns: [{ url: 'shop.example.com' }],
        referral_links: [{ campaign_id: DOCS_CAMPAIGN_ID }, { id: 40, campaign_id: DOCS_CAMPAIGN_ID, referral_code: 'seeded40' }, { campaign_id: DOCS_CAMPAIGN_ID }],
        referred_users: [{ referral_link_id: 1, referred_user_id: 'new@example.com' }],
        actions: [{ referral_link_id: 1, action_type: 'VISIT' }],
      },
      defaultState(),
    );
    expect(errorsOf(state)).toBeNull();
    expect(state.campaigns[1]).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), created_at: '2026-01-01_00-00-00', url: 'https://shop.example.com', name: 'Sandbox campaign', webhook_url: null });
    expect(state.referral_links.slice(2).map((l) => [l.id, l.referrer_id, l.total_clicks])).toEqual([[3, null, 0], [40, null, 0], [41, null, 0]]);
    expect(state.referral_links[2].referral_code).toMatch(/^[A-Z0-9]{8}$/);
    expect(state.referral_links[3].referral_code).toBe('SEEDED40');
    expect(state.referred_users[1]).toMatchObject({ id: 2, campaign_id: DOCS_CAMPAIGN_ID, referral_link_id: 1 });
    expect(state.actions[0]).toMatchObject({ id: 1, metadata: {}, referred_user_pk: null });
  });

  it('merges into existing records by id', () => {
    const state = seeded({ referral_links: [{ id: 1, total_clicks: 9 }] }, defaultState());
    expect(errorsOf(state)).toBeNull();
    expect(state.referral_links[0]).toMatchObject({ id: 1, referral_code: DOCS_REFERRAL_CODE, total_clicks: 9, total_referrals: 1 });
  });
});
