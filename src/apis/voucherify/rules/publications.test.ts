import { describe, expect, it } from 'vitest';
import { emptyState, type Publication, type Voucher } from '../store.js';
import { buildCampaign } from './campaigns.js';
import { buildCustomer } from './customers.js';
import { planPublication, resolvePublicationCustomer } from './publications.js';

const t0 = '2026-01-01T00:00:00.000Z';

function setup(type: 'AUTO_UPDATE' | 'STATIC' = 'STATIC') {
  const state = emptyState();
  state.campaigns.push(buildCampaign({ name: 'Friends', campaign_type: 'REFERRAL_PROGRAM', type }, { type: 'PERCENT', percent_off: 10 }, 'camp_1', t0));
  const voucher = (id: string, code: string, holder_id: string | null): Voucher => ({ id, code, campaign_id: 'camp_1', holder_id, metadata: {}, publish_count: holder_id ? 1 : 0, created_at: t0, updated_at: null });
  state.vouchers.push(voucher('v_1', 'TAKEN', 'cust_1'), voucher('v_2', 'FREE', null));
  state.customers.push(buildCustomer('cust_1', { source_id: 'ann' }, t0));
  const pub: Publication = { id: 'pub_1', created_at: t0, customer_id: 'cust_1', voucher_id: 'v_1', campaign_id: 'camp_1', source_id: 'once', channel: 'API', metadata: {} };
  state.publications.push(pub);
  return { state, pub };
}

describe('resolvePublicationCustomer', () => {
  it('finds by id or source_id, and needs one of them', () => {
    const { state } = setup();
    expect(resolvePublicationCustomer(state, { id: 'cust_1' })?.id).toBe('cust_1');
    expect(resolvePublicationCustomer(state, { source_id: 'new' })).toBeUndefined();
    expect(() => resolvePublicationCustomer(state, { id: 'cust_x' })).toThrowError(expect.objectContaining({ status: 404 }));
    expect(() => resolvePublicationCustomer(state, { name: 'x' })).toThrowError(expect.objectContaining({ key: 'invalid_payload' }));
  });
});

describe('planPublication', () => {
  it("picks the campaign's first unpublished code, by name or id", () => {
    const { state } = setup();
    for (const campaign of ['Friends', 'camp_1', { name: 'Friends', count: 1 }]) {
      expect(planPublication(state, { customer: { source_id: 'bo' }, campaign }, undefined, false)).toMatchObject({ kind: 'publish', voucher: { id: 'v_2' } });
    }
  });

  it('refuses a code that already has a referrer', () => {
    const { state } = setup();
    expect(() => planPublication(state, { customer: { source_id: 'bo' }, voucher: 'TAKEN' }, undefined, false)).toThrowError(expect.objectContaining({ key: 'voucher_already_published' }));
  });

  it('is missing_vouchers when a STATIC campaign has none left, and generates for AUTO_UPDATE', () => {
    const empty = setup('STATIC');
    empty.state.vouchers[1].holder_id = 'cust_1';
    expect(() => planPublication(empty.state, { customer: { source_id: 'bo' }, campaign: 'Friends' }, undefined, false)).toThrowError(expect.objectContaining({ key: 'missing_vouchers' }));
    const auto = setup('AUTO_UPDATE');
    auto.state.vouchers[1].holder_id = 'cust_1';
    expect(planPublication(auto.state, { customer: { source_id: 'bo' }, campaign: 'Friends' }, undefined, false)).toMatchObject({ kind: 'publish', voucher: undefined });
  });

  it('returns the earlier publication for join_once and for a repeated source_id', () => {
    const { state, pub } = setup();
    const customer = state.customers[0];
    expect(planPublication(state, { customer: { id: 'cust_1' }, campaign: 'Friends' }, customer, true)).toEqual({ kind: 'existing', publication: pub });
    expect(planPublication(state, { customer: { id: 'cust_1' }, campaign: 'Friends', source_id: 'once' }, customer, false)).toEqual({ kind: 'existing', publication: pub });
    expect(() => planPublication(state, { customer: { source_id: 'other' }, campaign: 'Friends', source_id: 'once' }, undefined, false)).toThrowError(expect.objectContaining({ key: 'duplicate_source_id' }));
  });

  it('is 404 for an unknown campaign or code', () => {
    const { state } = setup();
    expect(() => planPublication(state, { customer: { source_id: 'bo' }, campaign: 'Nope' }, undefined, false)).toThrowError(expect.objectContaining({ status: 404, resource: { id: 'Nope', type: 'campaign' } }));
    expect(() => planPublication(state, { customer: { source_id: 'bo' }, voucher: 'NOPE' }, undefined, false)).toThrowError(expect.objectContaining({ status: 404 }));
  });
});
