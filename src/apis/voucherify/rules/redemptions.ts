// The referral conversion rules: when a referral code may be redeemed (or validated), what its discount comes to,
// and when the redeeming customer counts as referred. Pure: the handlers draw ids and write.
import { allBy, countBy, getByKey } from '../../../engine/store/collection.js';
import { redemptionSpec, referralKey, referralSpec, rollbackSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { Campaign, Customer, Discount, Redemption, Voucher, VoucherifyState } from '../store.js';
import { findCampaign } from './lookup.js';

/** An order as a redemption or validation request sends it (the fields the sandbox reads). */
export interface OrderInput {
  id?: string;
  source_id?: string;
  amount?: number;
  items?: Array<{ quantity?: number; price?: number; amount?: number; [key: string]: unknown }>;
  metadata?: Record<string, unknown>;
}

/** Has this redemption been rolled back (for a parent: the whole stacked request)? */
export function isRolledBack(state: VoucherifyState, redemptionId: string): boolean {
  return countBy(state.rollbacks, rollbackSpec, 'redemption', redemptionId) > 0;
}

/**
 * Successful redemptions of a code (the children and legacy redemptions that name it), less those rolled back (or
 * whose stacked request was). The code's redemptions are counted by index; those rolled back are found from
 * whichever is smaller, the code's redemptions or the project's rollbacks.
 */
export function redeemedQuantity(state: VoucherifyState, voucherId: string): number {
  const redeemed = allBy(state.redemptions, redemptionSpec, 'redeemed', voucherId);
  if (state.rollbacks.length === 0) return redeemed.length;
  const rolledBack = (r: Redemption) => isRolledBack(state, r.id) || (r.parent_id !== null && isRolledBack(state, r.parent_id));
  if (redeemed.length <= state.rollbacks.length) return redeemed.reduce((n, r) => (rolledBack(r) ? n : n + 1), 0);
  // Each rollback names a single redemption of some code, or (seeded) the parent of a stacked request.
  const gone = new Set<Redemption>();
  for (const rollback of state.rollbacks) {
    const target = getByKey(state.redemptions, redemptionSpec, rollback.redemption_id);
    if (target && target.kind === 'voucher' && target.voucher_id === voucherId) gone.add(target);
    for (const child of allBy(state.redemptions, redemptionSpec, 'parent', rollback.redemption_id)) if (child.kind === 'voucher' && child.voucher_id === voucherId) gone.add(child);
  }
  return redeemed.length - gone.size;
}

/**
 * Why POST /v1/redemptions/{id}/rollback refuses this redemption, or undefined: a stacked request's parent (400
 * invalid_redemption) or one of its children (400 invalid_redemption_parent) is not a single redemption; one already
 * rolled back is 400 already_rolled_back (`failureId`: the failed rollback's rrf_ id).
 */
export function rollbackProblem(state: VoucherifyState, redemption: Redemption, failureId: () => string): VoucherifyError | undefined {
  if (redemption.kind === 'parent') return VoucherifyError.invalidRedemption();
  if (redemption.parent_id !== null) return VoucherifyError.invalidRedemptionParent();
  if (isRolledBack(state, redemption.id)) return VoucherifyError.alreadyRolledBack(failureId());
  return undefined;
}

/**
 * Why a code cannot be redeemed now by this customer, or undefined when it can. In order: enabled (the code and
 * its campaign: 400 voucher_disabled), published (a referral
 * code is unusable before it has a REFERRER), start and expiration dates, the redemption quantity (counting
 * `pending` codes of the same request), an identified customer, and the customer not being the code's REFERRER.
 * `failureId` names the failed redemption in the error (Voucherify's `rf_` id).
 */
export function redemptionProblem(
  state: VoucherifyState,
  voucher: Voucher,
  customer: Pick<Customer, 'id'> | undefined,
  hasCustomer: boolean,
  now: Date,
  failureId: () => string,
  pending = 0,
): VoucherifyError | undefined {
  const campaign = findCampaign(state, voucher.campaign_id);
  if (campaign.active === false || voucher.active === false) return VoucherifyError.voucherDisabled(voucher.code, failureId(), voucher.active !== false);
  if (voucher.holder_id === null) return VoucherifyError.redeemNotPublished(voucher.code, failureId());
  if (campaign.start_date !== null && Date.parse(campaign.start_date) > now.getTime()) return VoucherifyError.voucherNotActive(voucher.code, failureId());
  if (campaign.expiration_date !== null && Date.parse(campaign.expiration_date) < now.getTime()) return VoucherifyError.voucherExpired(voucher.code, failureId());
  const quantity = campaign.voucher.redemption.quantity;
  if (quantity !== null && redeemedQuantity(state, voucher.id) + pending >= quantity) return VoucherifyError.quantityExceeded(voucher.code, failureId());
  if (!hasCustomer) return VoucherifyError.missingCustomer();
  if (customer && customer.id === voucher.holder_id) return VoucherifyError.referrerNotPermitted(voucher.code, failureId());
  return undefined;
}

/** The order amount: `amount` when sent, else the items' amounts (or price x quantity); null without either. */
export function orderAmount(order: OrderInput | undefined): number | null {
  if (!order) return null;
  if (typeof order.amount === 'number') return order.amount;
  if (!order.items || order.items.length === 0) return null;
  return order.items.reduce((sum, item) => sum + (typeof item.amount === 'number' ? item.amount : (item.price ?? 0) * (item.quantity ?? 1)), 0);
}

/**
 * The order-level discount of a code on an amount (smallest currency unit, rounded to an integer). PERCENT takes
 * the share, capped by `amount_limit`; AMOUNT takes `amount_off`; FIXED brings the total down to `fixed_amount`;
 * UNIT discounts items, which the sandbox does not price, so it is 0. Never more than the amount; 0 without one.
 */
export function discountAmount(discount: Discount, amount: number | null): number {
  if (amount === null || amount <= 0) return 0;
  let off = 0;
  switch (discount.type) {
    case 'PERCENT':
      off = Math.round((amount * (discount.percent_off ?? 0)) / 100);
      if (discount.amount_limit !== undefined) off = Math.min(off, discount.amount_limit);
      break;
    case 'AMOUNT':
      off = discount.amount_off ?? 0;
      break;
    case 'FIXED':
      off = amount - (discount.fixed_amount ?? amount);
      break;
    case 'UNIT':
      off = 0;
      break;
  }
  return Math.max(0, Math.min(amount, Math.round(off)));
}

/** The discounts of several codes on one order, applied one after another on what is left to pay. */
export function stackedDiscounts(discounts: Discount[], amount: number | null): number[] {
  let left = amount;
  return discounts.map((d) => {
    const off = discountAmount(d, left);
    if (left !== null) left -= off;
    return off;
  });
}

/** Does redeeming a code of this campaign count the redeemer as referred (conversion_event_type `redemption`)? */
export function convertsOnRedemption(campaign: Campaign): boolean {
  return (campaign.referral_program.conversion_event_type ?? 'redemption') === 'redemption';
}

/** Does a custom event named `event` convert for this campaign? Its custom_event's name (or id) must match when set. */
export function convertsOnEvent(campaign: Campaign, event: string): boolean {
  if (campaign.referral_program.conversion_event_type !== 'custom_event') return false;
  const custom = campaign.referral_program.custom_event;
  if (!custom || typeof custom !== 'object') return true;
  const { name, id } = custom as { name?: unknown; id?: unknown };
  if (name === undefined && id === undefined) return true;
  return name === event || id === event;
}

/** A customer is referred once per campaign: later conversions in that campaign add no referral. */
export function alreadyReferred(state: VoucherifyState, customerId: string, campaignId: string): boolean {
  return getByKey(state.referrals, referralSpec, referralKey(customerId, campaignId)) !== undefined;
}

/** The children of a stacked redemption, in the order they were made. */
export function childrenOf(state: VoucherifyState, parent: Redemption): Redemption[] {
  return [...allBy(state.redemptions, redemptionSpec, 'parent', parent.id)];
}
