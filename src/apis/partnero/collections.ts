// The Partnero state's arrays as the store indexes them (src/engine/store/collection.ts). Rules pass these specs to
// the collection helpers (getByKey, findBy, allBy, countBy), which answer from the indexes on a stored state and
// scan a plain array (rules' unit tests) the same way.
import type { CollectionSpec } from '../../engine/store/collection.js';
import type { CollectionsOf } from '../../engine/types.js';
import type { PartneroState, Subscriber, Webhook } from './store.js';

/**
 * Subscribers by their immutable internal `key`; by public `id` and lower-cased `email` (the API's lookups and
 * uniqueness rules: emails compare case-insensitively); by `referred_by` (a referrer's live referral count).
 */
export const subscriberSpec: CollectionSpec<Subscriber> = {
  key: (s) => s.key,
  indexes: {
    id: (s) => s.id,
    // the state schema makes it a string; a malformed stored record is left unindexed rather than failing the load
    email: (s) => (typeof s.email === 'string' ? s.email.toLowerCase() : undefined),
    referrer: (s) => s.referred_by,
  },
};

/** Webhooks by their key (URLs, deliveries, the 410 hook). */
export const webhookSpec: CollectionSpec<Webhook> = { key: (w) => w.key };

export const partneroCollections: CollectionsOf<PartneroState> = { subscribers: subscriberSpec, webhooks: webhookSpec };
