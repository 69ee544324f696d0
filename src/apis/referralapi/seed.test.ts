import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../engine/ids.js';
import { Collection } from '../../engine/store/collection.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { actionsSpec, referralLinksSpec } from './collections.js';
import { referralapi } from './index.js';
import { nextId } from './rules/ids.js';
import { emptyState, type ReferralApiState } from './store.js';

const CAMPAIGN = '3a6a4dd0-1055-4c3c-a531-7036793e10ee';

const seeded = (data: unknown, base: ReferralApiState = emptyState()) => {
  const state = structuredClone(base);
  referralapi.seed!(state, data, createIdSource(7));
  return state;
};

describe('the seed and the id counters', () => {
  it('raises each counter to the highest id it stores, so the handlers read the next id off the counter', () => {
    const state = seeded({
      campaigns: [{ id: CAMPAIGN }],
      referral_links: [{ id: 7, campaign_id: CAMPAIGN }, { campaign_id: CAMPAIGN }, { id: 3, campaign_id: CAMPAIGN }],
      referred_users: [{ id: 5, referral_link_id: 7, referred_user_id: 'a@example.com' }],
      actions: [{ id: 12, referral_link_id: 7, action_type: 'VISIT' }],
    });
    expect(state.referral_links.map((l) => l.id)).toEqual([7, 8, 3]);
    expect(state.counters).toEqual({ referral_link: 8, referred_user: 5, action: 12 });
    expect(nextId(state.counters.referral_link, Collection.over(referralLinksSpec, state.referral_links), referralLinksSpec)).toBe(9);
    expect(nextId(state.counters.action, Collection.over(actionsSpec, state.actions), actionsSpec)).toBe(13);
  });

  it('keeps a counter ahead of the records, and raises one a seed set behind them', () => {
    expect(seeded({ counters: { action: 50 }, actions: [{ id: 2, referral_link_id: 1, action_type: 'VISIT' }] }).counters.action).toBe(50);
    expect(seeded({ counters: { action: 0 }, actions: [{ id: 2, referral_link_id: 1, action_type: 'VISIT' }] }).counters.action).toBe(2);
  });

  it('leaves a malformed counter for the schema to name', () => {
    const state = seeded({ counters: { action: -1 }, actions: [{ id: 2, referral_link_id: 1, action_type: 'VISIT' }] });
    expect(state.counters.action).toBe(-1);
    expect(stateSchemaErrors(referralapi.stateSchema!, state)?.[0]).toMatchObject({ instancePath: '/counters/action', keyword: 'minimum' });
  });

  it('hands out ids after records added earlier in the same seed, and unique codes', () => {
    const state = seeded({
      campaigns: [{ id: CAMPAIGN }],
      referral_links: [{ campaign_id: CAMPAIGN }, { id: 20, campaign_id: CAMPAIGN, referral_code: 'taken001' }, { campaign_id: CAMPAIGN }, { id: 1, referrer_id: 'ann' }],
    });
    expect(state.referral_links.map((l) => [l.id, l.referrer_id])).toEqual([[1, 'ann'], [20, null], [21, null]]);
    expect(new Set(state.referral_links.map((l) => l.referral_code)).size).toBe(3);
    expect(referralapi.checkState!(state)).toBeUndefined();
  });

  it('seeds tens of thousands of records in linear time', () => {
    const links = Array.from({ length: 20_000 }, (_, i) => ({ campaign_id: CAMPAIGN, referrer_id: `r${i % 100}` }));
    const users = Array.from({ length: 20_000 }, (_, i) => ({ referral_link_id: i + 1, referred_user_id: `u${i}` }));
    const actions = Array.from({ length: 20_000 }, (_, i) => ({ referral_link_id: i + 1, action_type: 'VISIT' }));
    const started = performance.now();
    const state = seeded({ campaigns: [{ id: CAMPAIGN }], referral_links: links, referred_users: users, actions });
    const again = seeded({ referral_links: [{ id: 20_000, total_clicks: 4 }] }, state);
    expect(performance.now() - started).toBeLessThan(15_000); // ~1.5 s here; linear, where a set of every code and a scan for the highest id per new record were quadratic
    expect(state.counters).toEqual({ referral_link: 20_000, referred_user: 20_000, action: 20_000 });
    expect(state.referred_users[19_999]).toMatchObject({ id: 20_000, campaign_id: CAMPAIGN, referral_link_id: 20_000 });
    expect(again.referral_links[19_999]).toMatchObject({ id: 20_000, total_clicks: 4 });
    expect(referralapi.checkState!(state)).toBeUndefined();
  });
});
