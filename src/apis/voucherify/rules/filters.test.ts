import { describe, expect, it } from 'vitest';
import { matchesFilters } from './filters.js';

const now = new Date('2026-01-10T00:00:00Z');
const referee = { id: 'rh_1', holder_role: 'REFEREE', customer_id: 'cust_a', created_at: '2026-01-05T00:00:00.000Z' };
const referrer = { id: 'rh_2', holder_role: 'REFERRER', customer_id: 'cust_b', created_at: '2025-12-01T00:00:00.000Z' };

describe('matchesFilters', () => {
  it('passes everything without filters', () => {
    expect(matchesFilters(referee, undefined, now)).toBe(true);
    expect(matchesFilters(referee, {}, now)).toBe(true);
  });

  it('filters holder_role with $in / $not_in / $is / $is_not', () => {
    const onlyReferees = { holder_role: { conditions: { $in: ['REFEREE'] } } };
    expect([referee, referrer].filter((r) => matchesFilters(r, onlyReferees, now))).toEqual([referee]);
    expect(matchesFilters(referee, { holder_role: { conditions: { $not_in: ['REFEREE'] } } }, now)).toBe(false);
    expect(matchesFilters(referrer, { holder_role: { conditions: { $is: 'REFERRER' } } }, now)).toBe(true);
    expect(matchesFilters(referrer, { holder_role: { conditions: { $is_not: 'REFERRER' } } }, now)).toBe(false);
  });

  it('filters strings by prefix, suffix and containment', () => {
    expect(matchesFilters(referee, { customer_id: { conditions: { $starts_with: 'cust_' } } }, now)).toBe(true);
    expect(matchesFilters(referee, { customer_id: { conditions: { $ends_with: 'b' } } }, now)).toBe(false);
    expect(matchesFilters(referee, { id: { conditions: { $contains: 'h_1' } } }, now)).toBe(true);
    expect(matchesFilters(referee, { id: { conditions: { $not_contain: 'h_1' } } }, now)).toBe(false);
  });

  it('filters created_at by dates and by days ago', () => {
    expect(matchesFilters(referee, { created_at: { conditions: { $after: '2026-01-01T00:00:00Z' } } }, now)).toBe(true);
    expect(matchesFilters(referrer, { created_at: { conditions: { $before: '2026-01-01T00:00:00Z' } } }, now)).toBe(true);
    expect(matchesFilters(referrer, { created_at: { conditions: { $more_than: 30 } } }, now)).toBe(true);
    expect(matchesFilters(referee, { created_at: { conditions: { $less_than: 7 } } }, now)).toBe(true);
    expect(matchesFilters(referee, { created_at: { conditions: { $more_than: 7 } } }, now)).toBe(false);
  });

  it('treats a missing value as unknown', () => {
    expect(matchesFilters({ id: 'x' }, { customer_id: { conditions: { $is_unknown: '' } } }, now)).toBe(true);
    expect(matchesFilters({ id: 'x' }, { customer_id: { conditions: { $has_value: '' } } }, now)).toBe(false);
  });

  it('combines fields with and (default) or or', () => {
    const both = { holder_role: { conditions: { $is: 'REFEREE' } }, customer_id: { conditions: { $is: 'cust_b' } } };
    expect(matchesFilters(referee, both, now)).toBe(false);
    expect(matchesFilters(referee, { ...both, junction: 'or' }, now)).toBe(true);
  });
});
