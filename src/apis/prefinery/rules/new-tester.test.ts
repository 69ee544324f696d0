import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../../engine/ids.js';
import { blankProfile, CUSTOM_VAR_FIELDS, PROFILE_FIELDS } from '../store.js';
import { buildTester, mergeProfile } from './new-tester.js';

const now = '2026-03-01T12:00:00Z';

describe('buildTester', () => {
  it('defaults to imported, stamps imported_at, has codes but no invitation code', () => {
    const t = buildTester(7, { beta_id: 1, email: ' a@b.com ' }, now, createIdSource(3));
    expect(t).toMatchObject({ id: 7, email: 'a@b.com', status: 'imported', imported_at: now, invitation_code: null, referred_by_id: null, referred_via: null });
    expect(t.referral_code).toMatch(/^[a-zA-Z0-9]{8}$/);
  });

  it('an invited tester gets a 10-hex invitation code and invited_at', () => {
    const t = buildTester(1, { beta_id: 1, email: 'a@b.com', status: 'invited' }, now, createIdSource(3));
    expect(t.invitation_code).toMatch(/^[0-9a-f]{10}$/);
    expect(t.invited_at).toBe(now);
  });

  it('a referred tester is a referral unless told it came through a friend invitation', () => {
    expect(buildTester(1, { beta_id: 1, email: 'a@b.com', referred_by_id: 4 }, now, createIdSource(3)).referred_via).toBe('referral');
    expect(buildTester(1, { beta_id: 1, email: 'a@b.com', referred_by_id: 4, referred_via: 'friend_invitation' }, now, createIdSource(3)).referred_via).toBe('friend_invitation');
  });
});

describe('mergeProfile', () => {
  it('copies known fields, ignores unknown ones, keeps the blank defaults', () => {
    const input = { first_name: 'Amy', user_agent: 'curl', age: 30 }; // a body may carry keys the spec does not name
    const merged = mergeProfile(blankProfile(), input);
    expect(merged).toMatchObject({ first_name: 'Amy', age: 30, state: '', last_name: null });
    expect(merged).not.toHaveProperty('user_agent');
  });
});

describe('blankProfile', () => {
  it('has every profile field, in the order responses show them', () => {
    expect(Object.keys(blankProfile())).toEqual([...PROFILE_FIELDS, ...CUSTOM_VAR_FIELDS]);
  });
});
