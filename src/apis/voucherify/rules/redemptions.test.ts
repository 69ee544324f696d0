import { describe, expect, it } from 'vitest';
import { emptyState, type Campaign, type VoucherifyState } from '../store.js';
import { alreadyReferred, convertsOnEvent, convertsOnRedemption, discountAmount, isRolledBack, orderAmount, redeemedQuantity, redemptionProblem, rollbackProblem, stackedDiscounts } from './redemptions.js';
import type { Redemption } from '../store.js';

function campaign(extra: Partial<Campaign> = {}): Campaign {
  return {
    id: 'camp_1', name: 'C', description: null, campaign_type: 'REFERRAL_PROGRAM', type: 'AUTO_UPDATE', join_once: false, auto_join: false,
    start_date: null, expiration_date: null, category: null, referral_program: { conversion_event_type: 'redemption' },
    voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'PERCENT', percent_off: 10 }, is_referral_code: true, code_config: {}, redemption: { quantity: null } },
    metadata: {}, created_at: '2026-01-01T00:00:00.000Z', updated_at: null, ...extra,
  };
}

function stateWith(c: Campaign, holder: string | null = 'cust_ref'): VoucherifyState {
  const state = emptyState();
  state.campaigns.push(c);
  state.vouchers.push({ id: 'v_1', code: 'CODE', campaign_id: c.id, holder_id: holder, metadata: {}, publish_count: holder ? 1 : 0, created_at: c.created_at, updated_at: null });
  return state;
}

const now = new Date('2026-06-01T00:00:00.000Z');
const rf = () => 'rf_000000000000000001';

describe('redemptionProblem', () => {
  it('passes a referee on a published code', () => {
    const state = stateWith(campaign());
    expect(redemptionProblem(state, state.vouchers[0], { id: 'cust_friend' }, true, now, rf)).toBeUndefined();
    expect(redemptionProblem(state, state.vouchers[0], undefined, true, now, rf)).toBeUndefined();
  });

  it('names each failure with its key, in the documented order', () => {
    const unpublished = stateWith(campaign(), null);
    expect(redemptionProblem(unpublished, unpublished.vouchers[0], { id: 'x' }, true, now, rf)?.key).toBe('not_published');
    const early = stateWith(campaign({ start_date: '2027-01-01T00:00:00.000Z' }));
    expect(redemptionProblem(early, early.vouchers[0], { id: 'x' }, true, now, rf)?.key).toBe('voucher_not_active');
    const late = stateWith(campaign({ expiration_date: '2026-02-01T00:00:00.000Z' }));
    expect(redemptionProblem(late, late.vouchers[0], { id: 'x' }, true, now, rf)?.key).toBe('voucher_expired');
    const once = stateWith(campaign({ voucher: { ...campaign().voucher, redemption: { quantity: 1 } } }));
    expect(redemptionProblem(once, once.vouchers[0], { id: 'x' }, true, now, rf, 1)?.key).toBe('quantity_exceeded');
    const state = stateWith(campaign());
    expect(redemptionProblem(state, state.vouchers[0], undefined, false, now, rf)?.key).toBe('missing_customer');
    const self = redemptionProblem(state, state.vouchers[0], { id: 'cust_ref' }, true, now, rf);
    expect(self).toMatchObject({ status: 400, key: 'referrer_not_permitted_to_redeem', details: 'CODE', resource: { id: rf(), type: 'redemption' } });
  });
});

describe('order and discounts', () => {
  it('takes the amount, else the items', () => {
    expect(orderAmount(undefined)).toBeNull();
    expect(orderAmount({ amount: 100 })).toBe(100);
    expect(orderAmount({ items: [{ quantity: 2, price: 150 }, { amount: 50 }] })).toBe(350);
    expect(orderAmount({ items: [] })).toBeNull();
  });

  it('computes each discount type, never more than the amount', () => {
    expect(discountAmount({ type: 'PERCENT', percent_off: 15 }, 1001)).toBe(150);
    expect(discountAmount({ type: 'PERCENT', percent_off: 50, amount_limit: 100 }, 1000)).toBe(100);
    expect(discountAmount({ type: 'AMOUNT', amount_off: 5000 }, 1000)).toBe(1000);
    expect(discountAmount({ type: 'FIXED', fixed_amount: 700 }, 1000)).toBe(300);
    expect(discountAmount({ type: 'UNIT', unit_off: 1 }, 1000)).toBe(0);
    expect(discountAmount({ type: 'AMOUNT', amount_off: 10 }, null)).toBe(0);
  });

  it('stacks discounts on what is left to pay', () => {
    expect(stackedDiscounts([{ type: 'PERCENT', percent_off: 50 }, { type: 'PERCENT', percent_off: 50 }], 1000)).toEqual([500, 250]);
  });
});

