import { describe, expect, it } from 'vitest';
import { VOUCHERIFY_DEFAULTS, voucherifyFixtures } from '../../../../fixtures/voucherify/index.js';
import { createIdSource } from '../../../engine/ids.js';
import type { HandlerContext, SandboxRequest } from '../../../engine/types.js';
import type { operations } from '../spec.gen.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { deleteCustomer } from '../handlers/customers.js';
import { voucherify } from '../index.js';
import { emptyState, type VoucherifyState } from '../store.js';
import { checkVoucherifyState } from './check-state.js';
import { presentCustomerRedeemable, presentPublication } from './present.js';

// As the engine does it: seed a copy, check it against the schema, then check it with checkState.
const seeded = (data: unknown, base: VoucherifyState = emptyState()) => {
  const state = structuredClone(base);
  voucherify.seed!(state, data, createIdSource(7));
  expect(stateSchemaErrors(voucherify.stateSchema!, state)).toBeNull();
  return state;
};
const defaultState = () => seeded(voucherifyFixtures.scenarios.default().tenants[0].data);
const { campaignId } = VOUCHERIFY_DEFAULTS;

describe('checkVoucherifyState', () => {
  it('is the vendor checkState and passes the empty state, every fixture scenario and a partial seed', () => {
    expect(voucherify.checkState).toBe(checkVoucherifyState);
    expect(checkVoucherifyState(emptyState())).toBeUndefined();
    for (const build of Object.values(voucherifyFixtures.scenarios)) {
      for (const tenant of build().tenants) expect(checkVoucherifyState(seeded(tenant.data))).toBeUndefined();
    }
    const base = defaultState();
    const spare = base.vouchers[1];
    const partial = seeded({ customers: [{ id: 'cust_new' }], holders: [{ redeemable_id: spare.id, customer_id: 'cust_new' }], publications: [{ customer_id: 'cust_new', voucher_id: spare.id }] }, base);
    expect(checkVoucherifyState(partial)).toBeUndefined();
  });

  it.each([
    ['a voucher of a missing campaign', { vouchers: [{ code: 'LOST', campaign_id: 'camp_gone' }] }, '.vouchers[2].campaign_id', 'no campaign has id "camp_gone"'],
    ['a holder of a missing voucher', { holders: [{ redeemable_id: 'v_gone', customer_id: 'c', campaign_id: campaignId }] }, '.holders[3].redeemable_id', 'no voucher has id "v_gone"'],
    ['a publication of a missing voucher', { publications: [{ voucher_id: 'v_gone', customer_id: 'c', campaign_id: campaignId }] }, '.publications[1].voucher_id', 'no voucher has id "v_gone"'],
    ['a campaign name in use', { campaigns: [{ id: 'camp_two', name: VOUCHERIFY_DEFAULTS.campaignName }] }, '.campaigns[1].name', `name "${VOUCHERIFY_DEFAULTS.campaignName}" is also used by campaigns[0]`],
    ['a customer source_id in use', { customers: [{ id: 'cust_two', source_id: VOUCHERIFY_DEFAULTS.referrerSourceId }] }, '.customers[4].source_id', `source_id "${VOUCHERIFY_DEFAULTS.referrerSourceId}" is also used by customers[0]`],
  ])('refuses %s', (_name, data, path, message) => {
    expect(checkVoucherifyState(seeded(data, defaultState()))).toEqual({ path, message });
  });

  it('refuses a holder of a missing customer or campaign, and a customer holding a code twice', () => {
    const state = defaultState();
    const [referrer] = state.holders;
    const missingCustomer = seeded({ holders: [{ redeemable_id: referrer.redeemable_id, customer_id: 'cust_gone' }] }, state);
    expect(checkVoucherifyState(missingCustomer)).toEqual({ path: '.holders[3].customer_id', message: 'no customer has id "cust_gone"' });
    const missingCampaign = seeded({ holders: [{ id: referrer.id, campaign_id: 'camp_gone' }] }, state);
    expect(checkVoucherifyState(missingCampaign)).toEqual({ path: '.holders[0].campaign_id', message: 'no campaign has id "camp_gone"' });
    const twice = seeded({ holders: [{ redeemable_id: referrer.redeemable_id, customer_id: referrer.customer_id }] }, state);
    expect(checkVoucherifyState(twice)).toEqual({ path: '.holders[3].customer_id', message: `customer_id "${referrer.customer_id}" is also used by holders[0] (a customer holds a code once)` });
  });

  it('refuses repeated ids, codes and publication source_ids', () => {
    const base = defaultState();
    const withCode = structuredClone(base);
    withCode.vouchers.push({ ...withCode.vouchers[1], id: 'v_copy' });
    expect(checkVoucherifyState(withCode)).toMatchObject({ path: '.vouchers[2].code' });
    const withId = structuredClone(base);
    withId.customers.push({ ...withId.customers[3], source_id: null });
    expect(checkVoucherifyState(withId)).toMatchObject({ path: '.customers[4].id' });
    const sources = seeded({ publications: [0, 1].map(() => ({ customer_id: base.customers[3].id, voucher_id: base.vouchers[1].id, source_id: 'pub-src' })) }, base);
    expect(checkVoucherifyState(sources)).toMatchObject({ path: '.publications[2].source_id' });
  });

  it('lets publications and vouchers keep a deleted customer, as deleting one does', async () => {
    const state = defaultState();
    const alex = state.customers[0];
    const sendEmail = () => {
      throw new Error('Voucherify sends no email');
    };
    const ctx: HandlerContext<VoucherifyState> = { state, principal: { tenantId: 'default' }, clock: { now: () => new Date() }, ids: createIdSource(1), sendEmail, emit: () => undefined };
    const req: SandboxRequest<operations['deleteCustomer']> = {
      operationId: 'deleteCustomer',
      method: 'DELETE',
      path: `/v1/customers/${alex.id}`,
      params: { customerId: alex.id },
      query: {},
      body: undefined,
      headers: {},
    };
    await deleteCustomer(req, ctx);
    expect(state.publications[0].customer_id).toBe(alex.id);
    expect(checkVoucherifyState(state)).toBeUndefined();
    expect(presentPublication(state, state.publications[0]).customer).toEqual({ id: alex.id, object: 'customer' });
  });
});

describe('presenters on a state that lost a voucher', () => {
  it('answer the vendor 404 instead of failing', () => {
    const state = defaultState();
    state.vouchers = [];
    const notFound = { status: 404, key: 'not_found', resource: { id: state.holders[0].redeemable_id, type: 'voucher' } };
    expect(() => presentCustomerRedeemable(state, state.holders[0])).toThrow(expect.objectContaining(notFound));
    expect(() => presentPublication(state, state.publications[0])).toThrow(expect.objectContaining(notFound));
  });
});
