import { describe, expect, it } from 'vitest';
import type { Reward, RewardRule, Tester } from '../store.js';
import { dueRewards, filterRewards, grantPoints, qualifies, qualifyingReferrals, rewardsRevokedBySuspension } from './rewards.js';
import { makeTester, NOW } from './test-records.js';

const doubleSided: RewardRule = {
  descriptor: 'free_month',
  name: 'One month free',
  friend_name: 'Welcome month',
  type: 'DoubleSided',
  qualify_on: 'active',
  via: ['referral', 'friend_invitation'],
  referrals: null,
  points: 10,
  friend_points: 5,
  delivery: 'manual',
};
const singleSided: RewardRule = { ...doubleSided, descriptor: 'thanks', name: 'Thank-you sticker', friend_name: null, type: 'SingleSided', qualify_on: 'signup', via: ['referral'] };
const milestone: RewardRule = { ...doubleSided, descriptor: 'three', name: 'T-shirt', friend_name: null, type: 'Milestone', referrals: 3, points: 0, friend_points: 0, delivery: 'automatic' };

const referrer = makeTester({ email: 'leonard@bigbangtheory.com', status: 'active' });
const friendOf = (email: string, status: Tester['status'], via: Tester['referred_via'] = 'referral', overrides: Partial<Tester> = {}) =>
  makeTester({ email, status, referred_by_id: referrer.id, referred_via: via ?? undefined }, overrides);

const reward = (overrides: Partial<Reward>): Reward => ({
  id: 1, beta_id: 1, user_id: referrer.id, descriptor: 'free_month', name: 'One month free', type: 'DoubleSided', user_role: 'referrer',
  status: 'earned', earned_at: NOW, delivered_at: null, revoked_at: null, referral_id: null, ...overrides,
});
const summary = (grants: ReturnType<typeof dueRewards>) => grants.map((g) => [g.rule.descriptor, g.user.id, g.user_role, g.referral_id, g.name]);

describe('qualifies', () => {
  it('needs the way of arrival the rule names, and an active friend for an "active" rule', () => {
    const active = friendOf('a@x.com', 'active');
    const invited = friendOf('b@x.com', 'invited', 'friend_invitation');
    expect(qualifies(doubleSided, active, referrer)).toBe(true);
    expect(qualifies(doubleSided, invited, referrer)).toBe(false); // not active yet: joined_at is null
    expect(qualifies({ ...doubleSided, qualify_on: 'signup' }, invited, referrer)).toBe(true);
    expect(qualifies({ ...doubleSided, via: ['referral'] }, { ...invited, joined_at: NOW }, referrer)).toBe(false);
  });

  it('a friend who was active and went idle still counts (joined_at stays)', () => {
    expect(qualifies(doubleSided, friendOf('c@x.com', 'active', 'referral', { status: 'idle' }), referrer)).toBe(true);
  });

  it('neither a suspended friend nor the friend of a suspended referrer counts', () => {
    expect(qualifies(doubleSided, friendOf('d@x.com', 'active', 'referral', { status: 'suspended' }), referrer)).toBe(false);
    expect(qualifies(doubleSided, friendOf('e@x.com', 'active'), { ...referrer, status: 'suspended' })).toBe(false);
  });

  it('only the referrer the friend names', () => {
    const stranger = makeTester({ email: 'stranger@x.com' });
    expect(qualifies(doubleSided, friendOf('f@x.com', 'active'), stranger)).toBe(false);
  });
});

