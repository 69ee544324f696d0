import type { IdSource } from '../../../engine/types.js';

// Voucherify ids: camp_ / cust_ + 24 alphanumerics, pub_ and v_ + 32, rh_ / r_ / rf_ + 18 hex, ord_ + 24.
export const newCampaignId = (ids: IdSource) => `camp_${ids.alnum(24)}`;
export const newCustomerId = (ids: IdSource) => `cust_${ids.alnum(24)}`;
export const newPublicationId = (ids: IdSource) => `pub_${ids.alnum(32)}`;
export const newRedemptionId = (ids: IdSource) => `r_${ids.hex(18)}`;
/** The id a failed redemption's error names (Voucherify's `rf_`); the sandbox stores no failed redemption. */
export const newFailedRedemptionId = (ids: IdSource) => `rf_${ids.hex(18)}`;
/** A rollback (`rr_`) and a failed rollback's error id (`rrf_`), 18 hex as in redemptions.json's examples. */
export const newRollbackId = (ids: IdSource) => `rr_${ids.hex(18)}`;
export const newFailedRollbackId = (ids: IdSource) => `rrf_${ids.hex(18)}`;
export const newOrderId = (ids: IdSource) => `ord_${ids.alnum(24)}`;
export const newReferralEventId = (ids: IdSource) => `evcus_${ids.hex(18)}`;
/** The async action a campaign deletion answers with (`aa_` + 18 hex, as delete-campaign's example). */
export const newAsyncActionId = (ids: IdSource) => `aa_${ids.hex(18)}`;
export const newValidationId = (ids: IdSource) => `valid_${ids.hex(24)}`;
export const newVoucherId = (ids: IdSource) => `v_${ids.alnum(32)}`;

/**
 * rh_ + 18 hex: 11 hex of the creation time in ms, then 7 hex of a per-project sequence. Real holder ids grow
 * with time (rh_0e6d... is older than rh_0f19...), so ordering by id is ordering by creation, and ids made in
 * one bulk add stay in request order.
 */
export function newHolderId(now: Date, sequence: number): string {
  const time = Math.max(0, now.getTime()).toString(16).padStart(11, '0').slice(-11);
  const tail = (sequence % 0x10000000).toString(16).padStart(7, '0');
  return `rh_${time}${tail}`;
}
