// The arrays of a Voucherify project the store holds as indexed collections (src/engine/store/collection.ts), with
// the lookups the rules make: by id (the key), a code by its code, a customer by source_id, a campaign by name, the
// holders of a code or of a customer, the redemptions of a code or of a customer, the rollback of a redemption, the
// referrals of a customer or in a campaign, and so on. Rules read these through getByKey / findBy / allBy /
// countBy, which also work on the plain arrays their unit tests build.
//
// Every change to a stored record goes through its collection: push, updateRecord (below: replaceFields for a
// record rebuilt whole), removeRecords. Indexes whose value can change after a record is stored (a voucher's
// holder, a customer's source_id) are only used for single answers or counts, never for lists whose order matters:
// an index bucket keeps the order records entered it, which equals the collection's order only for values that never
// change. Lists in created_at order also rely on created_at never changing once a record is stored.
import { removeRecords, type CollectionSpec } from '../../engine/store/collection.js';
import type { CollectionsOf } from '../../engine/types.js';
import type { Campaign, Customer, OAuthToken, Publication, RedeemableHolder, Redemption, RedemptionRollback, Referral, Voucher, VoucherifyState } from './store.js';

/** Two values as one index value (a code and a customer, a campaign and a customer). */
export const pair = (a: string, b: string) => `${a}\u0000${b}`;

export const campaignSpec: CollectionSpec<Campaign> = {
  key: (c) => c.id,
  // Names are unique (409 on create) and never change.
  indexes: { name: (c) => c.name },
};

export const voucherSpec: CollectionSpec<Voucher> = {
  key: (v) => v.id,
  indexes: {
    code: (v) => v.code,
    campaign: (v) => v.campaign_id,
    // A campaign's codes not yet published, in creation order (a code leaves once published and never comes back).
    unpublished: (v) => (v.holder_id === null ? v.campaign_id : undefined),
  },
};

export const customerSpec: CollectionSpec<Customer> = {
  key: (c) => c.id,
  // One customer per source_id (the rules keep it so); null is not indexed.
  indexes: { source_id: (c) => c.source_id },
};

export const holderSpec: CollectionSpec<RedeemableHolder> = {
  key: (h) => h.id,
  // Holder rows are never changed, only added and removed, so these buckets are in collection order.
  indexes: {
    redeemable: (h) => h.redeemable_id,
    customer: (h) => h.customer_id,
    /** A customer holds a code once. */
    holding: (h) => pair(h.redeemable_id, h.customer_id),
  },
};

export const publicationSpec: CollectionSpec<Publication> = {
  key: (p) => p.id,
  // Publications are never changed.
  indexes: {
    source_id: (p) => p.source_id,
    voucher: (p) => p.voucher_id,
    customer: (p) => p.customer_id,
    campaign: (p) => p.campaign_id,
    customer_campaign: (p) => pair(p.customer_id, p.campaign_id),
  },
};

export const redemptionSpec: CollectionSpec<Redemption> = {
  key: (r) => r.id,
  // Redemptions are never changed.
  indexes: {
    /** Every redemption naming the code (what deleting the code removes). */
    voucher: (r) => r.voucher_id,
    /** The redemptions that count towards a code's redeemed quantity, before rollbacks. */
    redeemed: (r) => (r.kind === 'voucher' ? r.voucher_id : undefined),
    customer: (r) => r.customer_id,
    /** A customer's code redemptions (their summary counts them). */
    customer_redeemed: (r) => (r.kind === 'voucher' ? r.customer_id : undefined),
    parent: (r) => r.parent_id,
    campaign: (r) => r.campaign_id,
  },
};

/** A customer is referred once per campaign, so campaign and customer name a referral. */
export const referralKey = (customerId: string, campaignId: string) => pair(campaignId, customerId);

export const referralSpec: CollectionSpec<Referral> = {
  key: (r) => referralKey(r.customer_id, r.campaign_id),
  indexes: { customer: (r) => r.customer_id, referrer: (r) => r.referrer_id, campaign: (r) => r.campaign_id },
};

export const rollbackSpec: CollectionSpec<RedemptionRollback> = {
  key: (r) => r.id,
  // A redemption is rolled back once.
  indexes: { redemption: (r) => r.redemption_id },
};

export const oauthTokenSpec: CollectionSpec<OAuthToken> = {
  key: (t) => t.access_token,
  // The tokens that can expire (a seeded token may never): what generating a token sweeps.
  indexes: { expiring: (t) => (t.expires_at === null ? undefined : true) },
};

export const voucherifyCollections: CollectionsOf<VoucherifyState> = {
  campaigns: campaignSpec,
  vouchers: voucherSpec,
  customers: customerSpec,
  holders: holderSpec,
  publications: publicationSpec,
  redemptions: redemptionSpec,
  referrals: referralSpec,
  rollbacks: rollbackSpec,
  oauth_tokens: oauthTokenSpec,
};

/**
 * Make a stored record equal to `next` (a rebuilt copy of it: an update, a merge), field for field and in `next`'s
 * key order, as assigning `next` in its place did. Call inside updateRecord so the change is logged.
 */
export function replaceFields<T extends object>(record: T, next: T): void {
  if (record === next) return;
  for (const field of Object.keys(record)) delete (record as Record<string, unknown>)[field];
  Object.assign(record, next);
}

/** Remove records in one pass per collection (in slices, so a very long list never overflows the argument stack). */
export function removeAll<T extends object>(list: T[], records: readonly T[]): void {
  const SLICE = 50_000;
  for (let at = 0; at < records.length; at += SLICE) removeRecords(list, ...records.slice(at, at + SLICE));
}
