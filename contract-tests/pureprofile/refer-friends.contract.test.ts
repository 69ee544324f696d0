import { beforeEach, describe, expect } from 'vitest';
import { SANDBOX_PANEL_ID } from '../../src/apis/pureprofile/store.js';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { bearer, pureprofileClient, registerPanelist, SANDBOX_TOKEN, uniqueEmail } from './target.js';

const REFER = '/v1/panel/refer-friends';
const asSandboxPanelist = bearer(SANDBOX_TOKEN);

describe('Pureprofile refer-friends', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = pureprofileClient();
  });

  const referralsOf = async () => (await api.admin.state()).data.pureprofile.default.referrals as Array<{ email: string; referrer_id: string; panel_id: string }>;
  const setLimit = (max: number) =>
    api.admin.seed({ pureprofile: { tenants: [{ id: 'default', data: { panels: [{ id: SANDBOX_PANEL_ID, max_referral_emails: max }] } }] } });

  mockTest('the docs\' curl works as sent: JSON body with curl\'s default form Content-Type and the ready token', async () => {
    const raw = { data: '{ "emails": [ "friend.one@example.com", "friend.two@example.com" ]}', contentType: 'application/x-www-form-urlencoded' };
    const res = await api.call('POST', REFER, { auth: asSandboxPanelist, raw });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      message: 'success',
      data: { invited_count: 2, invited: ['friend.one@example.com', 'friend.two@example.com'], failed_count: 0, failed: [] },
    });
  });

  liveTest('valid new addresses are invited and an invalid one fails, in request order', async () => {
    const { token } = await registerPanelist(api, 'referrer');
    const a = uniqueEmail('friend-a');
    const b = uniqueEmail('friend-b');
    const res = await api.call('POST', REFER, { auth: bearer(token), body: { emails: [a, 'not-an-email', b] } });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ invited_count: 2, invited: [a, b], failed_count: 1, failed: ['not-an-email'] });
  });

  mockTest('panelists, earlier invitees, the sender and repeats fail; every address lands in exactly one list', async () => {
    const emails = [
      'new.friend@example.com',
      'Sandbox.Panelist@example.com', // the sender
      'already.invited@example.com', // invited earlier by another panelist
      'NEW.friend@example.com', // repeat within the request
      'bob@', // invalid
      'other.friend@example.com',
    ];
    const member = (await api.admin.state()).data.pureprofile.default.panelists[1].email as string;
    const res = await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: [...emails, member] } });
    expect(res.body.data).toEqual({
      invited_count: 2,
      invited: ['new.friend@example.com', 'other.friend@example.com'],
      failed_count: 5,
      failed: ['Sandbox.Panelist@example.com', 'already.invited@example.com', 'NEW.friend@example.com', 'bob@', member],
    });
  });

  mockTest('each invitation is stored (who, whom, when) and emailed through the outbox', async () => {
    await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['stored@example.com', 'bad'] } });
    const stored = (await referralsOf()).filter((r) => r.email === 'stored@example.com');
    expect(stored).toEqual([expect.objectContaining({ panel_id: SANDBOX_PANEL_ID, referrer_id: '5b0d7c1e-2f3a-4c5d-8e9f-0a1b2c3d4e5f', created_at: expect.any(String) })]);
    const outbox = await api.admin.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ vendor: 'pureprofile', to: 'stored@example.com', subject: 'Sam invited you to join Pureprofile Sandbox Panel' });
  });

  mockTest('an address already invited by one panelist fails for the next', async () => {
    await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['shared@example.com'] } });
    const { token } = await registerPanelist(api, 'second');
    const res = await api.call('POST', REFER, { auth: bearer(token), body: { emails: ['Shared@example.com'] } });
    expect(res.body.data).toMatchObject({ invited: [], failed: ['Shared@example.com'] });
  });

  mockTest('over the panel limit the whole request is 422 naming the limit, and nothing is invited or sent', async () => {
    const emails = Array.from({ length: 11 }, (_, i) => `over${i}@example.com`);
    const before = await referralsOf();
    const res = await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Too many emails: at most 10 can be referred at once.', errors: [{ field: 'emails', message: 'max 10' }] });
    expect(await referralsOf()).toEqual(before);
    expect(await api.admin.outbox()).toEqual([]);
  });

  mockTest('the limit is a panel setting: seeding max_referral_emails 3 allows 3 and refuses 4', async () => {
    await setLimit(3);
    const four = await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'] } });
    expect(four.status).toBe(422);
    expect(four.body.errors).toEqual([{ field: 'emails', message: 'max 3' }]);
    const three = await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['a@example.com', 'b@example.com', 'c@example.com'] } });
    expect(three.status).toBe(200);
    expect(three.body.data.invited_count).toBe(3);
  });

  mockTest('the limit counts every address sent, failing ones included', async () => {
    await setLimit(2);
    const res = await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['ok@example.com', 'bad', 'bad'] } });
    expect(res.status).toBe(422);
  });

  liveTest('a missing or empty emails list is 400 naming the field', async () => {
    const { token } = await registerPanelist(api, 'empty');
    for (const body of [{}, { emails: [] }, { emails: 'a@example.com' }, { emails: [42] }]) {
      const res = await api.call('POST', REFER, { auth: bearer(token), body });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toMatch(/^emails/);
    }
  });

  mockTest('account INVITED_COUNT follows the referrals', async () => {
    const count = async () => (await api.call('GET', '/v1/panel/account', { auth: asSandboxPanelist })).body.data.profile.INVITED_COUNT;
    expect(await count()).toBe(0);
    await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['c1@example.com', 'c2@example.com', 'bad'] } });
    expect(await count()).toBe(2);
    await api.call('POST', REFER, { auth: asSandboxPanelist, body: { emails: ['c1@example.com', 'c3@example.com'] } });
    expect(await count()).toBe(3);
  });
});
