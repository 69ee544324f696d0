import type { IdSource } from '../../../engine/types.js';

// Voucherify ids: camp_ / cust_ / pub_ + 24 alphanumerics, v_ + 32, rh_ + 18 hex.
export const newCampaignId = (ids: IdSource) => `camp_${ids.alnum(24)}`;
export const newCustomerId = (ids: IdSource) => `cust_${ids.alnum(24)}`;
export const newPublicationId = (ids: IdSource) => `pub_${ids.alnum(24)}`;
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
