// Campaign and voucher management: updates, enable/disable and deletions. Pure: the handlers look records up, draw
// ids and answer.
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Voucher, VoucherifyState } from '../store.js';

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
 * parents of stacked requests left with no child) and the rollbacks of removed redemptions.
 */
export function removeVouchers(state: VoucherifyState, voucherIds: Set<string>): void {
  state.vouchers = state.vouchers.filter((v) => !voucherIds.has(v.id));
  state.holders = state.holders.filter((h) => !voucherIds.has(h.redeemable_id));
  state.publications = state.publications.filter((p) => !voucherIds.has(p.voucher_id));
  const kept = state.redemptions.filter((r) => r.voucher_id === null || !voucherIds.has(r.voucher_id));
  const parentsInUse = new Set(kept.map((r) => r.parent_id).filter((id): id is string => id !== null));
  const removedParents = new Set(state.redemptions.filter((r) => r.voucher_id !== null && voucherIds.has(r.voucher_id) && r.parent_id !== null).map((r) => r.parent_id!));
  state.redemptions = kept.filter((r) => r.kind !== 'parent' || !removedParents.has(r.id) || parentsInUse.has(r.id));
  const redemptionIds = new Set(state.redemptions.map((r) => r.id));
  state.rollbacks = state.rollbacks.filter((r) => redemptionIds.has(r.redemption_id));
}

/** Remove a campaign, its codes (see removeVouchers) and the referrals counted in it. */
export function removeCampaign(state: VoucherifyState, campaign: Campaign): void {
  removeVouchers(state, new Set(state.vouchers.filter((v) => v.campaign_id === campaign.id).map((v) => v.id)));
  state.referrals = state.referrals.filter((r) => r.campaign_id !== campaign.id);
  state.campaigns = state.campaigns.filter((c) => c.id !== campaign.id);
}
