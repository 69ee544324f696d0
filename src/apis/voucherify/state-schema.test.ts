import { describe, expect, it } from 'vitest';
import { VOUCHERIFY_DEFAULTS, voucherifyFixtures } from '../../../fixtures/voucherify/index.js';
import { createIdSource } from '../../engine/ids.js';
import { mergeInto } from '../../engine/store/merge.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { voucherify } from './index.js';
import { emptyState, type VoucherifyState } from './store.js';

// As the engine does it: seed a copy, then check the copy against the state schema.
const seeded = (data: unknown, base: VoucherifyState = emptyState()) => {
  const state = structuredClone(base);
  voucherify.seed!(state, data, createIdSource(7));
  return state;
};
const errorsOf = (state: unknown) => stateSchemaErrors(voucherify.stateSchema!, state);
const defaultState = () => seeded(voucherifyFixtures.scenarios.default().tenants[0].data);

describe('voucherify state schema', () => {
  it('accepts the empty state and every fixture scenario (schema and state check), seeded exactly as the plain merge did', () => {
    expect(errorsOf(emptyState())).toBeNull();
    for (const build of Object.values(voucherifyFixtures.scenarios)) {
      for (const tenant of build().tenants) {
        const state = seeded(tenant.data);
        expect(errorsOf(state)).toBeNull();
        expect(voucherify.checkState!(state)).toBeUndefined();
        const merged: Record<string, unknown> = { ...emptyState() };
        mergeInto(merged, tenant.data);
        expect(state).toEqual(merged);
      }
    }
  });

  it.each([
    ['customers that are not a list', { customers: 'x' }, '/customers', 'type'],
    ['a customer that is not a record', { customers: [7] }, '/customers/0', 'type'],
    ['customer metadata that is not a record', { customers: [{ metadata: 'x' }] }, '/customers/0/metadata', 'type'],
    ['a customer address that is not a record', { customers: [{ address: 'x' }] }, '/customers/0/address', 'type'],
    ['a voucher without a campaign', { vouchers: [{ code: 'FREE' }] }, '/vouchers/0', 'required'],
    ['a campaign with an unknown discount type', { campaigns: [{ voucher: { discount: { type: 'GIFT' } } }] }, '/campaigns/0/voucher/discount/type', 'enum'],
    ['a code length of zero', { campaigns: [{ voucher: { code_config: { length: 0 } } }] }, '/campaigns/0/voucher/code_config/length', 'minimum'],
    ['a holder with an unknown role', { holders: [{ redeemable_id: 'v_1', customer_id: 'c_1', campaign_id: 'camp_1', holder_role: 'FRIEND' }] }, '/holders/0/holder_role', 'enum'],
    ['a holder of an unknown voucher (no campaign to take)', { holders: [{ redeemable_id: 'v_nope', customer_id: 'c_1' }] }, '/holders/0', 'required'],
    ['a publication without a customer', { publications: [{ voucher_id: 'v_1', campaign_id: 'camp_1' }] }, '/publications/0', 'required'],
    ['a negative holder sequence', { holder_sequence: -1 }, '/holder_sequence', 'minimum'],
    ['a holder sequence in words', { holder_sequence: 'three' }, '/holder_sequence', 'type'],
    ['an unknown collection', { redeemables: [] }, '', 'additionalProperties'],
  ])('refuses %s', (_name, data, instancePath, keyword) => {
    expect(errorsOf(seeded(data))?.[0]).toMatchObject({ instancePath, keyword });
  });

  it('merges into existing records by id, code or source_id', () => {
    const base = defaultState();
    const published = base.vouchers.find((v) => v.code === VOUCHERIFY_DEFAULTS.publishedCode)!;
    const state = seeded(
      {
        vouchers: [{ id: published.id, holder_id: null }, { code: VOUCHERIFY_DEFAULTS.unpublishedCode, metadata: { spare: true } }],
        customers: [{ source_id: VOUCHERIFY_DEFAULTS.referrerSourceId, name: 'Alex Renamed' }],
        holder_sequence: 1,
      },
      base,
    );
    expect(errorsOf(state)).toBeNull();
    expect(state.vouchers).toHaveLength(2);
    expect(state.vouchers[0]).toMatchObject({ code: VOUCHERIFY_DEFAULTS.publishedCode, holder_id: null });
    expect(state.vouchers[1].metadata).toEqual({ spare: true });
    expect(state.customers[0]).toMatchObject({ name: 'Alex Renamed', source_id: VOUCHERIFY_DEFAULTS.referrerSourceId });
    expect(state.holder_sequence).toBe(base.holder_sequence); // never moved back below the ids in use
    expect(errorsOf(seeded({ vouchers: [{ id: published.id, publish_count: 'many' }] }, base))?.[0]).toMatchObject({ instancePath: '/vouchers/0/publish_count' });
  });

  it('completes partial new records as the API would create them', () => {
    const state = seeded({
      campaigns: [{ id: 'camp_new', name: 'New', voucher: { code_config: { pattern: 'NEW-####', charset: 'ABC' } } }],
      vouchers: [{ campaign_id: 'camp_new', holder_id: 'cust_owner' }],
      customers: [{ id: 'cust_owner', email: 'owner@example.com' }, { source_id: 'friend' }],
    });
    const voucher = state.vouchers[0];
    const friend = state.customers[1];
    const more = seeded(
      { holders: [{ redeemable_id: voucher.id, customer_id: 'cust_owner' }, { redeemable_id: voucher.id, customer_id: friend.id }], publications: [{ customer_id: 'cust_owner', voucher_id: voucher.id }] },
      state,
    );
    expect(errorsOf(more)).toBeNull();
    expect(more.campaigns[0]).toMatchObject({ type: 'AUTO_UPDATE', voucher: { discount: { type: 'PERCENT', percent_off: 10 }, code_config: { pattern: 'NEW-####' } }, created_at: '2026-01-01T00:00:00.000Z' });
    expect(voucher).toMatchObject({ id: expect.stringMatching(/^v_[a-zA-Z0-9]{32}$/), code: expect.stringMatching(/^NEW-[ABC]{4}$/), publish_count: 1, updated_at: null });
    expect(friend).toMatchObject({ id: expect.stringMatching(/^cust_/), source_id: 'friend', email: null, address: null, metadata: {} });
    expect(more.holders.map((h) => [h.holder_role, h.campaign_id])).toEqual([['REFERRER', 'camp_new'], ['REFEREE', 'camp_new']]);
    expect(more.holders[0].id < more.holders[1].id).toBe(true);
    expect(more.holder_sequence).toBe(2);
    expect(more.publications[0]).toMatchObject({ id: expect.stringMatching(/^pub_/), campaign_id: 'camp_new', channel: 'API', source_id: null });
  });
});
