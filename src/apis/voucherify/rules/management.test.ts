import { describe, expect, it } from 'vitest';
import { VoucherifyError } from '../errors.js';
import { emptyState, type Campaign, type Voucher, type VoucherifyState } from '../store.js';
import { redemptionFailedData } from './events.js';
import { removeCampaign, removeVouchers, updatedCampaign, updatedVoucher } from './management.js';
import { redemptionProblem } from './redemptions.js';

const AT = '2026-01-01T00:00:00.000Z';
const LATER = '2026-02-01T00:00:00.000Z';

function campaign(id: string, extra: Partial<Campaign> = {}): Campaign {
  return {
    id, name: id, description: null, campaign_type: 'REFERRAL_PROGRAM', type: 'AUTO_UPDATE', join_once: false, auto_join: false,
    start_date: null, expiration_date: null, category: null, referral_program: { conversion_event_type: 'redemption' },
    voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'PERCENT', percent_off: 10 }, is_referral_code: true, code_config: {}, redemption: { quantity: null } },
    metadata: { keep: 1, drop: 2 }, created_at: AT, updated_at: null, ...extra,
  };
}
const voucher = (id: string, campaignId: string, extra: Partial<Voucher> = {}): Voucher => ({ id, code: id.toUpperCase(), campaign_id: campaignId, holder_id: 'cust_ref', metadata: {}, publish_count: 1, created_at: AT, updated_at: null, ...extra });

function twoCampaigns(): VoucherifyState {
  const state = emptyState();
  state.campaigns.push(campaign('camp_a'), campaign('camp_b'));
  state.vouchers.push(voucher('v_a', 'camp_a'), voucher('v_b', 'camp_b'));
  for (const [v, c] of [['v_a', 'camp_a'], ['v_b', 'camp_b']]) {
    state.holders.push({ id: `rh_${v}`, created_at: AT, redeemable_id: v, customer_id: 'cust_ref', holder_role: 'REFERRER', campaign_id: c, metadata: {} });
    state.publications.push({ id: `pub_${v}`, created_at: AT, customer_id: 'cust_ref', voucher_id: v, campaign_id: c, source_id: null, channel: 'API', metadata: {} });
  }
  const base = { date: AT, customer_id: 'cust_f', tracking_id: null, metadata: {}, order: null, channel_id: 'app' };
  // One stacked request over both codes, one stacked request over code a only, and a rolled-back single redemption of a.
  state.redemptions.push(
    { ...base, id: 'r_p1', kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null },
    { ...base, id: 'r_c1a', kind: 'voucher', parent_id: 'r_p1', voucher_id: 'v_a', campaign_id: 'camp_a' },
    { ...base, id: 'r_c1b', kind: 'voucher', parent_id: 'r_p1', voucher_id: 'v_b', campaign_id: 'camp_b' },
    { ...base, id: 'r_p2', kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null },
    { ...base, id: 'r_c2a', kind: 'voucher', parent_id: 'r_p2', voucher_id: 'v_a', campaign_id: 'camp_a' },
    { ...base, id: 'r_s', kind: 'voucher', parent_id: null, voucher_id: 'v_a', campaign_id: 'camp_a' },
  );
  state.rollbacks.push({ id: 'rr_1', redemption_id: 'r_s', date: AT, reason: null, customer_id: 'cust_f', tracking_id: null, metadata: {}, channel_id: 'app' });
  state.referrals.push(
    { customer_id: 'cust_f', campaign_id: 'camp_a', referrer_id: 'cust_ref', related_object_id: 'r_c1a', related_object_type: 'redemption', date: AT },
    { customer_id: 'cust_f', campaign_id: 'camp_b', referrer_id: 'cust_ref', related_object_id: 'r_c1b', related_object_type: 'redemption', date: AT },
  );
  return state;
}

