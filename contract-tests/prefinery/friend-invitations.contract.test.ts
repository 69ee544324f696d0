import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, prefineryClient, uniqueEmail, withTesters } from './target.js';

describe('Prefinery friend invitations: success, JSON and form bodies', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);
  const invite = (friend_invitation: Record<string, unknown>, suffix = '') =>
    api.call('POST', `/api/v2/betas/${betaId()}/friend_invitations${suffix}`, { body: { friend_invitation } });

  liveTest('an active tester invites a friend: 201 with the invitation, the inviter and the new invited tester', async () => {
    const sender = await testers.createTester({ email: uniqueEmail('inviter'), status: 'active' });
    const recipient = uniqueEmail('invitee');
    const res = await invite({ sender_email: sender.body.email, recipient_email: recipient, message: 'Hi, join us.' });
    expect(res.status).toBe(201);
    testers.track(res.body.invitee.id);
    expect(res.body.inviter).toMatchObject({ id: sender.body.id, email: sender.body.email, status: 'active', friend_invitations_count: 1, friend_invitations_remaining: sender.body.friend_invitations_remaining - 1 });
    expect(res.body.invitee).toMatchObject({ email: recipient, status: 'invited', applied_at: null, joined_at: null, friend_invitations_count: 0 });
    expect(res.body.invitee.invitation_code).toMatch(/^[0-9a-f]{10}$/);
    expect(res.body.invitee.invited_at).toBe(res.body.created_at);
  });

  liveTest('form-encoded brackets on the .json path work as the curl example shows', async () => {
    const sender = await testers.createTester({ email: uniqueEmail('form'), status: 'active' });
    const recipient = uniqueEmail('form-invitee');
    const res = await api.call('POST', `/api/v2/betas/${betaId()}/friend_invitations.json`, {
      form: { friend_invitation: { sender_email: sender.body.email, recipient_email: recipient, message: 'Hello' } },
    });
    expect(res.status).toBe(201);
    testers.track(res.body.invitee.id);
    expect(res.body.invitee.email).toBe(recipient);
  });

  mockTest('the invitee points back at the inviter, the invitation is not a referral, and counters follow', async () => {
    const res = await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'sheldon@bigbangtheory.com' });
    expect(res.body.invitee.referred_by).toEqual({ id: 1, email: 'leonard@bigbangtheory.com' });
    expect(res.body.inviter.share_signups_count).toBe(0);
    const shown = await api.call('GET', '/api/v2/betas/1/testers/1');
    expect(shown.body).toMatchObject({ friend_invitations_allowed: 5, friend_invitations_count: 1, friend_invitations_remaining: 4 });
    const beta = await api.call('GET', '/api/v2/betas/1');
    expect(beta.body).toMatchObject({ testers_count: 31, share_signups_count: 0 });
  });

  mockTest('the invitation email lands in the sandbox outbox, newest first', async () => {
    await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'amy@bigbangtheory.com', message: 'First' });
    const res = await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'bernadette@bigbangtheory.com', message: 'You will love it.' });
    const outbox = await api.admin.outbox();
    expect(outbox).toHaveLength(2);
    expect(outbox[0]).toMatchObject({ to: 'bernadette@bigbangtheory.com', from: 'leonard@bigbangtheory.com' });
    expect(outbox[0].body).toContain('You will love it.');
    expect(outbox[0].body).toContain(res.body.invitee.invitation_code);
    expect(outbox[0].data).toMatchObject({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'bernadette@bigbangtheory.com', message: 'You will love it.', invitation_code: res.body.invitee.invitation_code });
  });

  mockTest('an unknown beta is 404', async () => {
    const res = await api.call('POST', '/api/v2/betas/999/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'x@y.com' } } });
    expect(res.status).toBe(404);
    expect(res.body.errors[0].code).toBe(404);
  });
});

describe('Prefinery friend invitations: under concurrency the allowance holds', () => {
  mockTest('20 parallel invitations from a sender with 5 left: exactly 5 succeed, 15 get 2508', async () => {
    const api = prefineryClient();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.call('POST', '/api/v2/betas/1/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: `friend${i}@example.org` } } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 422).map((r) => r.body.errors[0].code)).toEqual(Array(15).fill(2508));
    const leonard = await api.call('GET', '/api/v2/betas/1/testers/1');
    expect(leonard.body).toMatchObject({ friend_invitations_count: 5, friend_invitations_remaining: 0 });
    const invited = await api.call('GET', '/api/v2/betas/1/testers', { query: { email_contains: '@example.org' } });
    expect(invited.body).toHaveLength(5);
  });
});
