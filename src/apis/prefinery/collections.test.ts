import { describe, expect, it } from 'vitest';
import { Collection } from '../../engine/store/collection.js';
import { betaTotals } from './beta-totals.js';
import { rewardsSpec, testerByEmail, testersSpec } from './collections.js';
import { indexOfId, inIdOrder, removeKeepingOrder } from './ordered.js';
import { presentBeta, presentTester, shareSignupsOf } from './rules/present.js';
import { testersMatching } from './rules/filter-testers.js';
import { filterRewards } from './rules/rewards.js';
import { makeBeta, makeTester, NOW } from './rules/test-records.js';
import { seedPrefinery } from './seed.js';
import { emptyState, takeNextId, type PrefineryState, type Reward, type Tester } from './store.js';
import { addTester, changeTester, removeTesters } from './writes.js';
import { createIdSource } from '../../engine/ids.js';

// The index-based rules on hydrated collections (the rule tests use plain arrays, which the helpers scan).

const ids = (list: readonly { id: number }[]) => list.map((r) => r.id);

function stateWith(testers: Tester[], rewards: Reward[] = []): PrefineryState {
  const state = emptyState();
  state.betas = Collection.over({ key: (b) => b.id }, [makeBeta(), makeBeta({ id: 2 })]);
  state.testers = Collection.over(testersSpec, testers);
  state.rewards = Collection.over(rewardsSpec, rewards);
  return state;
}

describe('testers by email within a beta', () => {
  it('follows an email change and a delete, and keeps betas apart', () => {
    const amy = makeTester({ email: 'Amy@Example.com' });
    const other = makeTester({ email: 'amy@example.com', beta_id: 2 });
    const state = stateWith([amy, other]);
    expect(testerByEmail(state.testers, 1, ' AMY@example.com ')).toBe(amy);
    expect(testerByEmail(state.testers, 2, 'amy@example.com')).toBe(other);

    changeTester(state, amy, (t) => (t.email = 'farrah@example.com'));
    expect(testerByEmail(state.testers, 1, 'amy@example.com')).toBeUndefined();
    expect(testerByEmail(state.testers, 1, 'FARRAH@example.com')).toBe(amy);

    removeTesters(state, [amy]);
    expect(testerByEmail(state.testers, 1, 'farrah@example.com')).toBeUndefined();
    expect(testerByEmail(state.testers, 2, 'amy@example.com')).toBe(other);
  });
});

describe('testersMatching', () => {
  it('answers the exact filters from the indexes and the fuzzy ones by reading the beta, as the plain filter does', () => {
    const a = makeTester({ email: 'leonard@bigbangtheory.com', profile: { first_name: 'Leonard', custom_var2: 'physicist' } });
    const b = makeTester({ email: 'penny@gmail.com', profile: { first_name: 'Penny', custom_var1: 'physicist', custom_var3: 'physicist' } });
    const c = makeTester({ email: 'PENNY@gmail.com', beta_id: 2, profile: { custom_var1: 'physicist' } });
    const collection = Collection.over(testersSpec, [b, c, a]); // not in id order
    for (const filters of [{}, { email_is: ' Penny@GMAIL.com' }, { referral_code: c.referral_code }, { referral_code: a.referral_code }, { custom_vars: 'physicist' }, { custom_vars: 'physicist', name: 'pen' }, { email_contains: 'GMAIL' }, { name: 'leo' }]) {
      expect(ids(testersMatching(collection, 1, filters))).toEqual(ids(testersMatching([a, b, c], 1, filters)));
    }
    expect(ids(testersMatching(collection, 1, { custom_vars: 'physicist' }))).toEqual(ids([a, b]));
    expect(ids(testersMatching(collection, 1, { referral_code: c.referral_code }))).toEqual([]);
    expect(ids(testersMatching(collection, 2, { email_is: 'penny@gmail.com' }))).toEqual(ids([c]));
  });
});

