// The index-based rules on a hydrated collection (as the store holds the state), next to the plain-array scans the
// other rule tests use: lookups, uniqueness and referral counts must follow updates and deletes, paging must answer
// what filter + slice answered, and the linear subscriber seed must merge exactly as the generic (quadratic) one.
import { describe, expect, it } from 'vitest';
import { createSubscriberFactory } from '../../../fixtures/partnero/factories.js';
import { createIdSource } from '../../engine/ids.js';
import { Collection, removeRecords, updateRecord } from '../../engine/store/collection.js';
import { seedCollection } from '../shared-seed.js';
import { subscriberSpec, webhookSpec } from './collections.js';
import { PartneroError } from './errors.js';
import { simplePaginate } from './rules/paginate.js';
import { programTotals, referralCount, referStatusFilter } from './rules/referrals.js';
import { assertUnique, buildSubscriber, findByIdOrEmail, findByRef, searchSubscribers } from './rules/subscribers.js';
import { findWebhook } from './rules/webhooks.js';
import { completeSubscriber, sameSubscriber, seedPartnero } from './seed.js';
import { emptyState, type PartneroState, type Subscriber } from './store.js';

const make = createSubscriberFactory(3);

describe('subscriber lookups on a collection', () => {
  const build = () => {
    const alice = make({ id: 'alice', email: 'Alice@Example.com' });
    const bob = make({ id: 'bob', email: 'bob@example.com', referred_by: alice.key });
    const carol = make({ id: 'carol', email: 'carol@example.com', referred_by: alice.key });
    return { alice, bob, carol, list: Collection.over(subscriberSpec, [alice, bob, carol]) };
  };

  it('finds by id, then by email in any case; by ref only when id and email agree', () => {
    const { alice, bob, list } = build();
    expect(findByIdOrEmail(list, 'bob')).toBe(bob);
    expect(findByIdOrEmail(list, 'ALICE@example.COM')).toBe(alice);
    expect(findByIdOrEmail(list, 'nobody')).toBeUndefined();
    expect(findByRef(list, { id: 'bob', email: 'BOB@example.com' })).toBe(bob);
    expect(findByRef(list, { id: 'bob', email: 'alice@example.com' })).toBeUndefined();
    expect(searchSubscribers(list, { email: 'alice@example.com' })).toEqual([alice]);
  });

  it('follows an email and id change made through the collection', () => {
    const { alice, bob, list } = build();
    updateRecord(list, bob, (r) => Object.assign(r, { id: 'robert', email: 'Robert@example.com' }));
    expect(findByIdOrEmail(list, 'bob')).toBeUndefined();
    expect(findByIdOrEmail(list, 'bob@example.com')).toBeUndefined();
    expect(findByIdOrEmail(list, 'robert')).toBe(bob);
    expect(findByIdOrEmail(list, 'robert@EXAMPLE.com')).toBe(bob);
    expect(findByRef(list, { email: 'robert@example.com' })).toBe(bob);
    // the old email and id are free again; the new ones are taken, except by their owner
    expect(() => assertUnique(list, { id: 'bob', email: 'BOB@example.com' })).not.toThrow();
    expect(() => assertUnique(list, { email: 'ROBERT@example.com' })).toThrow(PartneroError);
    expect(() => assertUnique(list, { id: 'robert' })).toThrow(PartneroError);
    expect(() => assertUnique(list, { id: 'robert', email: 'robert@example.com' }, 'update.', bob)).not.toThrow();
    expect(() => assertUnique(list, { email: 'alice@example.com' }, 'update.', bob)).toThrow(PartneroError);
    expect(findByIdOrEmail(list, 'alice')).toBe(alice);
  });

  it('forgets a deleted subscriber, and a new one may take its email and id', () => {
    const { alice, bob, list } = build();
    removeRecords(list, bob);
    expect(findByIdOrEmail(list, 'bob')).toBeUndefined();
    expect(findByRef(list, { email: 'bob@example.com' })).toBeUndefined();
    const again = buildSubscriber(list, { email: 'BOB@example.com', id: 'bob', referral: { id: 'alice' } }, { key: 'sub_again', share_code: 'x', portal_code: 'y/z', now: 'now' });
    list.push(again);
    expect(findByIdOrEmail(list, 'bob@example.com')).toBe(again);
    expect(again.referred_by).toBe(alice.key);
  });

  it('counts referrals from the referrer index as referees come and go, and totals as the scan does', () => {
    const { alice, bob, carol, list } = build();
    expect(referralCount(list, alice.key)).toBe(2);
    expect(referralCount(list, bob.key)).toBe(0);
    const dan = make({ referred_by: bob.key });
    list.push(dan);
    expect(referralCount(list, bob.key)).toBe(1);
    removeRecords(list, carol);
    expect(referralCount(list, alice.key)).toBe(1);
    expect(programTotals(list)).toEqual(programTotals([...list]));
    // a deleted referrer still makes its referees referred, but is no longer referring
    removeRecords(list, alice);
    expect(programTotals(list)).toEqual({ total_subscribers: 2, total_referring: 1, total_referred: 2 });
    expect(programTotals(list)).toEqual(programTotals([...list]));
  });

  it('finds webhooks by key', () => {
    const hooks = Collection.over(webhookSpec, [{ key: 'a', name: 'A', url: 'https://a.test', is_active: true, signature: 's', events: [] }]);
    expect(findWebhook(hooks, 'a')?.name).toBe('A');
    expect(findWebhook(hooks, 'b')).toBeUndefined();
  });
});

