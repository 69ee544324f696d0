import { duplicateKey, firstProblem, type StateProblem } from '../../shared-check.js';
import type { PartneroState } from '../store.js';

// What the state schema cannot say about a seeded Partnero state. Subscribers are looked up by key (referrals),
// id and email (case-insensitively, as assertUnique and the lookups compare), so each must name one subscriber.
// `referred_by` is not checked: it is kept when the referrer is deleted and only ever counted, never dereferenced.
// Webhooks are looked up by key (URLs, deliveries), so keys are unique.

export function checkPartneroState(state: PartneroState): StateProblem | undefined {
  const { subscribers, webhooks } = state;
  return firstProblem(
    () => duplicateKey(subscribers, 'subscribers', 'key', (s) => s.key),
    () => duplicateKey(subscribers, 'subscribers', 'id', (s) => s.id),
    () => duplicateKey(subscribers, 'subscribers', 'email', (s) => s.email.toLowerCase(), 'emails compare case-insensitively'),
    () => duplicateKey(webhooks, 'webhooks', 'key', (w) => w.key),
  );
}