describe('conversion rules', () => {
  it('converts on redemption by default, on a matching custom event otherwise', () => {
    expect(convertsOnRedemption(campaign({ referral_program: {} }))).toBe(true);
    expect(convertsOnRedemption(campaign({ referral_program: { conversion_event_type: 'custom_event' } }))).toBe(false);
    const custom = campaign({ referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } } });
    expect(convertsOnEvent(custom, 'signed_up')).toBe(true);
    expect(convertsOnEvent(custom, 'other')).toBe(false);
    expect(convertsOnEvent(campaign({ referral_program: { conversion_event_type: 'custom_event' } }), 'any')).toBe(true);
    expect(convertsOnEvent(campaign(), 'signed_up')).toBe(false);
  });

  it('refers a customer once per campaign', () => {
    const state = stateWith(campaign());
    expect(alreadyReferred(state, 'cust_a', 'camp_1')).toBe(false);
    state.referrals.push({ customer_id: 'cust_a', campaign_id: 'camp_1', referrer_id: 'cust_ref', related_object_id: 'r_1', related_object_type: 'redemption', date: now.toISOString() });
    expect(alreadyReferred(state, 'cust_a', 'camp_1')).toBe(true);
    expect(alreadyReferred(state, 'cust_a', 'camp_2')).toBe(false);
  });
});

describe('rollbackProblem and redeemedQuantity', () => {
  const base = { date: now.toISOString(), customer_id: 'cust_a', tracking_id: null, metadata: {}, order: null, channel_id: 'app' };
  const single: Redemption = { ...base, id: 'r_1', kind: 'voucher', parent_id: null, voucher_id: 'v_1', campaign_id: 'camp_1' };
  const parent: Redemption = { ...base, id: 'r_p', kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null };
  const child: Redemption = { ...base, id: 'r_c', kind: 'voucher', parent_id: 'r_p', voucher_id: 'v_1', campaign_id: 'camp_1' };
  const rrf = () => 'rrf_000000000000000001';

  it('rolls back a single redemption once; parents and children are refused with their keys', () => {
    const state = stateWith(campaign());
    state.redemptions.push(single, parent, child);
    expect(rollbackProblem(state, single, rrf)).toBeUndefined();
    expect(rollbackProblem(state, parent, rrf)?.key).toBe('invalid_redemption');
    expect(rollbackProblem(state, child, rrf)?.key).toBe('invalid_redemption_parent');
    expect(redeemedQuantity(state, 'v_1')).toBe(2);
    state.rollbacks.push({ id: 'rr_1', redemption_id: 'r_1', date: now.toISOString(), reason: null, customer_id: 'cust_a', tracking_id: null, metadata: {}, channel_id: 'app' });
    expect(isRolledBack(state, 'r_1')).toBe(true);
    expect(redeemedQuantity(state, 'v_1')).toBe(1);
    expect(rollbackProblem(state, single, rrf)).toMatchObject({ status: 400, key: 'already_rolled_back', resource: { id: rrf(), type: 'redemption_rollback' } });
  });

  it('a rolled-back code can be redeemed again up to its quantity', () => {
    const state = stateWith(campaign({ voucher: { ...campaign().voucher, redemption: { quantity: 1 } } }));
    state.redemptions.push(single);
    expect(redemptionProblem(state, state.vouchers[0], { id: 'x' }, true, now, rf)?.key).toBe('quantity_exceeded');
    state.rollbacks.push({ id: 'rr_1', redemption_id: 'r_1', date: now.toISOString(), reason: 'x', customer_id: null, tracking_id: null, metadata: {}, channel_id: 'app' });
    expect(redemptionProblem(state, state.vouchers[0], { id: 'x' }, true, now, rf)).toBeUndefined();
  });
});
