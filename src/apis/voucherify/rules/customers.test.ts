import { describe, expect, it } from 'vitest';
import { VoucherifyError } from '../errors.js';
import { emptyState } from '../store.js';
import { assertSourceIdFree, buildCustomer, mergeCustomer } from './customers.js';

const t0 = '2026-01-01T00:00:00.000Z';
const t1 = '2026-01-02T00:00:00.000Z';

describe('customer upsert', () => {
  it('builds a customer with every field present and nulls for the unsent', () => {
    // Voucherify's own example sends a top-level `country`; the spec lets extra keys through and they are ignored.
    const sent = { source_id: 'alex', name: 'Alex', country: 'England' };
    const c = buildCustomer('cust_1', sent, t0);
    expect(c).toMatchObject({ id: 'cust_1', source_id: 'alex', name: 'Alex', email: null, address: null, metadata: {}, created_at: t0, updated_at: null });
    expect(c).not.toHaveProperty('country');
  });

  it('merges sent fields, metadata and address, keeping the rest', () => {
    const c = buildCustomer('cust_1', { source_id: 'alex', name: 'Alex', metadata: { a: 1 }, address: { city: 'Leeds' } }, t0);
    const merged = mergeCustomer(c, { email: 'a@x.io', metadata: { b: 2 }, address: { country: 'UK' } }, t1);
    expect(merged).toMatchObject({ name: 'Alex', email: 'a@x.io', metadata: { a: 1, b: 2 }, address: { city: 'Leeds', country: 'UK' }, updated_at: t1 });
  });
});

describe('assertSourceIdFree', () => {
  it('refuses a source_id another customer uses', () => {
    const state = emptyState();
    state.customers.push(buildCustomer('cust_1', { source_id: 'taken' }, t0));
    expect(() => assertSourceIdFree(state, 'taken', 'cust_2')).toThrowError(VoucherifyError);
    expect(() => assertSourceIdFree(state, 'taken', 'cust_1')).not.toThrow();
    expect(() => assertSourceIdFree(state, 'free', undefined)).not.toThrow();
  });
});
