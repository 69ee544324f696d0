import { describe, expect, it } from 'vitest';
import { filterTesters } from './filter-testers.js';
import { makeTester } from './test-records.js';

const a = makeTester({ email: 'leonard@bigbangtheory.com', profile: { first_name: 'Leonard', last_name: 'Hofstadter', custom_var2: 'physicist' } });
const b = makeTester({ email: 'penny@gmail.com', profile: { first_name: 'Penny', last_name: null } });
const testers = [a, b];
const ids = (list: { id: number }[]) => list.map((t) => t.id);

describe('filterTesters', () => {
  it('email_is matches exactly (without case), email_contains fuzzily', () => {
    expect(ids(filterTesters(testers, { email_is: 'LEONARD@bigbangtheory.com' }))).toEqual([a.id]);
    expect(ids(filterTesters(testers, { email_is: 'leonard@bigbang' }))).toEqual([]);
    expect(ids(filterTesters(testers, { email_contains: '@gmail.com' }))).toEqual([b.id]);
  });

  it('name matches first name, last name or both', () => {
    expect(ids(filterTesters(testers, { name: 'hofstadter' }))).toEqual([a.id]);
    expect(ids(filterTesters(testers, { name: 'Leonard Hof' }))).toEqual([a.id]);
    expect(ids(filterTesters(testers, { name: 'pen' }))).toEqual([b.id]);
  });

  it('referral_code and custom_vars match exactly', () => {
    expect(ids(filterTesters(testers, { referral_code: b.referral_code }))).toEqual([b.id]);
    expect(ids(filterTesters(testers, { custom_vars: 'physicist' }))).toEqual([a.id]);
    expect(ids(filterTesters(testers, { custom_vars: 'physic' }))).toEqual([]);
  });

  it('filters combine, and no filter returns everyone', () => {
    expect(ids(filterTesters(testers, { email_contains: 'bigbang', name: 'penny' }))).toEqual([]);
    expect(ids(filterTesters(testers, {}))).toEqual([a.id, b.id]);
  });
});
