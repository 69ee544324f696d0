import { describe, expect, it } from 'vitest';
import { prefineryFixtures } from '../../../../fixtures/prefinery/index.js';
import { createIdSource } from '../../../engine/ids.js';
import type { HandlerContext } from '../../../engine/types.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { createFriendInvitation } from '../handlers/friend-invitations.js';
import { deleteTester } from '../handlers/testers.js';
import { prefinery } from '../index.js';
import { emptyState, type PrefineryState } from '../store.js';
import { checkPrefineryState } from './check-state.js';

// As the engine does it: seed a copy, check it against the schema, then check it with checkState.
const seeded = (data: unknown, base: PrefineryState = emptyState()) => {
  const state = structuredClone(base);
  prefinery.seed!(state, data, createIdSource(7));
  expect(stateSchemaErrors(prefinery.stateSchema!, state)).toBeNull();
  return state;
};
const defaultState = () => seeded(prefineryFixtures.scenarios.default().tenants[0].data);

describe('checkPrefineryState', () => {
  it('is the vendor checkState and passes the empty state, every fixture scenario and a partial seed', () => {
    expect(prefinery.checkState).toBe(checkPrefineryState);
    expect(checkPrefineryState(emptyState())).toBeUndefined();
    for (const build of Object.values(prefineryFixtures.scenarios)) {
      for (const tenant of build().tenants) expect(checkPrefineryState(seeded(tenant.data))).toBeUndefined();
    }
    const partial = seeded(
      { betas: [{ name: 'Second' }], testers: [{ beta_id: 2, email: 'LEONARD@bigbangtheory.com', referred_by_id: 3 }], friend_invitations: [{ inviter_id: 1, invitee_id: 2, recipient_email: 'x@y.com' }, {}] },
      defaultState(),
    );
    expect(checkPrefineryState(partial)).toBeUndefined(); // the same email in another beta; invitations to nobody (0)
  });

  it.each([
    ['a tester of a missing beta', { testers: [{ beta_id: 9, email: 'a@b.com' }] }, '.testers[30].beta_id', 'no beta has id 9'],
    ['a tester referred by a missing tester', { testers: [{ email: 'a@b.com', referred_by_id: 99, referred_via: 'referral' }] }, '.testers[30].referred_by_id', 'no tester has id 99'],
    ['an invitation of a missing beta', { friend_invitations: [{ beta_id: 4, inviter_id: 1, invitee_id: 2 }] }, '.friend_invitations[0].beta_id', 'no beta has id 4'],
    ['an invitation from a missing inviter', { friend_invitations: [{ inviter_id: 77, invitee_id: 2 }] }, '.friend_invitations[0].inviter_id', 'no tester has id 77'],
    ['an invitation to a missing invitee', { friend_invitations: [{ inviter_id: 1, invitee_id: 78 }] }, '.friend_invitations[0].invitee_id', 'no tester has id 78'],
    [
      "another tester's email in the same beta, in any case",
      { testers: [{ email: ' Penny@BigBangTheory.com ' }] },
      '.testers[30].email',
      'email " Penny@BigBangTheory.com " is also used by testers[1] (within a beta, emails compare trimmed and case-insensitively)',
    ],
    ["another tester's referral code", { testers: [{ email: 'a@b.com', referral_code: 'LeOnArD1' }] }, '.testers[30].referral_code', 'referral_code "LeOnArD1" is also used by testers[0]'],
    [
      'two reward rules of a beta with one descriptor',
      { betas: [{ id: 1, reward_rules: [{ descriptor: 'x', name: 'A', type: 'SingleSided' }, { descriptor: 'x', name: 'B', type: 'DoubleSided' }] }] },
      '.betas[0].reward_rules[1].descriptor',
      'descriptor "x" is also used by betas[0].reward_rules[0]',
    ],
    ['a reward of a missing tester', { rewards: [{ user_id: 99 }] }, '.rewards[1].user_id', 'no tester has id 99'],
    ['a reward of a missing beta', { rewards: [{ beta_id: 5, user_id: 1 }] }, '.rewards[1].beta_id', 'no beta has id 5'],
    ['a reward through a missing referral', { rewards: [{ user_id: 1, referral_id: 77 }] }, '.rewards[1].referral_id', 'no tester has id 77'],
    ['points of a missing tester', { points: [{ user_id: 98 }] }, '.points[1].user_id', 'no tester has id 98'],
    ['points of a missing reward', { points: [{ user_id: 1, reward_id: 42 }] }, '.points[1].reward_id', 'no reward has id 42'],
  ])('refuses %s', (_name, data, path, message) => {
    expect(checkPrefineryState(seeded(data, defaultState()))).toEqual({ path, message });
  });

  it('refuses a repeated id', () => {
    const state = defaultState();
    state.testers.push({ ...state.testers[4], email: 'copy@example.com', referral_code: 'COPY0001' });
    expect(checkPrefineryState(state)).toMatchObject({ path: '.testers[30].id' });
    const betas = defaultState();
    betas.betas.push({ ...betas.betas[0], reward_rules: [] });
    expect(checkPrefineryState(betas)).toMatchObject({ path: '.betas[1].id' });
    const rewards = defaultState();
    rewards.rewards.push({ ...rewards.rewards[0] });
    expect(checkPrefineryState(rewards)).toMatchObject({ path: '.rewards[1].id' });
  });
});

