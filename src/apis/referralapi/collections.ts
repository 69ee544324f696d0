import type { CollectionSpec } from '../../engine/store/collection.js';
import type { CollectionsOf } from '../../engine/types.js';
import type { Action, Campaign, ReferralApiState, ReferralLink, ReferredUser } from './store.js';

// How the store indexes a ReferralAPI organisation's arrays (src/engine/store/collection.ts): every request finds
// its records by key or by one of these indexes, and changes them through the collection (push, updateRecord) so
// the change reaches the store's log. Rules pass these specs to the helpers (getByKey, findBy, allBy), which also
// work on the plain arrays of unit tests.

/** Two values as one index key. A NUL inside a value could make two pairs share a key: lookups re-check both fields. */
const pair = (a: string, b: string) => `${a}\u0000${b}`;

/** Campaigns by their uuid; nothing else looks them up. */
export const campaignsSpec: CollectionSpec<Campaign> = { key: (c) => c.id };

export const referralLinksSpec: CollectionSpec<ReferralLink> = {
  key: (l) => l.id,
  indexes: {
    /** The code as stored (always upper-case: the API and the seed store it so); unique in the organisation. */
    code: (l) => l.referral_code,
    /** A referrer's links in one campaign (GET /api/v1/referral_links); links without referrer are not indexed. */
    referrer: (l) => (typeof l.referrer_id === 'string' ? referrerKey(l.campaign_id, l.referrer_id) : undefined),
  },
};

export const referredUsersSpec: CollectionSpec<ReferredUser> = {
  key: (u) => u.id,
  indexes: {
    /** One referred user per referred_user_id in a campaign (the 409 check and the action lookup). */
    member: (u) => memberKey(u.campaign_id, u.referred_user_id),
  },
};

/** Actions are only ever appended; nothing looks one up. */
export const actionsSpec: CollectionSpec<Action> = { key: (a) => a.id };

export const referralapiCollections: CollectionsOf<ReferralApiState> = {
  campaigns: campaignsSpec,
  referral_links: referralLinksSpec,
  referred_users: referredUsersSpec,
  actions: actionsSpec,
};

export function referrerKey(campaignId: string, referrerId: string): string {
  return pair(campaignId, referrerId);
}

export function memberKey(campaignId: string, referredUserId: string): string {
  return pair(campaignId, referredUserId);
}
