import { describe, expect, it } from 'vitest';
import { VoucherifyError } from '../errors.js';
import { emptyState, type RedeemableHolder, type Voucher, type VoucherifyState } from '../store.js';
import { buildCustomer } from './customers.js';
import { findRemovableHolder, planAddHolders } from './holders.js';
import { thrown } from '../../../engine/test-support/thrown.js';

const t0 = '2026-01-01T00:00:00.000Z';

function setup(): { state: VoucherifyState; voucher: Voucher } {
  const state = emptyState();
  const voucher: Voucher = { id: 'v_1', code: 'REF1', campaign_id: 'camp_1', holder_id: 'cust_ref', metadata: {}, publish_count: 1, created_at: t0, updated_at: null };
  state.vouchers.push(voucher);
  state.customers.push(buildCustomer('cust_ref', { source_id: 'referrer' }, t0), buildCustomer('cust_a', { source_id: 'alice' }, t0));
  const row = (id: string, customer_id: string, holder_role: RedeemableHolder['holder_role']): RedeemableHolder => ({
    id, created_at: t0, redeemable_id: 'v_1', customer_id, holder_role, campaign_id: 'camp_1', metadata: {},
  });
  state.holders.push(row('rh_ref', 'cust_ref', 'REFERRER'), row('rh_a', 'cust_a', 'REFEREE'));
  return { state, voucher };
}

const failure = (run: () => unknown) => thrown(VoucherifyError, run);

describe('planAddHolders', () => {
  it('resolves existing customers by id or source_id and plans new ones', () => {
    const { state, voucher } = setup();
    state.customers.push(buildCustomer('cust_b', { source_id: 'bob' }, t0));
    const plan = planAddHolders(state, voucher, [{ id: 'cust_b', name: 'Bob' }, { source_id: 'new-one' }]);
    expect(plan.map((p) => p.existing?.id)).toEqual(['cust_b', undefined]);
  });

  it('needs an id or a source_id on every holder', () => {
    const { state, voucher } = setup();
    const error = failure(() => planAddHolders(state, voucher, [{ source_id: 'x' }, { name: 'nobody' }]));
    expect(error).toMatchObject({ status: 400, key: 'invalid_payload' });
    expect(error.details).toContain('.holders[1]');
  });

  it('refuses an unpublished code', () => {
    const { state, voucher } = setup();
    voucher.holder_id = null;
    expect(failure(() => planAddHolders(state, voucher, [{ source_id: 'x' }]))).toMatchObject({ status: 400, key: 'not_published' });
  });

  it('is 404 for an unknown customer id', () => {
    const { state, voucher } = setup();
    expect(failure(() => planAddHolders(state, voucher, [{ id: 'cust_nope' }]))).toMatchObject({ status: 404, key: 'not_found', resource: { id: 'cust_nope', type: 'customer' } });
  });

  it('is duplicate_found when id and source_id point at different customers', () => {
    const { state, voucher } = setup();
    state.customers.push(buildCustomer('cust_b', { source_id: 'bob' }, t0));
    const error = failure(() => planAddHolders(state, voucher, [{ id: 'cust_b', source_id: 'alice' }]));
    expect(error).toMatchObject({ status: 409, key: 'duplicate_found', resource: { id: 'alice', type: 'customer' } });
  });

  it('is duplicate_found when one customer is sent twice', () => {
    const { state, voucher } = setup();
    state.customers.push(buildCustomer('cust_b', { source_id: 'bob' }, t0));
    expect(failure(() => planAddHolders(state, voucher, [{ id: 'cust_b' }, { source_id: 'bob' }]))).toMatchObject({ status: 409, key: 'duplicate_found' });
    expect(failure(() => planAddHolders(state, voucher, [{ source_id: 'n' }, { source_id: 'n' }]))).toMatchObject({ status: 409, key: 'duplicate_found' });
  });

  it('is duplicate_found when an id entry claims a source_id a new entry also uses', () => {
    const { state, voucher } = setup();
    state.customers.push(buildCustomer('cust_b', {}, t0));
    expect(failure(() => planAddHolders(state, voucher, [{ id: 'cust_b', source_id: 'fresh' }, { source_id: 'fresh' }]))).toMatchObject({ status: 409, key: 'duplicate_found' });
  });

  it('refuses a customer who already holds the code, as referee or referrer', () => {
    const { state, voucher } = setup();
    for (const holder of [{ source_id: 'alice' }, { id: 'cust_ref' }]) {
      expect(failure(() => planAddHolders(state, voucher, [holder]))).toMatchObject({ status: 409, key: 'holder_assignement_duplication' });
    }
  });
});

describe('findRemovableHolder', () => {
  it('finds a referee of this code', () => {
    const { state, voucher } = setup();
    expect(findRemovableHolder(state, voucher, 'rh_a').customer_id).toBe('cust_a');
  });

  it('forbids removing the referrer', () => {
    const { state, voucher } = setup();
    expect(failure(() => findRemovableHolder(state, voucher, 'rh_ref'))).toMatchObject({ status: 403, key: 'forbidden' });
  });

  it('is 404 redeemable_holder for a holder of another code', () => {
    const { state } = setup();
    const other: Voucher = { ...state.vouchers[0], id: 'v_2', code: 'REF2' };
    expect(failure(() => findRemovableHolder(state, other, 'rh_a'))).toMatchObject({ status: 404, resource: { id: 'rh_a', type: 'redeemable_holder' } });
  });
});
