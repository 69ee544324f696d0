import { danglingRef, duplicateKey, firstProblem, keysOf, type StateProblem } from '../../shared-check.js';
import type { VoucherifyState } from '../store.js';

// What the state schema cannot say about a seeded Voucherify state: ids are unique per kind; campaign names (409 on
// create, publications name campaigns by name), voucher codes, customer source_ids and publication source_ids are
// unique; a customer holds a code once (409 holder_assignement_duplication); and every reference a handler or
// presenter follows names a stored record: a voucher's campaign, a holder's voucher, customer and campaign, a
// publication's voucher and campaign. A publication's customer and a voucher's holder_id are not checked: deleting a
// customer keeps both (as Voucherify keeps its publication history), and the presenters cope with a missing customer.

export function checkVoucherifyState(state: VoucherifyState): StateProblem | undefined {
  const { campaigns, vouchers, customers, holders, publications, redemptions, referrals, rollbacks, oauth_tokens } = state;
  const campaignIds = keysOf(campaigns, (c) => c.id);
  const voucherIds = keysOf(vouchers, (v) => v.id);
  const customerIds = keysOf(customers, (c) => c.id);
  const redemptionIds = keysOf(redemptions, (r) => r.id);
  const isCampaign = (id: string | number) => campaignIds.has(id);
  const isVoucher = (id: string | number) => voucherIds.has(id);
  const isCustomer = (id: string | number) => customerIds.has(id);
  return firstProblem(
    () => duplicateKey(campaigns, 'campaigns', 'id', (c) => c.id),
    () => duplicateKey(campaigns, 'campaigns', 'name', (c) => c.name),
    () => duplicateKey(vouchers, 'vouchers', 'id', (v) => v.id),
    () => duplicateKey(vouchers, 'vouchers', 'code', (v) => v.code),
    () => duplicateKey(customers, 'customers', 'id', (c) => c.id),
    () => duplicateKey(customers, 'customers', 'source_id', (c) => c.source_id),
    () => duplicateKey(holders, 'holders', 'id', (h) => h.id),
    () => duplicateKey(publications, 'publications', 'id', (p) => p.id),
    () => duplicateKey(publications, 'publications', 'source_id', (p) => p.source_id),
    () => danglingRef(vouchers, 'vouchers', 'campaign_id', (v) => v.campaign_id, isCampaign, 'campaign'),
    () => danglingRef(holders, 'holders', 'redeemable_id', (h) => h.redeemable_id, isVoucher, 'voucher'),
    () => danglingRef(holders, 'holders', 'customer_id', (h) => h.customer_id, isCustomer, 'customer'),
    () => danglingRef(holders, 'holders', 'campaign_id', (h) => h.campaign_id, isCampaign, 'campaign'),
    () => duplicateKey(holders, 'holders', 'customer_id', (h) => `${h.redeemable_id}\u0000${h.customer_id}`, 'a customer holds a code once'),
    () => danglingRef(publications, 'publications', 'voucher_id', (p) => p.voucher_id, isVoucher, 'voucher'),
    () => danglingRef(publications, 'publications', 'campaign_id', (p) => p.campaign_id, isCampaign, 'campaign'),
    () => duplicateKey(redemptions, 'redemptions', 'id', (r) => r.id),
    () => danglingRef(redemptions.filter((r) => r.voucher_id !== null), 'redemptions', 'voucher_id', (r) => r.voucher_id ?? '', isVoucher, 'voucher'),
    () => danglingRef(referrals, 'referrals', 'campaign_id', (r) => r.campaign_id, isCampaign, 'campaign'),
    () => duplicateKey(rollbacks, 'rollbacks', 'id', (r) => r.id),
    () => duplicateKey(oauth_tokens, 'oauth_tokens', 'access_token', (t) => t.access_token),
    () => danglingRef(rollbacks, 'rollbacks', 'redemption_id', (r) => r.redemption_id, (rid) => redemptionIds.has(rid), 'redemption'),
    () => duplicateKey(rollbacks, 'rollbacks', 'redemption_id', (r) => r.redemption_id, 'a redemption is rolled back once'),
    () => duplicateKey(referrals, 'referrals', 'customer_id', (r) => `${r.campaign_id}\u0000${r.customer_id}`, 'a customer is referred once per campaign'),
  );
}