describe('inIdOrder', () => {
  it('answers id order even when the index bucket is not (a record re-indexed at the end by a log replay)', () => {
    const testers = [1, 2, 3, 4].map((n) => makeTester({ email: `t${n}@x.com` }));
    const collection = Collection.over(testersSpec, testers);
    collection.allBy('beta', 1); // the index exists before the replay (indexes are built on first use)
    collection.applyPut({ ...testers[0], status: 'idle' }); // as start-up replays a change: t1 goes to the end of its buckets
    expect(ids(collection.allBy('beta', 1))).toEqual(ids([testers[1], testers[2], testers[3], testers[0]]));
    expect(ids(inIdOrder(collection, testersSpec, 'beta', 1))).toEqual(ids(testers));
  });

  it('takes in new records, and records removed through removeKeepingOrder, without rebuilding', () => {
    const [a, b, c] = [1, 2, 3].map((n) => makeTester({ email: `u${n}@x.com` }));
    const collection = Collection.over(testersSpec, [a, b]);
    const before = inIdOrder(collection, testersSpec, 'beta', 1);
    collection.push(c);
    const after = inIdOrder(collection, testersSpec, 'beta', 1);
    expect(after).toBe(before); // the same copy, caught up
    expect(ids(after)).toEqual(ids([a, b, c]));
    removeKeepingOrder(collection, [b]);
    expect(inIdOrder(collection, testersSpec, 'beta', 1)).toBe(before);
    expect(ids(before)).toEqual(ids([a, c]));
    expect(indexOfId(before, c.id)).toBe(1);
    expect(indexOfId(before, b.id)).toBe(-1);
  });

  it('rebuilds a group a record left by a change (a revoked reward leaves the earned ones)', () => {
    const reward = (id: number): Reward => ({
      id, beta_id: 1, user_id: 1, descriptor: 'd', name: 'n', type: 'SingleSided', user_role: 'referrer', status: 'earned',
      earned_at: NOW, delivered_at: null, revoked_at: null, referral_id: id + 100,
    });
    const rewards = Collection.over(rewardsSpec, [reward(1), reward(2), reward(3)]);
    expect(ids(filterRewards(rewards, [], 1, { status: 'earned' }))).toEqual([1, 2, 3]);
    rewards.update(rewards[1], (r) => Object.assign(r, { status: 'revoked', revoked_at: NOW }));
    rewards.push(reward(4));
    expect(ids(filterRewards(rewards, [], 1, { status: 'earned' }))).toEqual([1, 3, 4]);
    expect(ids(filterRewards(rewards, [], 1, { status: 'revoked' }))).toEqual([2]);
    expect(ids(filterRewards(rewards, [], 1, {}))).toEqual([1, 2, 3, 4]);
  });
});

describe('kept beta totals', () => {
  it('follow adds, changes and removals made through writes.ts, as a fresh count of a plain array would', () => {
    const referrer = makeTester({ email: 'r@x.com', status: 'active' }, { share_clicks_count: 4 });
    const friend = makeTester({ email: 'f@x.com', status: 'applied', referred_by_id: referrer.id, referred_via: 'referral' }, { share_clicks_count: 1 });
    const state = stateWith([referrer, friend]);
    const beta = state.betas[0];
    const same = () => expect(presentBeta(beta, state.testers)).toEqual(presentBeta(beta, [...state.testers]));
    expect(presentBeta(beta, state.testers)).toMatchObject({ testers_count: 2, share_clicks_count: 5, share_signups_count: 1, active_testers_count: 1, applied_testers_count: 1 });

    const late = makeTester({ email: 'l@x.com', status: 'invited', referred_by_id: referrer.id, referred_via: 'referral' });
    addTester(state, late);
    same();
    expect(shareSignupsOf(referrer, state.testers)).toBe(2);
    changeTester(state, referrer, (t) => Object.assign(t, { status: 'suspended', suspended_from: 'active' }));
    same();
    expect(presentBeta(beta, state.testers)).toMatchObject({ share_clicks_count: 1, share_signups_count: 0, active_testers_count: 0 });
    changeTester(state, referrer, (t) => Object.assign(t, { status: 'active', suspended_from: null }));
    changeTester(state, friend, (t) => (t.status = 'suspended'));
    same();
    expect(presentBeta(beta, state.testers)).toMatchObject({ share_signups_count: 1, share_clicks_count: 4 });
    removeTesters(state, [late]);
    same();
    expect(betaTotals(state.testers, 1).testers).toBe(2);
    expect(presentTester(friend, beta, state.testers)).toMatchObject({ waitlist_position: 2, waitlist_length: 2 });
  });

  it('are tallied again when a tester was added behind their back', () => {
    const state = stateWith([makeTester({ email: 'a@x.com' })]);
    expect(betaTotals(state.testers, 1).testers).toBe(1);
    const previous = process.env.SANDBOX_VERIFY_LOG;
    process.env.SANDBOX_VERIFY_LOG = '0';
    try {
      state.testers.push(makeTester({ email: 'b@x.com' })); // not through addTester
      expect(betaTotals(state.testers, 1).testers).toBe(2);
    } finally {
      process.env.SANDBOX_VERIFY_LOG = previous;
    }
  });
});

describe('next ids', () => {
  it('come from the counter, which the seed raises above explicit ids', () => {
    const state = emptyState();
    seedPrefinery(state, { testers: [{ id: 40, email: 'a@x.com' }, { id: 7, email: 'b@x.com' }], last_ids: { tester: 3 } }, createIdSource(1));
    expect(state.last_ids.tester).toBe(40);
    expect(takeNextId(state, 'tester', Collection.over(testersSpec, state.testers))).toBe(41);
  });

  it('step over a stored record when a counter lags behind one out of order', () => {
    const state = emptyState();
    const testers = Collection.over(testersSpec, [makeTester({ email: 'a@x.com' }, { id: 5 }), makeTester({ email: 'b@x.com' }, { id: 2 })]);
    state.last_ids.tester = 1;
    expect(takeNextId(state, 'tester', testers)).toBe(6);
    expect(state.last_ids.tester).toBe(6);
  });

  it('leave a malformed counter for the state schema to name', () => {
    const state = emptyState();
    seedPrefinery(state, { testers: [{ id: 4, email: 'a@x.com' }], last_ids: { tester: -1 } }, createIdSource(1));
    expect(state.last_ids.tester).toBe(-1);
  });
});