describe('updatedCampaign', () => {
  it('replaces sent fields, merges and unsets metadata, stamps updated_at, and leaves the input untouched', () => {
    const before = campaign('camp_a');
    const next = updatedCampaign(before, { description: 'New', discount: { type: 'AMOUNT', amount_off: 5 }, metadata: { add: 3 }, unset_metadata_fields: ['drop'], start_date: null }, LATER);
    expect(next).toMatchObject({ description: 'New', voucher: { discount: { type: 'AMOUNT', amount_off: 5 } }, metadata: { keep: 1, add: 3 }, updated_at: LATER, name: 'camp_a' });
    expect(next.metadata).not.toHaveProperty('drop');
    expect(before.metadata).toEqual({ keep: 1, drop: 2 });
  });
  it('refuses a start_date after the expiration_date, counting stored dates', () => {
    const stored = campaign('camp_a', { expiration_date: '2026-03-01T00:00:00.000Z' });
    expect(() => updatedCampaign(stored, { start_date: '2026-04-01T00:00:00.000Z' }, LATER)).toThrow(VoucherifyError);
    expect(updatedCampaign(stored, { start_date: '2026-02-01T00:00:00.000Z' }, LATER).start_date).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('updatedVoucher', () => {
  it('sets active and merges metadata', () => {
    expect(updatedVoucher(voucher('v_a', 'camp_a', { metadata: { a: 1 } }), { active: false, metadata: { b: 2 } }, LATER)).toMatchObject({ active: false, metadata: { a: 1, b: 2 }, updated_at: LATER });
  });
  it('refuses what a referral code takes from its campaign', () => {
    for (const body of [{ discount: { type: 'PERCENT' as const, percent_off: 1 } }, { start_date: AT }, { expiration_date: null }, { category: 'x' }]) {
      expect(() => updatedVoucher(voucher('v_a', 'camp_a'), body, LATER)).toThrowError(expect.objectContaining({ key: 'invalid_payload' }));
    }
  });
});

describe('removeVouchers and removeCampaign', () => {
  it('removing a code takes its holders, publications, redemptions, rollbacks and orphaned parents, not a shared parent', () => {
    const state = twoCampaigns();
    removeVouchers(state, new Set(['v_a']));
    expect(state.vouchers.map((v) => v.id)).toEqual(['v_b']);
    expect(state.holders.map((h) => h.redeemable_id)).toEqual(['v_b']);
    expect(state.publications.map((p) => p.voucher_id)).toEqual(['v_b']);
    expect(state.redemptions.map((r) => r.id)).toEqual(['r_p1', 'r_c1b']);
    expect(state.rollbacks).toEqual([]);
    expect(state.referrals).toHaveLength(2);
  });
  it('removing a campaign also removes the referrals counted in it', () => {
    const state = twoCampaigns();
    removeCampaign(state, state.campaigns[0]);
    expect(state.campaigns.map((c) => c.id)).toEqual(['camp_b']);
    expect(state.referrals.map((r) => r.campaign_id)).toEqual(['camp_b']);
  });
});

describe('disabled codes and campaigns', () => {
  const now = new Date(LATER);
  it('a disabled code or campaign is voucher_disabled before any other check', () => {
    const state = twoCampaigns();
    state.vouchers[0].active = false;
    expect(redemptionProblem(state, state.vouchers[0], { id: 'cust_ref' }, true, now, () => 'rf_1')?.key).toBe('voucher_disabled');
    state.vouchers[0].active = true;
    state.campaigns[0].active = false;
    const problem = redemptionProblem(state, state.vouchers[0], { id: 'cust_f' }, true, now, () => 'rf_1');
    expect(problem).toMatchObject({ key: 'voucher_disabled', resource: { id: 'rf_1', type: 'redemption' } });
    state.campaigns[0].active = true;
    expect(redemptionProblem(state, state.vouchers[0], { id: 'cust_f' }, true, now, () => 'rf_1')).toBeUndefined();
  });
});

describe('redemptionFailedData', () => {
  it('reports the refused code with its campaign and REFERRER, result FAILURE and the error as failure_code/message', () => {
    const state = twoCampaigns();
    state.customers.push({ id: 'cust_ref', source_id: 'ref', name: 'R', description: null, email: null, phone: null, birthday: null, birthdate: null, address: null, metadata: {}, created_at: AT, updated_at: null });
    const error = VoucherifyError.referrerNotPermitted('V_A', 'rf_000000000000000009');
    const data = redemptionFailedData(state, { id: 'rf_000000000000000009', voucher: state.vouchers[0], customer: state.customers[0], tracking_id: 'ref', metadata: {}, date: LATER, channel_id: 'app', error });
    expect(data).toMatchObject({
      customer: { id: 'cust_ref' },
      holder: { id: 'cust_ref' },
      order: null,
      voucher: { code: 'V_A' },
      campaign: { id: 'camp_a' },
      redemption: { id: 'rf_000000000000000009', result: 'FAILURE', status: 'FAILED', customer_id: 'cust_ref', failure_code: 'referrer_not_permitted_to_redeem', failure_message: 'A referrer cannot redeem their own referral code.', redemption: null },
      created_at: LATER,
    });
    const anonymous = redemptionFailedData(state, { id: 'rf_1', voucher: state.vouchers[0], customer: undefined, tracking_id: null, metadata: {}, date: LATER, channel_id: 'app', error });
    expect(anonymous.customer).toBeNull();
    expect(anonymous.redemption.customer_id).toBeNull();
  });
});
