// Campaign and voucher management: updates, enable/disable and deletions. Pure: the handlers look records up, draw
// ids and answer.
import { allBy, getByKey } from '../../../engine/store/collection.js';
import { holderSpec, publicationSpec, redemptionSpec, referralSpec, removeAll, rollbackSpec, voucherSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Publication, RedeemableHolder, Redemption, RedemptionRollback, Voucher, VoucherifyState } from '../store.js';

export type CampaignUpdate = components['schemas']['CampaignUpdate'];
export type VoucherUpdate = components['schemas']['VoucherUpdate'];

/**
 * The campaign after PUT /v1/campaigns/{id}: sent fields replace stored ones (null clears a date, description or
 * category), `discount` becomes the codes' discount, `referral_program` is replaced, metadata merges and
 * `unset_metadata_fields` removes keys. start_date after expiration_date is 400 invalid_payload.
 */
export function updatedCampaign(campaign: Campaign, input: CampaignUpdate, now: string): Campaign {
  const next: Campaign = structuredClone(campaign);
  if (input.description !== undefined) next.description = input.description;
  if (input.category !== undefined) next.category = input.category;
  if (input.start_date !== undefined) next.start_date = input.start_date;
  if (input.expiration_date !== undefined) next.expiration_date = input.expiration_date;
  if (input.join_once !== undefined) next.join_once = input.join_once;
  if (input.auto_join !== undefined) next.auto_join = input.auto_join;
  if (input.type !== undefined) next.type = input.type;
  if (input.discount !== undefined) next.voucher.discount = input.discount;
  if (input.referral_program !== undefined) next.referral_program = { ...input.referral_program };
  if (input.metadata !== undefined) next.metadata = { ...next.metadata, ...input.metadata };
  for (const key of input.unset_metadata_fields ?? []) delete next.metadata[key];
  if (next.start_date !== null && next.expiration_date !== null && Date.parse(next.start_date) > Date.parse(next.expiration_date)) throw VoucherifyError.invalidDateRange();
  next.updated_at = now;
  return next;
}

/** The voucher after PUT /v1/vouchers/{code}: `active` and merged `metadata`; what a referral code takes from its campaign is refused. */
export function updatedVoucher(voucher: Voucher, input: VoucherUpdate, now: string): Voucher {
  for (const field of ['discount', 'start_date', 'expiration_date', 'category'] as const) if (input[field] !== undefined) throw VoucherifyError.notOnReferralCode(field);
  const next: Voucher = structuredClone(voucher);
  if (input.active !== undefined) next.active = input.active;
  if (input.metadata !== undefined) next.metadata = { ...next.metadata, ...input.metadata };
  next.updated_at = now;
  return next;
}

/**
 * Remove codes from the state with everything that names them: holder rows, publications, redemptions (and the
 * parents of stacked requests left with no child) and the rollbacks of removed redemptions. Everything is found
 * through the indexes (the codes' holders, publications and redemptions, the removed redemptions' siblings and
 * rollbacks); each collection then drops its share in one pass.
 */
export function removeVouchers(state: VoucherifyState, voucherIds: Set<string>): void {
  const vouchers: Voucher[] = [];
  const holders: RedeemableHolder[] = [];
  const publications: Publication[] = [];
  const redemptions = new Set<Redemption>();
  for (const id of voucherIds) {
    const voucher = getByKey(state.vouchers, voucherSpec, id);
    if (voucher) vouchers.push(voucher);
    for (const h of allBy(state.holders, holderSpec, 'redeemable', id)) holders.push(h);
    for (const p of allBy(state.publications, publicationSpec, 'voucher', id)) publications.push(p);
    for (const r of allBy(state.redemptions, redemptionSpec, 'voucher', id)) redemptions.add(r);
  }
  // A stacked request's parent goes with its last child.
  const ofCodes = new Set(redemptions);
  const parents = new Set<string>();
  for (const r of ofCodes) if (r.parent_id !== null) parents.add(r.parent_id);
  for (const parentId of parents) {
    if (allBy(state.redemptions, redemptionSpec, 'parent', parentId).some((child) => !ofCodes.has(child))) continue;
    const parent = getByKey(state.redemptions, redemptionSpec, parentId);
    if (parent && parent.kind === 'parent') redemptions.add(parent);
  }
  // Rollbacks name stored redemptions only (checkState, and this cascade), so those of the removed ones are all that go.
  const rollbacks: RedemptionRollback[] = [];
  for (const r of redemptions) for (const rollback of allBy(state.rollbacks, rollbackSpec, 'redemption', r.id)) rollbacks.push(rollback);
  removeAll(state.vouchers, vouchers);
  removeAll(state.holders, holders);
  removeAll(state.publications, publications);
  removeAll(state.redemptions, [...redemptions]);
  removeAll(state.rollbacks, rollbacks);
}

/** Remove a campaign, its codes (see removeVouchers) and the referrals counted in it. */
export function removeCampaign(state: VoucherifyState, campaign: Campaign): void {
  removeVouchers(state, new Set(allBy(state.vouchers, voucherSpec, 'campaign', campaign.id).map((v) => v.id)));
  removeAll(state.referrals, [...allBy(state.referrals, referralSpec, 'campaign', campaign.id)]);
  removeAll(state.campaigns, [campaign]);
}
