import { describe, expect, it } from 'vitest';
import { prefineryFixtures } from '../../../fixtures/prefinery/index.js';
import { createIdSource } from '../../engine/ids.js';
import { mergeInto } from '../../engine/store/merge.js';
import { stateSchemaErrors } from '../shared-seed.js';
import { prefinery } from './index.js';
import { emptyState, type PrefineryState } from './store.js';

// As the engine does it: seed a copy, then check the copy against the state schema.
const seeded = (data: unknown, base: PrefineryState = emptyState()) => {
  const state = structuredClone(base);
  prefinery.seed!(state, data, createIdSource(7));
  return state;
};
const errorsOf = (state: unknown) => stateSchemaErrors(prefinery.stateSchema!, state);
const defaultState = () => seeded(prefineryFixtures.scenarios.default().tenants[0].data);

describe('prefinery state schema', () => {
  it('accepts the empty state and every fixture scenario (schema and state check), seeded exactly as the plain merge did', () => {
    expect(errorsOf(emptyState())).toBeNull();
    for (const build of Object.values(prefineryFixtures.scenarios)) {
      for (const tenant of build().tenants) {
        const state = seeded(tenant.data);
        expect(errorsOf(state)).toBeNull();
        expect(prefinery.checkState!(state)).toBeUndefined();
        const merged = emptyState();
        mergeInto(merged as unknown as Record<string, unknown>, tenant.data as Record<string, unknown>);
        expect(state).toEqual(merged);
      }
    }
  });

  it.each([
    ['testers that are not a list', { testers: 'x' }, '/testers', 'type'],
    ['a tester with a null email', { testers: [{ email: null }] }, '/testers/0/email', 'type'],
    ['a tester with an unknown status', { testers: [{ email: 'a@b.com', status: 'vip' }] }, '/testers/0/status', 'enum'],
    ['a tester allowance in words', { testers: [{ email: 'a@b.com', friend_invitations_allowed: 'five' }] }, '/testers/0/friend_invitations_allowed', 'type'],
    ['a negative tester allowance', { testers: [{ email: 'a@b.com', friend_invitations_allowed: -1 }] }, '/testers/0/friend_invitations_allowed', 'minimum'],
    ['a tester profile that is not a record', { testers: [{ email: 'a@b.com', profile: 'x' }] }, '/testers/0/profile', 'type'],
    ['a number where the profile has text (responses would break the spec)', { testers: [{ email: 'a@b.com', profile: { first_name: 5 } }] }, '/testers/0/profile/first_name', 'type'],
    ['a fractional age', { testers: [{ email: 'a@b.com', profile: { age: 30.5 } }] }, '/testers/0/profile/age', 'type'],
    ['a tester id that is not an integer', { testers: [{ id: '5', email: 'a@b.com' }] }, '/testers/0/id', 'type'],
    ['a beta allowance in words', { betas: [{ name: 'B', friend_invitations_allowed: 'five' }] }, '/betas/0/friend_invitations_allowed', 'type'],
    ['a beta whose invite switch is not a boolean', { betas: [{ invite_system_enabled: 'no' }] }, '/betas/0/invite_system_enabled', 'type'],
    ['an invitation with a null recipient', { friend_invitations: [{ recipient_email: null }] }, '/friend_invitations/0/recipient_email', 'type'],
    ['last_ids that are not a record', { last_ids: 'x' }, '/last_ids', 'type'],
    ['a negative counter', { last_ids: { tester: -1 } }, '/last_ids/tester', 'minimum'],
    ['an unknown collection', { tester: [] }, '', 'additionalProperties'],
    ['a tester remembered as suspended from suspended', { testers: [{ email: 'a@b.com', status: 'suspended', suspended_from: 'suspended' }] }, '/testers/0/suspended_from', 'enum'],
    ['a reward rule without a type', { betas: [{ reward_rules: [{ descriptor: 'x', name: 'X' }] }] }, '/betas/0/reward_rules/0', 'required'],
    ['a milestone without its number of referrals', { betas: [{ reward_rules: [{ descriptor: 'x', name: 'X', type: 'Milestone' }] }] }, '/betas/0/reward_rules/0', 'required'],
    ['a milestone with a null number of referrals', { betas: [{ reward_rules: [{ descriptor: 'x', name: 'X', type: 'Milestone', referrals: null }] }] }, '/betas/0/reward_rules/0/referrals', 'type'],
    ['a misspelt reward rule setting', { betas: [{ reward_rules: [{ descriptor: 'x', name: 'X', type: 'SingleSided', qualifyOn: 'signup' }] }] }, '/betas/0/reward_rules/0', 'additionalProperties'],
    ['a reward rule counting an unknown arrival', { betas: [{ reward_rules: [{ descriptor: 'x', name: 'X', type: 'SingleSided', via: ['ads'] }] }] }, '/betas/0/reward_rules/0/via/0', 'enum'],
    ['a beta whose deletable switch is not a boolean', { betas: [{ deletable: 'no' }] }, '/betas/0/deletable', 'type'],
    ['a reward that names no tester', { rewards: [{ descriptor: 'x' }] }, '/rewards/0/user_id', 'minimum'],
    ['a reward in an unknown status', { rewards: [{ user_id: 1, status: 'pending' }] }, '/rewards/0/status', 'enum'],
    ['a delivered reward without delivered_at', { rewards: [{ user_id: 1, status: 'delivered', delivered_at: null }] }, '/rewards/0/delivered_at', 'type'],
    ['points of an unknown activity', { points: [{ user_id: 1, activity: 'gift' }] }, '/points/0/activity', 'enum'],
    ['a fractional quantity of points', { points: [{ user_id: 1, quantity: 1.5 }] }, '/points/0/quantity', 'type'],
  ])('refuses %s', (_name, data, instancePath, keyword) => {
    expect(errorsOf(seeded(data))?.[0]).toMatchObject({ instancePath, keyword });
  });

  it('refuses switching off the allowance of an existing beta or tester, and accepts changing it', () => {
    const base = defaultState();
    expect(errorsOf(seeded({ betas: [{ id: 1, friend_invitations_allowed: 'five' }] }, base))?.[0]).toMatchObject({ instancePath: '/betas/0/friend_invitations_allowed' });
    expect(errorsOf(seeded({ testers: [{ id: 1, friend_invitations_allowed: null, email: null }] }, base))?.[0]).toMatchObject({ instancePath: '/testers/0/email' });
    const changed = seeded({ betas: [{ id: 1, friend_invitations_allowed: 0 }], testers: [{ id: 1, friend_invitations_allowed: 1 }] }, base);
    expect(errorsOf(changed)).toBeNull();
    expect(changed.testers[0]).toMatchObject({ id: 1, email: 'leonard@bigbangtheory.com', friend_invitations_allowed: 1 });
  });

  it('completes partial new records so they pass', () => {
    const state = seeded({ betas: [{ name: 'Launch' }], testers: [{ email: 'x@y.com' }], friend_invitations: [{ inviter_id: 1, invitee_id: 1, recipient_email: 'X@Y.com' }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.testers[0]).toMatchObject({ id: 1, beta_id: 1, status: 'imported', friend_invitations_allowed: null, imported_at: '2026-01-01T00:00:00Z' });
    expect(state.friend_invitations[0]).toMatchObject({ id: 1, recipient_email: 'x@y.com', created_at: '2026-01-01T00:00:00Z' });
    expect(state.last_ids).toEqual({ beta: 1, tester: 1, friend_invitation: 1, reward: 0, point: 0 });
  });

  it('accepts an age as a number or text, as the spec answers it', () => {
    const state = seeded({ testers: [{ email: 'a@b.com', profile: { age: 30 } }, { email: 'c@d.com', profile: { age: '30-39', city: 'Paris' } }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.testers.map((t) => t.profile.age)).toEqual([30, '30-39']);
  });

  it('completes seeded reward rules with their defaults', () => {
    const state = seeded({ betas: [{ name: 'B', reward_rules: [{ descriptor: 'ten', name: 'Ten friends', type: 'Milestone', referrals: 10 }] }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.betas[0]).toMatchObject({ deletable: true });
    expect(state.betas[0].reward_rules[0]).toEqual({
      descriptor: 'ten', name: 'Ten friends', type: 'Milestone', referrals: 10,
      friend_name: null, qualify_on: 'active', via: ['referral', 'friend_invitation'], points: 0, friend_points: 0, delivery: 'manual',
    });
  });

  it('completes seeded rewards and points; a delivered or revoked reward gets its timestamp', () => {
    const state = seeded({ testers: [{ email: 'a@b.com' }], rewards: [{ user_id: 1, status: 'delivered' }, { user_id: 1, status: 'revoked' }], points: [{ user_id: 1, quantity: 5 }] });
    expect(errorsOf(state)).toBeNull();
    expect(state.rewards.map((r) => [r.id, r.status, r.delivered_at, r.revoked_at])).toEqual([
      [1, 'delivered', '2026-01-01T00:00:00Z', null],
      [2, 'revoked', null, '2026-01-01T00:00:00Z'],
    ]);
    expect(state.points[0]).toEqual({ id: 1, beta_id: 1, user_id: 1, quantity: 5, activity: 'bonus', reason: null, reward_id: null, created_at: '2026-01-01T00:00:00Z' });
    expect(state.last_ids).toMatchObject({ reward: 2, point: 1 });
  });
});
