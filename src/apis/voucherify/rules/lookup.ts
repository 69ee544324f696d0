import { VoucherifyError } from '../errors.js';
import type { Campaign, Customer, Voucher, VoucherifyState } from '../store.js';

/** A campaign by its camp_ id (or, for publications, its name). */
export function findCampaign(state: VoucherifyState, idOrName: string, byName = false): Campaign {
  const campaign = state.campaigns.find((c) => c.id === idOrName || (byName && c.name === idOrName));
  if (!campaign) throw VoucherifyError.notFound('campaign', idOrName);
  return campaign;
}

/**
 * A referral code by its code or v_ id. With a campaign id the campaign is checked first (404 campaign),
 * and a code of another campaign is 404 voucher, as if it did not exist.
 */
export function findMember(state: VoucherifyState, memberId: string, campaignId?: string): Voucher {
  const campaign = campaignId === undefined ? undefined : findCampaign(state, campaignId);
  const voucher = state.vouchers.find((v) => v.code === memberId || v.id === memberId);
  if (!voucher || (campaign && voucher.campaign_id !== campaign.id)) throw VoucherifyError.notFound('voucher', memberId);
  return voucher;
}

export function findVoucherByCode(state: VoucherifyState, code: string): Voucher {
  const voucher = state.vouchers.find((v) => v.code === code || v.id === code);
  if (!voucher) throw VoucherifyError.notFound('voucher', code);
  return voucher;
}

/** Customers are addressed by cust_ id or by source_id. */
export function findCustomer(state: VoucherifyState, idOrSourceId: string): Customer | undefined {
  return state.customers.find((c) => c.id === idOrSourceId) ?? state.customers.find((c) => c.source_id === idOrSourceId);
}

export function getCustomer(state: VoucherifyState, idOrSourceId: string): Customer {
  const customer = findCustomer(state, idOrSourceId);
  if (!customer) throw VoucherifyError.notFound('customer', idOrSourceId);
  return customer;
}
