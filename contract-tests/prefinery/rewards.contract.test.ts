import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, prefineryClient, uniqueEmail, withTesters } from './target.js';

const pagination = (res: { headers: Record<string, string> }) => JSON.parse(res.headers['x-pagination']);

// The default scenario's beta 1 has two reward rules: a double-sided "One month free" (10 points a side, manual
// delivery) once a referred tester or invited friend is active, and a "Sandbox T-shirt" milestone at 3 such friends
// (delivered automatically). Howard (id 3) already holds a delivered T-shirt (reward 1).
describe('Prefinery rewards: list, filters, and rewards earned by the beta reward rules', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);
  const rewards = (query: Record<string, unknown> = {}, suffix = '') => api.call('GET', `/api/v2/betas/${betaId()}/rewards${suffix}`, { query });
  const points = (query: Record<string, unknown> = {}) => api.call('GET', `/api/v2/betas/${betaId()}/points`, { query });
  const referred = (label: string, status: string, referrer_id = 1) => testers.createTester({ email: `${label}@bigbangtheory.com`, status, referrer_id });

  liveTest('the list is a bare array with the X-Pagination header; the .json form filters by status', async () => {
    const res = await rewards();
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(pagination(res)).toMatchObject({ current_page: 1, previous_page: null, per_page: 25 });
    const delivered = await rewards({ status: 'delivered' }, '.json');
    expect(delivered.status).toBe(200);
    expect(delivered.body.every((r: { status: string; delivered_at: string | null }) => r.status === 'delivered' && r.delivered_at !== null)).toBe(true);
  });

  liveTest('a new tester has no rewards: the email filter answers an empty list', async () => {
    const { body } = await testers.createTester({ email: uniqueEmail('no-rewards') });
    const res = await rewards({ email: body.email, status: 'earned' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  mockTest('a referral earns the double-sided reward once the friend is active: one per side, 10 points each, once', async () => {
    const friend = await referred('raj', 'applied');
    expect((await rewards({ email: 'leonard@bigbangtheory.com' })).body).toEqual([]); // applied: not active yet
    expect((await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'raj@bigbangtheory.com' } } })).status).toBe(202);
    const [mine] = (await rewards({ email: 'LEONARD@bigbangtheory.com' })).body;
    expect(mine).toEqual({
      id: 2, descriptor: 'double_sided_free_month', name: 'One month free', type: 'DoubleSided', user_role: 'referrer', user_id: 1,
      status: 'earned', earned_at: expect.stringMatching(/Z$/), delivered_at: null, revoked_at: null,
    });
    const theirs = (await rewards({ email: 'raj@bigbangtheory.com' })).body;
    expect(theirs).toEqual([expect.objectContaining({ id: 3, name: 'One month free for joining', user_role: 'friend', user_id: friend.body.id, status: 'earned' })]);
    expect((await points({ email: 'leonard@bigbangtheory.com' })).body).toEqual([
      { id: 2, quantity: 10, activity: 'reward', reason: null, user_id: 1, created_at: mine.earned_at },
    ]);
    expect((await points({ email: 'raj@bigbangtheory.com' })).body).toEqual([expect.objectContaining({ quantity: 10, activity: 'friend_reward' })]);
    // Checking in again is a visit: nothing more is earned.
    await api.call('POST', `/api/v2/betas/1/testers/${friend.body.id}/checkin`);
    expect((await rewards()).body).toHaveLength(3);
  });

  mockTest('an accepted friend invitation counts too; the third active friend reaches the milestone, delivered at once', async () => {
    const invitation = await api.call('POST', '/api/v2/betas/1/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'amy@bigbangtheory.com' } } });
    testers.track(invitation.body.invitee.id);
    expect((await rewards({ email: 'amy@bigbangtheory.com' })).body).toEqual([]); // invited: not accepted yet
    await api.call('PUT', `/api/v2/betas/1/testers/${invitation.body.invitee.id}`, { body: { tester: { status: 'active' } } });
    expect((await rewards({ email: 'amy@bigbangtheory.com' })).body).toEqual([expect.objectContaining({ user_role: 'friend', status: 'earned' })]);
    await referred('stuart', 'active');
    expect((await rewards({ email: 'leonard@bigbangtheory.com', status: 'delivered' })).body).toEqual([]);
    await referred('bernadette', 'active');
    const delivered = (await rewards({ email: 'leonard@bigbangtheory.com', status: 'delivered' })).body;
    expect(delivered).toEqual([
      expect.objectContaining({ descriptor: 'milestone_3_referrals', name: 'Sandbox T-shirt', type: 'Milestone', user_role: 'referrer', user_id: 1, revoked_at: null }),
    ]);
    expect(delivered[0].delivered_at).toBe(delivered[0].earned_at);
    expect((await rewards({ email: 'leonard@bigbangtheory.com' })).body.map((r: { type: string }) => r.type)).toEqual(['DoubleSided', 'DoubleSided', 'DoubleSided', 'Milestone']);
  });

  mockTest('filters combine; an unknown status is 422 in the envelope; an unknown beta is 404', async () => {
    expect((await rewards({ status: 'delivered' })).body).toEqual([expect.objectContaining({ id: 1, user_id: 3, type: 'Milestone' })]);
    expect((await rewards({ email: 'howard@bigbangtheory.com', status: 'earned' })).body).toEqual([]);
    const bad = await rewards({ status: 'pending' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].code).toBe(422);
    expect((await api.call('GET', '/api/v2/betas/42/rewards')).status).toBe(404);
  });

  mockTest('suspending a friend revokes the earned rewards of its referral and takes their points back; unsuspending does not restore them', async () => {
    const friend = await referred('kripke', 'active');
    expect((await rewards({ email: 'leonard@bigbangtheory.com' })).body).toHaveLength(1);
    const suspended = await api.call('PUT', `/api/v2/betas/1/testers/${friend.body.id}`, { body: { tester: { status: 'suspended' } } });
    expect(suspended.body.status).toBe('suspended');
    const revoked = [...(await rewards({ email: 'leonard@bigbangtheory.com' })).body, ...(await rewards({ email: 'kripke@bigbangtheory.com' })).body];
    expect(revoked.map((r: { status: string; revoked_at: string | null }) => [r.status, r.revoked_at !== null])).toEqual([['revoked', true], ['revoked', true]]);
    expect((await points({ email: 'leonard@bigbangtheory.com' })).body).toEqual([]);
    expect((await api.call('GET', '/api/v2/betas/1/testers/1')).body.share_signups_count).toBe(0);
    const back = await api.call('PUT', `/api/v2/betas/1/testers/${friend.body.id}`, { body: { tester: { status: 'unsuspended' } } });
    expect(back.body.status).toBe('active');
    expect((await rewards({ status: 'revoked' })).body).toHaveLength(2);
    expect((await rewards({ status: 'earned' })).body).toEqual([]);
    expect((await api.call('GET', '/api/v2/betas/1/testers/1')).body.share_signups_count).toBe(1);
  });

  mockTest('seeded rules: single-sided on signup, referral links only, delivered automatically with points', async () => {
    const rule = { descriptor: 'signup_sticker', name: 'Sticker', type: 'SingleSided', qualify_on: 'signup', via: ['referral'], points: 2, delivery: 'automatic' };
    await api.admin.seed({ prefinery: { tenants: [{ id: 'default', data: { betas: [{ id: 1, reward_rules: [rule] }] } }] } });
    const friend = await referred('barry', 'imported');
    expect((await rewards({ email: 'leonard@bigbangtheory.com' })).body).toEqual([
      expect.objectContaining({ descriptor: 'signup_sticker', name: 'Sticker', type: 'SingleSided', user_role: 'referrer', status: 'delivered' }),
    ]);
    expect((await rewards({ email: 'barry@bigbangtheory.com' })).body).toEqual([]); // single-sided: the friend gets nothing
    expect((await points({ email: 'leonard@bigbangtheory.com' })).body).toEqual([expect.objectContaining({ quantity: 2, activity: 'reward' })]);
    const invitation = await api.call('POST', '/api/v2/betas/1/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'emily@bigbangtheory.com' } } });
    testers.track(invitation.body.invitee.id);
    expect((await rewards({ email: 'leonard@bigbangtheory.com' })).body).toHaveLength(1); // friend invitations do not count for this rule
    expect(friend.body.referred_by).toEqual({ id: 1, email: 'leonard@bigbangtheory.com' });
  });

  mockTest('deleting a tester removes its rewards and points; its referrer keeps the ones its referral earned', async () => {
    const friend = await referred('zack', 'active');
    await api.call('DELETE', `/api/v2/betas/1/testers/${friend.body.id}`);
    expect((await rewards({ status: 'earned' })).body).toEqual([expect.objectContaining({ user_id: 1, user_role: 'referrer' })]);
    expect((await points()).body.map((p: { user_id: number }) => p.user_id)).toEqual([3, 1]);
  });

  mockTest('rewards and points share 60 calls a minute once rate limits are on', async () => {
    await api.admin.faultSettings({ rate_limits: true });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await (i % 2 === 0 ? rewards() : points())).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    const limited = await api.call('POST', '/api/v2/betas/1/points', { body: { email: 'leonard@bigbangtheory.com', quantity: 1 } });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect((await api.call('GET', '/api/v2/betas/1/testers')).status).toBe(200); // testers count against their own limit
  });
});
