import { danglingRef, duplicateKey, firstProblem, keysOf, type StateProblem } from '../../shared-check.js';
import type { PrefineryState } from '../store.js';
import { normalizeEmail } from './email.js';

// What the state schema cannot say about a seeded Prefinery state: ids are unique per kind (lookups and takeNextId
// assume it), a tester's email is unique within its beta (trimmed, any case: 2310), referral codes are unique (share
// links and the referral_code filter name one tester), reward rule descriptors are unique within their beta (a
// reward names its rule by descriptor), and every reference names a stored record: a tester's beta and referrer, an
// invitation's beta, inviter and invitee (0 = nobody, as a deleted tester leaves it), a reward's beta, holder and
// referral, and the beta, holder and reward of points.

export function checkPrefineryState(state: PrefineryState): StateProblem | undefined {
  const { betas, testers, friend_invitations: invitations, rewards, points } = state;
  const betaIds = keysOf(betas, (b) => b.id);
  const testerIds = keysOf(testers, (t) => t.id);
  const isBeta = (id: string | number) => betaIds.has(id);
  const isTester = (id: string | number) => testerIds.has(id);
  const orNobody = (id: number) => (id === 0 ? null : id);
  const isReward = (id: string | number) => rewardIds.has(id);
  const rewardIds = keysOf(rewards, (r) => r.id);
  return firstProblem(
    ...betas.map((b, i) => () => duplicateKey(b.reward_rules, `betas[${i}].reward_rules`, 'descriptor', (r) => r.descriptor)),
    () => duplicateKey(betas, 'betas', 'id', (b) => b.id),
    () => duplicateKey(testers, 'testers', 'id', (t) => t.id),
    () => duplicateKey(invitations, 'friend_invitations', 'id', (i) => i.id),
    () => duplicateKey(testers, 'testers', 'email', (t) => `${t.beta_id}\u0000${normalizeEmail(t.email)}`, 'within a beta, emails compare trimmed and case-insensitively'),
    () => duplicateKey(testers, 'testers', 'referral_code', (t) => t.referral_code),
    () => danglingRef(testers, 'testers', 'beta_id', (t) => t.beta_id, isBeta, 'beta'),
    () => danglingRef(testers, 'testers', 'referred_by_id', (t) => t.referred_by_id, isTester, 'tester'),
    () => danglingRef(invitations, 'friend_invitations', 'beta_id', (i) => i.beta_id, isBeta, 'beta'),
    () => danglingRef(invitations, 'friend_invitations', 'inviter_id', (i) => orNobody(i.inviter_id), isTester, 'tester'),
    () => danglingRef(invitations, 'friend_invitations', 'invitee_id', (i) => orNobody(i.invitee_id), isTester, 'tester'),
    () => duplicateKey(rewards, 'rewards', 'id', (r) => r.id),
    () => danglingRef(rewards, 'rewards', 'beta_id', (r) => r.beta_id, isBeta, 'beta'),
    () => danglingRef(rewards, 'rewards', 'user_id', (r) => r.user_id, isTester, 'tester'),
    () => danglingRef(rewards, 'rewards', 'referral_id', (r) => r.referral_id, isTester, 'tester'),
    () => duplicateKey(points, 'points', 'id', (p) => p.id),
    () => danglingRef(points, 'points', 'beta_id', (p) => p.beta_id, isBeta, 'beta'),
    () => danglingRef(points, 'points', 'user_id', (p) => p.user_id, isTester, 'tester'),
    () => danglingRef(points, 'points', 'reward_id', (p) => p.reward_id, isReward, 'reward'),
  );
}
