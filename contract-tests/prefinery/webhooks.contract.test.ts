import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { startReceiver, startTestReceiver, type Answer, type ReceivedRequest, type Receiver } from '../../src/engine/test-support/receiver.js';
import { mockTest, type VendorClient } from '../support/client.js';
import { checkWebhookConformance } from '../support/conformance.js';
import { prefineryClient } from './target.js';

// Prefinery's endpoints live in its dashboard, so these tests register them through the sandbox admin API (mock only).
const SECRET = 'whsec_prefinery_contract_secret';

/** What a user's handler does: split the header, recompute v1 over "<t>.<raw body>", compare in constant time. */
function verifySignature(request: ReceivedRequest, secret = SECRET): { t: number; valid: boolean } {
  const header = String(request.headers['x-prefinery-signature'] ?? '');
  const pairs = header.split(',').map((element) => element.split('=') as [string, string]);
  const t = pairs.find(([prefix]) => prefix === 't')?.[1] ?? '';
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${request.body}`).digest('hex'));
  const valid = pairs.some(([prefix, value]) => prefix === 'v1' && value.length === expected.length && timingSafeEqual(Buffer.from(value), expected));
  return { t: Number(t), valid };
}

/** Every check a receiver makes on one delivery: JSON POST, documented shape, valid signature. */
function expectWellFormed(request: ReceivedRequest) {
  expect(request.method).toBe('POST');
  expect(request.headers['content-type']).toMatch(/^application\/json/);
  expect(checkWebhookConformance('prefinery', request.json.event, request.json)).toEqual([]);
  const { t, valid } = verifySignature(request);
  expect(valid).toBe(true);
  expect(Math.abs(t - Date.parse(request.json.created_at) / 1000)).toBeLessThanOrEqual(1);
}

/** Milliseconds from attempt `index` of a logged delivery to its next scheduled attempt. */
const delayAfter = (delivery: { next_attempt_at: string; attempts: Array<{ started_at: string }> }, index: number) =>
  Date.parse(delivery.next_attempt_at) - Date.parse(delivery.attempts[index].started_at);
const events = (receiver: Receiver) => receiver.received.map((r) => r.json.event);
const byEvent = (receiver: Receiver, event: string) => receiver.received.filter((r) => r.json.event === event).map((r) => r.json);

describe('Prefinery webhooks: tester and referral events, signed, with the documented delivery rules', () => {
  let api: VendorClient;
  const receivers: Receiver[] = [];
  beforeEach(() => {
    api = prefineryClient();
  });
  beforeEach(() => void receivers.splice(0));

  // Each is closed when its test finishes; the list lets a test look at all it opened.
  async function receiver(answer?: (request: ReceivedRequest, index: number) => Answer) {
    const r = await startTestReceiver(answer);
    receivers.push(r);
    return r;
  }
  async function registered(answer?: (request: ReceivedRequest, index: number) => Answer, extra: { events?: string[]; tenant?: string } = {}) {
    const r = await receiver(answer);
    const endpoint = await api.admin.addWebhookEndpoint({ url: `${r.url}/prefinery`, secret: SECRET, ...extra });
    return { receiver: r, endpoint };
  }

  mockTest('tester create, update, both check-ins and delete each send one signed event carrying the tester', async () => {
    const { receiver: hook } = await registered();
    const created = await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'hooked@example.com', status: 'applied', profile: { first_name: 'Hook' } } } });
    expect(created.status).toBe(201);
    const [first] = await hook.waitFor(1);
    expectWellFormed(first);
    expect(first.path).toBe('/prefinery');
    expect(first.json).toEqual({ id: expect.any(String), event: 'tester_created', created_at: expect.any(String), data: { beta_id: 1, tester: created.body } });
    expect(Math.abs(Date.parse(first.json.created_at) - Date.parse(created.body.created_at))).toBeLessThanOrEqual(1000); // the sandbox clock runs

    const updated = await api.call('PUT', `/api/v2/betas/1/testers/${created.body.id}`, { body: { tester: { status: 'invited' } } });
    expect(updated.status).toBe(200);
    await hook.waitFor(2);
    expect(hook.received[1].json).toMatchObject({ event: 'tester_updated', data: { beta_id: 1, tester: updated.body } });

    expect((await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'hooked@example.com' } } })).status).toBe(202);
    expect((await api.call('POST', `/api/v2/betas/1/testers/${created.body.id}/checkin`)).status).toBe(202);
    await hook.waitFor(4);
    const shown = await api.call('GET', `/api/v2/betas/1/testers/${created.body.id}`);
    expect(hook.received[2].json.data.tester).toMatchObject({ id: created.body.id, status: 'active', joined_at: shown.body.joined_at });
    expect(hook.received[3].json.data.tester).toEqual(shown.body);

    expect((await api.call('DELETE', `/api/v2/betas/1/testers/${created.body.id}`)).status).toBe(200);
    await hook.waitFor(5);
    expect(hook.received[4].json).toMatchObject({ event: 'tester_deleted', data: { beta_id: 1, tester: shown.body } });

    await api.admin.settleWebhooks();
    expect(events(hook)).toEqual(['tester_created', 'tester_updated', 'tester_updated', 'tester_updated', 'tester_deleted']);
    hook.received.forEach(expectWellFormed);
    expect(new Set(hook.received.map((r) => r.json.id)).size).toBe(5);
    const log = await api.admin.webhookDeliveries();
    expect(log.map((d: { status: string }) => d.status)).toEqual(Array(5).fill('delivered'));
  });

  mockTest('a tester created with a referrer sends tester_created and referral_created (via referral)', async () => {
    const { receiver: hook } = await registered();
    const created = await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'referred@example.com', referrer_id: 1 } } });
    expect(created.status).toBe(201);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    hook.received.forEach(expectWellFormed);
    expect(events(hook).sort()).toEqual(['referral_created', 'tester_created']);
    const [referral] = byEvent(hook, 'referral_created');
    const referrer = await api.call('GET', '/api/v2/betas/1/testers/1');
    expect(referral.data).toEqual({ beta_id: 1, via: 'referral', friend_invitation_id: null, referrer: referrer.body, tester: created.body });
    expect(referral.data.referrer.share_signups_count).toBe(1);
    expect(referral.data.tester.referred_by).toEqual({ id: 1, email: 'leonard@bigbangtheory.com' });
  });

  mockTest('a friend invitation sends tester_created (invitee), tester_updated (inviter) and referral_created (via friend_invitation)', async () => {
    const { receiver: hook } = await registered();
    const res = await api.call('POST', '/api/v2/betas/1/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'amy@bigbangtheory.com' } } });
    expect(res.status).toBe(201);
    await hook.waitFor(3);
    await api.admin.settleWebhooks();
    hook.received.forEach(expectWellFormed);
    expect(events(hook).sort()).toEqual(['referral_created', 'tester_created', 'tester_updated']);
    const invitee = await api.call('GET', `/api/v2/betas/1/testers/${res.body.invitee.id}`);
    const inviter = await api.call('GET', '/api/v2/betas/1/testers/1');
    expect(byEvent(hook, 'tester_created')[0].data.tester).toEqual(invitee.body);
    expect(byEvent(hook, 'tester_updated')[0].data.tester).toEqual(inviter.body);
    expect(byEvent(hook, 'tester_updated')[0].data.tester.friend_invitations_count).toBe(1);
    expect(byEvent(hook, 'referral_created')[0].data).toEqual({ beta_id: 1, via: 'friend_invitation', friend_invitation_id: res.body.id, referrer: inviter.body, tester: invitee.body });
  });

  mockTest('an endpoint subscribed to some events receives only those; each endpoint is signed with its own secret', async () => {
    const { receiver: referralsOnly } = await registered(undefined, { events: ['referral_created'] });
    const other = await receiver();
    await api.admin.addWebhookEndpoint({ url: other.url, secret: 'another_secret' });
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'plain@example.com' } } });
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'friend@example.com', referrer_id: 2 } } });
    await other.waitFor(3);
    await api.admin.settleWebhooks();
    expect(events(referralsOnly)).toEqual(['referral_created']);
    expect(other.received.every((r) => verifySignature(r, 'another_secret').valid && !verifySignature(r).valid)).toBe(true);
  });

  mockTest('429 is retried on the sandbox clock 5 s + N^4 apart: two 429s, then 200, three attempts, delivered', async () => {
    const { receiver: hook } = await registered((_request, index) => (index < 2 ? 429 : 200));
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'retry@example.com' } } });
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const [pending] = await api.admin.webhookDeliveries();
    expect(pending).toMatchObject({ status: 'pending', event_type: 'tester_created' });
    expect(delayAfter(pending, 0)).toBeCloseTo(6_000, -2); // 5 + 1^4 s (the sandbox clock runs, so within ~50 ms)
    await api.admin.advanceClock(6);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    const [again] = await api.admin.webhookDeliveries();
    expect(again.status).toBe('pending');
    expect(delayAfter(again, 1)).toBeCloseTo(21_000, -2); // 5 + 2^4 s
    await api.admin.advanceClock(21);
    await hook.waitFor(3);
    await api.admin.settleWebhooks();
    const [done] = await api.admin.webhookDeliveries();
    expect(done.status).toBe('delivered');
    expect(done.attempts.map((a: { status: number; outcome: string }) => [a.status, a.outcome])).toEqual([[429, 'retry'], [429, 'retry'], [200, 'delivered']]);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1); // the same signed bytes every time
    hook.received.forEach(expectWellFormed);
  });

  mockTest('a connection dropped without an answer is retried like a 429', async () => {
    const { receiver: hook } = await registered((_request, index) => (index === 0 ? 'reset' : 201));
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'dropped@example.com' } } });
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect((await api.admin.webhookDeliveries())[0]).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ status: null, outcome: 'retry' })] });
    await api.admin.advanceClock(6);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    expect((await api.admin.webhookDeliveries())[0]).toMatchObject({ status: 'delivered' });
  });

  mockTest('410 fails the delivery and removes the endpoint: later events no longer go to it', async () => {
    const { receiver: gone, endpoint } = await registered(() => 410);
    const { receiver: kept } = await registered();
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'gone@example.com' } } });
    await gone.waitFor(1);
    await kept.waitFor(1);
    await api.admin.settleWebhooks();
    const [failed] = await api.admin.webhookDeliveries({ status: 'failed' });
    expect(failed).toMatchObject({ endpoint_id: endpoint.id, note: 'the receiver asked to be disabled', attempts: [expect.objectContaining({ status: 410, outcome: 'disable' })] });
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'after@example.com' } } });
    await kept.waitFor(2);
    await api.admin.advanceClock(86_400);
    await api.admin.settleWebhooks();
    expect(gone.received).toHaveLength(1);
    const log = await api.admin.webhookDeliveries();
    expect(log.filter((d: { endpoint_id: string }) => d.endpoint_id === endpoint.id)).toHaveLength(1);
  });

  mockTest('any other answer (500, 202, 404) is rejected: failed at once, never retried', async () => {
    for (const status of [500, 202, 404]) await registered(() => status);
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'rejected@example.com' } } });
    for (const r of receivers) await r.waitFor(1);
    await api.admin.settleWebhooks();
    await api.admin.advanceClock(86_400);
    await api.admin.settleWebhooks();
    const log = await api.admin.webhookDeliveries();
    expect(log.map((d: { status: string; attempts: unknown[] }) => [d.status, d.attempts.length])).toEqual([['failed', 1], ['failed', 1], ['failed', 1]]);
    expect(receivers.map((r) => r.received.length)).toEqual([1, 1, 1]);
  });

  mockTest("another tenant's endpoint receives nothing from the default tenant's events", async () => {
    const other = await api.admin.createTenant();
    const { receiver: theirs } = await registered(undefined, { tenant: other.tenant_id });
    const { receiver: mine } = await registered();
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'private@example.com', referrer_id: 1 } } });
    await mine.waitFor(2);
    await api.admin.settleWebhooks();
    expect(theirs.received).toEqual([]);
    expect(await api.admin.webhookDeliveries({ tenant: other.tenant_id })).toEqual([]);
  });

  mockTest('a failing request sends nothing: 422 create, 422 friend invitation, 404 update and delete', async () => {
    const { receiver: hook } = await registered();
    expect((await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'not-an-email' } } })).status).toBe(422);
    expect((await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'LEONARD@bigbangtheory.com', referrer_id: 2 } } })).status).toBe(422);
    expect((await api.call('POST', '/api/v2/betas/1/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'leonard@bigbangtheory.com' } } })).status).toBe(422);
    expect((await api.call('PUT', '/api/v2/betas/1/testers/9999', { body: { tester: { status: 'active' } } })).status).toBe(404);
    expect((await api.call('DELETE', '/api/v2/betas/1/testers/9999')).status).toBe(404);
    expect((await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'nobody@example.com' } } })).status).toBe(404);
    await api.admin.settleWebhooks();
    expect(await api.admin.webhookDeliveries()).toEqual([]);
    expect(hook.received).toEqual([]);
  });
});

// Reward and point events: beta 1's reward rules (default scenario) are a double-sided reward with 10 points a side
// once a referred friend is active, and a milestone at 3 such friends, delivered automatically. Events of one request
// may arrive in any order (Prefinery says so), so they are compared by the record they carry.
const byId = <T extends { data: Record<string, any> }>(list: T[], key: string) => [...list].sort((a, b) => a.data[key].id - b.data[key].id);

describe('Prefinery webhooks: reward and points events', () => {
  let api: VendorClient;
  const receivers: Receiver[] = [];
  beforeEach(() => {
    api = prefineryClient();
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });
  async function registered(events?: string[]) {
    const r = await startReceiver();
    receivers.push(r);
    await api.admin.addWebhookEndpoint({ url: `${r.url}/prefinery`, secret: SECRET, ...(events ? { events } : {}) });
    return r;
  }
  const rewardEvents = ['reward_earned', 'reward_delivered', 'reward_revoked', 'points_earned', 'points_revoked'];
  const activeFriend = (email: string) => api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email, status: 'active', referrer_id: 1 } } });

  mockTest('an active referral sends reward_earned for both sides and points_earned for both, each carrying the reward or point and its holder', async () => {
    const hook = await registered(rewardEvents);
    const friend = await activeFriend('friend@example.com');
    await hook.waitFor(4);
    await api.admin.settleWebhooks();
    hook.received.forEach(expectWellFormed);
    expect(events(hook).sort()).toEqual(['points_earned', 'points_earned', 'reward_earned', 'reward_earned']);
    const rewards = (await api.call('GET', '/api/v2/betas/1/rewards', { query: { status: 'earned' } })).body;
    const points = (await api.call('GET', '/api/v2/betas/1/points')).body;
    const leonard = (await api.call('GET', '/api/v2/betas/1/testers/1')).body;
    const shown = (await api.call('GET', `/api/v2/betas/1/testers/${friend.body.id}`)).body;
    expect(byId(byEvent(hook, 'reward_earned'), 'reward').map((e) => e.data)).toEqual([
      { beta_id: 1, reward: rewards[0], tester: leonard },
      { beta_id: 1, reward: rewards[1], tester: shown },
    ]);
    expect(byId(byEvent(hook, 'points_earned'), 'point').map((e) => [e.data.point, e.data.tester.id])).toEqual([
      [points[1], 1],
      [points[2], friend.body.id],
    ]);
  });

  mockTest('the milestone, delivered automatically, sends reward_earned then reward_delivered for the same reward', async () => {
    await activeFriend('one@example.com');
    await activeFriend('two@example.com');
    const hook = await registered(['reward_earned', 'reward_delivered']);
    await activeFriend('three@example.com');
    await hook.waitFor(4);
    await api.admin.settleWebhooks();
    hook.received.forEach(expectWellFormed);
    const milestone = hook.received.map((r) => r.json).filter((e) => e.data.reward.type === 'Milestone');
    expect(milestone.map((e) => [e.event, e.data.reward.status]).sort()).toEqual([['reward_delivered', 'delivered'], ['reward_earned', 'earned']]);
    expect(milestone[0].data.reward.id).toBe(milestone[1].data.reward.id);
    expect(milestone[1].data.reward.delivered_at).toEqual(expect.stringMatching(/Z$/));
  });

  mockTest('suspending the friend sends reward_revoked for both sides and points_revoked for their points', async () => {
    const friend = await activeFriend('suspect@example.com');
    const hook = await registered(rewardEvents);
    expect((await api.call('PUT', `/api/v2/betas/1/testers/${friend.body.id}`, { body: { tester: { status: 'suspended' } } })).status).toBe(200);
    await hook.waitFor(4);
    await api.admin.settleWebhooks();
    hook.received.forEach(expectWellFormed);
    expect(events(hook).sort()).toEqual(['points_revoked', 'points_revoked', 'reward_revoked', 'reward_revoked']);
    const revoked = byId(byEvent(hook, 'reward_revoked'), 'reward');
    expect(revoked.map((e) => [e.data.reward.status, e.data.reward.user_id])).toEqual([['revoked', 1], ['revoked', friend.body.id]]);
    expect(byId(byEvent(hook, 'points_revoked'), 'point').map((e) => e.data.point.activity)).toEqual(['reward', 'friend_reward']);
    expect(revoked[1].data.tester.status).toBe('suspended');
  });

  mockTest('POST /points sends points_earned with the created point; a refused request sends nothing', async () => {
    const hook = await registered();
    expect((await api.call('POST', '/api/v2/betas/1/points', { body: { email: 'penny@bigbangtheory.com' } })).status).toBe(422);
    const created = await api.call('POST', '/api/v2/betas/1/points', { body: { email: 'penny@bigbangtheory.com', quantity: 7, reason: 'VIP' } });
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    hook.received.forEach(expectWellFormed);
    expect(hook.received.map((r) => r.json)).toEqual([
      { id: expect.any(String), event: 'points_earned', created_at: expect.any(String), data: { beta_id: 1, point: created.body, tester: (await api.call('GET', '/api/v2/betas/1/testers/2')).body } },
    ]);
  });
});