describe('simplePaginate with a filter', () => {
  const subscribers = Collection.over(
    subscriberSpec,
    Array.from({ length: 57 }, (_, i) => make({ referred_by: i % 3 === 0 ? 'sub_x' : null })),
  );

  it.each(['referred', 'non_referred'] as const)('pages %s subscribers as filter + slice did', (status) => {
    const only = referStatusFilter(status)!;
    const filtered = subscribers.filter(only);
    for (const page of [1, 2, 3, 4, 5, 9]) {
      const expected = simplePaginate(filtered, page, 10, 'http://x/v1/subscribers', { refer_status: status });
      expect(simplePaginate(subscribers, page, 10, 'http://x/v1/subscribers', { refer_status: status }, only)).toEqual(expected);
    }
  });

  it('pages without a filter as a slice, in insertion order', () => {
    const page = simplePaginate(subscribers, 6, 10, 'http://x/v1/subscribers');
    expect(page.data).toEqual(subscribers.slice(50, 60));
    expect(page.links.next).toBeNull();
    expect(page.data).not.toBeInstanceOf(Collection);
  });
});

describe('seeding subscribers', () => {
  // What seedPartnero did before the merge was indexed: the generic seed with sameSubscriber.
  const reference = (state: PartneroState, subscribers: unknown) => {
    const ids = createIdSource(11);
    seedCollection(state, 'subscribers', subscribers, { matches: sameSubscriber, complete: (item) => completeSubscriber(item, ids) });
  };
  const indexed = (state: PartneroState, subscribers: unknown) => seedPartnero(state, { subscribers }, createIdSource(11));

  const base = (): PartneroState => {
    const state = emptyState();
    const fixed = createSubscriberFactory(5); // the same three every time
    state.subscribers.push(
      fixed({ key: 'k1', id: 'one', email: 'one@example.com' }),
      fixed({ key: 'k2', id: 'two', email: 'Two@example.com' }),
      // duplicates a seed may bring in (the state check refuses them later): the first in list order is merged
      fixed({ key: 'k3', id: 'two', email: 'three@example.com' }),
    );
    return state;
  };

  it.each<[string, unknown]>([
    ['by key, id and email (any case)', [{ key: 'k1', name: 'K' }, { id: 'two', name: 'I' }, { email: 'THREE@example.com', name: 'E' }]],
    ['new records, then items naming them', [{ email: 'new@example.com' }, { email: 'NEW@example.com', name: 'Again' }, { id: 'new@example.com', tos: false }]],
    ['a merge that changes the email, id and key, then items naming the old and new values', [
      { key: 'k1', email: 'renamed@example.com', id: 'uno' },
      { email: 'one@example.com', name: 'old email: a new record' },
      { email: 'RENAMED@example.com', name: 'new email' },
      { id: 'uno', name: 'new id' },
      { id: 'two', key: 'k9' },
      { key: 'k9', name: 'new key' },
      { key: 'k2', name: 'old key: a new record' },
    ]],
    ['items that are not records, and fields of the wrong type', ['x', 42, null, { email: 7 }, { id: 5, email: 'five@example.com' }, { key: 3, email: 'one@example.com' }]],
    ['no array', 'not a list'],
  ])('%s: the same state as the generic seed', (_name, items) => {
    const expected = base();
    reference(expected, items);
    const actual = base();
    indexed(actual, items);
    expect(actual).toEqual(expected);
  });

  it('merges 50,000 subscribers into 50,000 in linear time', () => {
    const state = emptyState();
    const n = 50_000;
    const template = make();
    state.subscribers = Array.from({ length: n }, (_, i): Subscriber => ({ ...template, key: `k${i}`, id: `id${i}`, email: `s${i}@example.com` }));
    const items = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? { key: `k${i}`, name: `N${i}` } : { email: `S${i}@EXAMPLE.com`, name: `N${i}` }));
    const started = performance.now();
    seedPartnero(state, { subscribers: items }, createIdSource(1));
    expect(performance.now() - started).toBeLessThan(15_000); // about 1 s here; the generic merge takes minutes
    expect(state.subscribers).toHaveLength(n);
    expect(state.subscribers[n - 1].name).toBe(`N${n - 1}`);
  });
});
