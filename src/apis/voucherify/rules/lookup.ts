import { findBy, getByKey } from '../../../engine/store/collection.js';
import { campaignSpec, customerSpec, voucherSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { Campaign, Customer, Voucher, VoucherifyState } from '../store.js';

/**
 * Of two records a lookup found (one by id, one by another field), the one that comes first in the collection, as
 * a scan matching either would have found. Both exist and differ only when one record's name or code is another
 * record's id: that rare case costs a scan.
 */
function firstOf<T extends object>(list: readonly T[], a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  return list.indexOf(a) <= list.indexOf(b) ? a : b;
}

/** A campaign by its camp_ id (or, with `byName`, also its name), if there is one. */
export function lookUpCampaign(state: VoucherifyState, idOrName: string, byName = false): Campaign | undefined {
  const byId = getByKey(state.campaigns, campaignSpec, idOrName);
  return byName ? firstOf(state.campaigns, byId, findBy(state.campaigns, campaignSpec, 'name', idOrName)) : byId;
}

/** A campaign by its camp_ id (or, for publications, its name). */
export function findCampaign(state: VoucherifyState, idOrName: string, byName = false): Campaign {
  const campaign = lookUpCampaign(state, idOrName, byName);
  if (!campaign) throw VoucherifyError.notFound('campaign', idOrName);
  return campaign;
}

/** A referral code by its code or v_ id, if there is one. */
export function lookUpVoucher(state: VoucherifyState, codeOrId: string): Voucher | undefined {
  return firstOf(state.vouchers, findBy(state.vouchers, voucherSpec, 'code', codeOrId), getByKey(state.vouchers, voucherSpec, codeOrId));
}

/**
 * A referral code by its code or v_ id. With a campaign id the campaign is checked first (404 campaign),
 * and a code of another campaign is 404 voucher, as if it did not exist.
 */
export function findMember(state: VoucherifyState, memberId: string, campaignId?: string): Voucher {
  const campaign = campaignId === undefined ? undefined : findCampaign(state, campaignId);
  const voucher = lookUpVoucher(state, memberId);
  if (!voucher || (campaign && voucher.campaign_id !== campaign.id)) throw VoucherifyError.notFound('voucher', memberId);
  return voucher;
}

export function findVoucherByCode(state: VoucherifyState, code: string): Voucher {
  const voucher = lookUpVoucher(state, code);
  if (!voucher) throw VoucherifyError.notFound('voucher', code);
  return voucher;
}

/** A customer by cust_ id, if there is one. */
export function customerById(state: VoucherifyState, id: string): Customer | undefined {
  return getByKey(state.customers, customerSpec, id);
}

/** The customer with this source_id, if any (source_ids are unique). */
export function customerBySourceId(state: VoucherifyState, sourceId: string | null | undefined): Customer | undefined {
  return findBy(state.customers, customerSpec, 'source_id', sourceId);
}

/** Customers are addressed by cust_ id or by source_id. */
export function findCustomer(state: VoucherifyState, idOrSourceId: string): Customer | undefined {
  return customerById(state, idOrSourceId) ?? customerBySourceId(state, idOrSourceId);
}

export function getCustomer(state: VoucherifyState, idOrSourceId: string): Customer {
  const customer = findCustomer(state, idOrSourceId);
  if (!customer) throw VoucherifyError.notFound('customer', idOrSourceId);
  return customer;
}

/** A code by its v_ id, if it is stored. */
export function voucherById(state: VoucherifyState, id: string): Voucher | undefined {
  return getByKey(state.vouchers, voucherSpec, id);
}

/** A campaign by its camp_ id, if it is stored. */
export function campaignById(state: VoucherifyState, id: string): Campaign | undefined {
  return getByKey(state.campaigns, campaignSpec, id);
}