describe('dueRewards', () => {
  it('a double-sided rule rewards the referrer and the friend, each under its own name', () => {
    const friend = friendOf('g@x.com', 'active');
    expect(summary(dueRewards([doubleSided], [friend], [referrer, friend], []))).toEqual([
      ['free_month', referrer.id, 'referrer', friend.id, 'One month free'],
      ['free_month', friend.id, 'friend', friend.id, 'Welcome month'],
    ]);
  });

  it('a single-sided rule rewards the referrer only; a double-sided one without friend_name uses the same name', () => {
    const friend = friendOf('h@x.com', 'imported');
    expect(summary(dueRewards([singleSided], [friend], [referrer, friend], []))).toEqual([['thanks', referrer.id, 'referrer', friend.id, 'Thank-you sticker']]);
    const active = friendOf('h2@x.com', 'active');
    expect(summary(dueRewards([{ ...doubleSided, friend_name: null }], [active], [referrer, active], [])).map((g) => g[4])).toEqual(['One month free', 'One month free']);
  });

  it('nothing before the friend qualifies, and nothing for a tester nobody referred', () => {
    const invited = friendOf('i@x.com', 'invited');
    expect(dueRewards([doubleSided, milestone], [invited, referrer], [referrer, invited], [])).toEqual([]);
  });

  it('a reward already stored for the rule, side and friend is not earned again, whatever its status', () => {
    const friend = friendOf('j@x.com', 'active');
    const stored = [reward({ referral_id: friend.id, status: 'revoked', revoked_at: NOW })];
    expect(summary(dueRewards([doubleSided], [friend], [referrer, friend], stored))).toEqual([['free_month', friend.id, 'friend', friend.id, 'Welcome month']]);
  });

  it('a milestone is earned once, when the qualifying friends reach its count', () => {
    const friends = [friendOf('k1@x.com', 'active'), friendOf('k2@x.com', 'active', 'friend_invitation'), friendOf('k3@x.com', 'invited')];
    const testers = [referrer, ...friends];
    expect(qualifyingReferrals(milestone, referrer, testers)).toBe(2);
    expect(dueRewards([milestone], friends, testers, [])).toEqual([]);
    const third = { ...friends[2], status: 'active' as const, joined_at: NOW };
    const now = [referrer, friends[0], friends[1], third];
    // two candidates of the same referrer still earn one milestone
    expect(summary(dueRewards([milestone], [friends[0], third], now, []))).toEqual([['three', referrer.id, 'referrer', null, 'T-shirt']]);
    expect(dueRewards([milestone], [third], now, [reward({ descriptor: 'three', type: 'Milestone' })])).toEqual([]);
  });

  it('friends the rule does not count (another way of arrival, suspended) do not reach a milestone', () => {
    const friends = [friendOf('l1@x.com', 'active'), friendOf('l2@x.com', 'active'), friendOf('l3@x.com', 'active', 'referral', { status: 'suspended' })];
    expect(dueRewards([milestone], friends, [referrer, ...friends], [])).toEqual([]);
    const viaReferral = { ...milestone, via: ['referral' as const], referrals: 2 };
    const mixed = [friendOf('m1@x.com', 'active'), friendOf('m2@x.com', 'active', 'friend_invitation')];
    expect(dueRewards([viaReferral], mixed, [referrer, ...mixed], [])).toEqual([]);
  });
});

describe('grantPoints', () => {
  it('the referrer gets the rule points as "reward", the friend its points as "friend_reward"', () => {
    expect(grantPoints({ rule: doubleSided, user_role: 'referrer' })).toEqual({ quantity: 10, activity: 'reward' });
    expect(grantPoints({ rule: doubleSided, user_role: 'friend' })).toEqual({ quantity: 5, activity: 'friend_reward' });
  });
});

describe('rewardsRevokedBySuspension', () => {
  it("revokes the suspended tester's earned rewards and those earned through it, never delivered ones", () => {
    const friend = friendOf('n@x.com', 'active');
    const rewards = [
      reward({ id: 1, user_id: referrer.id, referral_id: friend.id }),
      reward({ id: 2, user_id: friend.id, user_role: 'friend', referral_id: friend.id }),
      reward({ id: 3, user_id: friend.id, status: 'delivered', delivered_at: NOW }),
      reward({ id: 4, user_id: referrer.id, referral_id: 999 }),
    ];
    expect(rewardsRevokedBySuspension(friend, rewards).map((r) => r.id)).toEqual([1, 2]);
    expect(rewardsRevokedBySuspension(referrer, rewards).map((r) => r.id)).toEqual([1, 4]);
  });
});

describe('filterRewards', () => {
  const friend = friendOf('o@x.com', 'active');
  const rewards = [reward({ id: 3, status: 'delivered' }), reward({ id: 1 }), reward({ id: 2, user_id: friend.id })];

  it('filters by holder email (without case) and status, in id order', () => {
    const testers = [referrer, friend];
    expect(filterRewards(rewards, testers, 1, {}).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(filterRewards(rewards, testers, 1, { email: ' LEONARD@bigbangtheory.com ' }).map((r) => r.id)).toEqual([1, 3]);
    expect(filterRewards(rewards, testers, 1, { email: 'leonard@bigbangtheory.com', status: 'delivered' }).map((r) => r.id)).toEqual([3]);
    expect(filterRewards(rewards, testers, 1, { email: 'nobody@x.com' })).toEqual([]);
  });
});
