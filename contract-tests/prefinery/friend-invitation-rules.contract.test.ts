import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, prefineryClient, uniqueEmail, withTesters } from './target.js';

// Every documented error, one test each; 422 {"errors":[{"code","message"}]} in the order of the codes.
describe('Prefinery friend invitation rules 2501-2510', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);
  const invite = (friend_invitation: unknown, beta = betaId()) =>
    api.call('POST', `/api/v2/betas/${beta}/friend_invitations`, { body: friend_invitation === undefined ? undefined : { friend_invitation } });
  const expectCode = (res: { status: number; body: any }, code: number) => {
    expect(res.status).toBe(422);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].code).toBe(code);
    expect(res.body.errors[0].message).toEqual(expect.any(String));
  };
  const activeSender = async (label: string) => (await testers.createTester({ email: uniqueEmail(label), status: 'active' })).body.email as string;

  mockTest('2501 when the body breaks the schema (a number for an email)', async () => {
    expectCode(await invite({ sender_email: 42, recipient_email: 'x@y.com' }), 2501);
  });

  mockTest('2502 when the beta has the invite-a-friend system off (seeded), before every other rule', async () => {
    await api.admin.seed({ prefinery: { tenants: [{ id: 'default', data: { betas: [{ id: 1, invite_system_enabled: false }] } }] } });
    const res = await invite({});
    expectCode(res, 2502);
    expect(res.body.errors[0].message).toMatch(/Invite-a-Friend System is disabled/);
  });

  liveTest('2503 when the sender email is missing, also with no body at all', async () => {
    expectCode(await invite({ recipient_email: uniqueEmail('r') }), 2503);
    expectCode(await invite(undefined), 2503);
  });

  liveTest('2504 when no tester of the beta has the sender email', async () => {
    expectCode(await invite({ sender_email: uniqueEmail('nobody'), recipient_email: uniqueEmail('r') }), 2504);
  });

  liveTest('2505 when the sender is applied or rejected', async () => {
    for (const status of ['applied', 'rejected']) {
      const sender = await testers.createTester({ email: uniqueEmail(status), status });
      expectCode(await invite({ sender_email: sender.body.email, recipient_email: uniqueEmail('r') }), 2505);
    }
  });

  liveTest('2506 when the recipient email is missing or blank', async () => {
    const sender = await activeSender('s2506');
    expectCode(await invite({ sender_email: sender }), 2506);
    expectCode(await invite({ sender_email: sender, recipient_email: ' ' }), 2506);
  });

  liveTest('2507 when the sender invites themself, whatever the case', async () => {
    const sender = await activeSender('s2507');
    expectCode(await invite({ sender_email: sender, recipient_email: sender.toUpperCase() }), 2507);
  });

  mockTest('2508 when the sender has no invitations left', async () => {
    const res = await invite({ sender_email: 'howard@bigbangtheory.com', recipient_email: 'bernadette@bigbangtheory.com' });
    expectCode(res, 2508);
    expect(res.body.errors[0].message).toBe('You have no more invitations. The sender has used up all of their friend invitations.');
  });

  mockTest('2508 follows a per-tester allowance set by seeding', async () => {
    await api.admin.seed({ prefinery: { tenants: [{ id: 'default', data: { testers: [{ id: 1, friend_invitations_allowed: 1 }] } }] } });
    expect((await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'a@example.org' })).status).toBe(201);
    expectCode(await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'b@example.org' }), 2508);
  });

  liveTest('2509 when the sender already invited this person', async () => {
    const sender = await activeSender('s2509');
    const recipient = uniqueEmail('twice');
    const first = await invite({ sender_email: sender, recipient_email: recipient });
    expect(first.status).toBe(201);
    testers.track(first.body.invitee.id);
    expectCode(await invite({ sender_email: sender, recipient_email: recipient.toUpperCase() }), 2509);
  });

  mockTest('2509 when the recipient is already a tester of the beta (sandbox interpretation)', async () => {
    expectCode(await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'penny@bigbangtheory.com' }), 2509);
  });

  liveTest('2510 when the recipient email is invalid', async () => {
    const sender = await activeSender('s2510');
    expectCode(await invite({ sender_email: sender, recipient_email: 'sheldon-at-caltech' }), 2510);
  });

  mockTest('rules apply in code order: applied sender with no recipient is 2505, exhausted sender with a bad email is 2508', async () => {
    expectCode(await invite({ sender_email: 'penny@bigbangtheory.com' }), 2505);
    expectCode(await invite({ sender_email: 'howard@bigbangtheory.com', recipient_email: 'not-an-email' }), 2508);
  });

  mockTest('a refused invitation changes nothing: no tester, no count, no email', async () => {
    const before = await api.admin.state();
    await invite({ sender_email: 'leonard@bigbangtheory.com', recipient_email: 'bad email' });
    expect(await api.admin.state()).toEqual(before);
    expect(await api.admin.outbox()).toEqual([]);
  });
});