describe('deleting a tester keeps the state checkable', () => {
  const ctxOf = (state: PrefineryState): HandlerContext<PrefineryState> => ({
    state,
    principal: { tenantId: 'default' },
    clock: { now: () => new Date('2026-03-01T00:00:00Z') },
    ids: createIdSource(3),
    sendEmail: (message) => ({ ...message, id: 'm1', vendor: 'prefinery', tenant: 'default', created_at: '2026-03-01T00:00:00Z' }),
    emit: () => undefined,
  });
  const request = { operationId: 'test', method: 'POST', path: '/', query: {}, headers: {} };

  it('points the invitations of a deleted inviter or invitee at nobody', async () => {
    const state = defaultState();
    const ctx = ctxOf(state);
    const friend_invitation = { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'sheldon@bigbangtheory.com' };
    await createFriendInvitation({ ...request, params: { beta_id: 1 }, body: { friend_invitation } }, ctx);
    const invitee = state.testers.find((t) => t.email === 'sheldon@bigbangtheory.com')!;
    expect(state.friend_invitations[0]).toMatchObject({ inviter_id: 1, invitee_id: invitee.id });
    await deleteTester({ ...request, params: { beta_id: 1, tester_id: invitee.id }, body: undefined }, ctx);
    expect(state.friend_invitations[0]).toMatchObject({ inviter_id: 1, invitee_id: 0 });
    await deleteTester({ ...request, params: { beta_id: 1, tester_id: 1 }, body: undefined }, ctx);
    expect(state.friend_invitations[0]).toMatchObject({ inviter_id: 0, invitee_id: 0 });
    expect(checkPrefineryState(state)).toBeUndefined();
  });

  it("removes a deleted tester's rewards and points, and the referral of rewards earned through it", async () => {
    const state = seeded(
      {
        testers: [{ id: 31, email: 'friend@x.com', referred_by_id: 1, referred_via: 'referral' }],
        rewards: [{ id: 2, user_id: 1, referral_id: 31 }, { id: 3, user_id: 31, user_role: 'friend', referral_id: 31 }],
        points: [{ id: 2, user_id: 31, reward_id: 3 }, { id: 3, user_id: 1, reward_id: 2 }],
      },
      defaultState(),
    );
    await deleteTester({ ...request, params: { beta_id: 1, tester_id: 31 }, body: undefined }, ctxOf(state));
    expect(state.rewards.map((r) => [r.id, r.referral_id])).toEqual([[1, null], [2, null]]);
    expect(state.points.map((p) => p.id)).toEqual([1, 3]);
    expect(checkPrefineryState(state)).toBeUndefined();
  });
});
