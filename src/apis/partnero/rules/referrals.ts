import type { Subscriber } from '../store.js';

/** How many remaining subscribers each subscriber referred, computed from the records so it can never drift. */
export function countReferrals(subscribers: Subscriber[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of subscribers) if (s.referred_by) counts.set(s.referred_by, (counts.get(s.referred_by) ?? 0) + 1);
  return counts;
}

export function isReferred(subscriber: Subscriber): boolean {
  return subscriber.referred_by !== null;
}

export function programTotals(subscribers: Subscriber[]) {
  const counts = countReferrals(subscribers);
  return {
    total_subscribers: subscribers.length,
    total_referring: subscribers.filter((s) => (counts.get(s.key) ?? 0) > 0).length,
    total_referred: subscribers.filter(isReferred).length,
  };
}

export function filterByReferStatus(subscribers: Subscriber[], status?: 'referred' | 'non_referred'): Subscriber[] {
  if (!status) return subscribers;
  return subscribers.filter((s) => isReferred(s) === (status === 'referred'));
}
