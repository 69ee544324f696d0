import { Collection, countBy } from '../../../engine/store/collection.js';
import { subscriberSpec } from '../collections.js';
import type { Subscriber } from '../store.js';

/**
 * How many remaining subscribers `key` referred, computed from the records so it can never drift: O(1) from the
 * `referrer` index on a stored state (a scan on a plain array). Every presented subscriber carries it.
 */
export function referralCount(subscribers: Subscriber[], key: string): number {
  return countBy(subscribers, subscriberSpec, 'referrer', key);
}

/**
 * How many remaining subscribers each `referred_by` value names (referrers deleted since included), from the
 * `referrer` index on a stored state: O(distinct referrers), not O(subscribers).
 */
export function countReferrals(subscribers: Subscriber[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (subscribers instanceof Collection) {
    for (const [referrer, n] of (subscribers as Collection<Subscriber>).countsBy('referrer')) if (referrer) counts.set(referrer as string, n);
    return counts;
  }
  for (const s of subscribers) if (s.referred_by) counts.set(s.referred_by, (counts.get(s.referred_by) ?? 0) + 1);
  return counts;
}

export function isReferred(subscriber: Subscriber): boolean {
  return subscriber.referred_by !== null;
}

/**
 * The program's totals. `total_referred` counts subscribers with any referrer (deleted ones included),
 * `total_referring` the remaining subscribers with at least one remaining referee. On a stored state both come from
 * the `referrer` index: O(distinct referrers) per request, not O(subscribers).
 */
export function programTotals(subscribers: Subscriber[]) {
  if (subscribers instanceof Collection) {
    const list = subscribers as Collection<Subscriber>;
    let referring = 0;
    let referred = 0;
    for (const [referrer, n] of list.countsBy('referrer')) {
      referred += n; // every non-null referred_by, '' included, as isReferred counts
      if (typeof referrer === 'string' && referrer !== '' && list.get(referrer)) referring++;
    }
    return { total_subscribers: list.length, total_referring: referring, total_referred: referred };
  }
  const counts = countReferrals(subscribers);
  return {
    total_subscribers: subscribers.length,
    total_referring: subscribers.filter((s) => (counts.get(s.key) ?? 0) > 0).length,
    total_referred: subscribers.filter(isReferred).length,
  };
}

/**
 * The `refer_status` filter of GET /v1/subscribers as a predicate (undefined: no filter). No index fits a page of it in
 * collection order, so the list pages through the collection with it (see simplePaginate), scanning only up to the
 * page it answers.
 */
export function referStatusFilter(status?: 'referred' | 'non_referred'): ((s: Subscriber) => boolean) | undefined {
  if (!status) return undefined;
  const referred = status === 'referred';
  return (s) => isReferred(s) === referred;
}

export function filterByReferStatus(subscribers: Subscriber[], status?: 'referred' | 'non_referred'): Subscriber[] {
  const keep = referStatusFilter(status);
  return keep ? subscribers.filter(keep) : subscribers;
}
