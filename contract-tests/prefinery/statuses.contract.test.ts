import { beforeEach, describe, expect } from 'vitest';
import { mockTest, type VendorClient } from '../support/client.js';
import { prefineryClient } from './target.js';

// unconfirmed (double opt-in) and suspended, as public client code sends them, with the status changes Prefinery's
// statuses help page documents for them.
describe('Prefinery tester statuses unconfirmed and suspended', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const tester = (id: number) => `/api/v2/betas/1/testers/${id}`;
  const setStatus = (id: number, status: string) => api.call('PUT', tester(id), { body: { tester: { status } } });
  const expect422 = (res: { status: number; body: any }) => {
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ code: 422, message: expect.any(String) }]);
  };

  mockTest('create unconfirmed: nothing stamped, the opt-in confirmation is emailed; confirming makes it applied', async () => {
    const created = await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'optin@example.com', status: 'unconfirmed', profile: { custom_var1: 'discord' } } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'unconfirmed', imported_at: null, applied_at: null, invited_at: null, joined_at: null });
    const [mail] = await api.admin.outbox();
    expect(mail).toMatchObject({ to: 'optin@example.com', data: { template: 'opt_in_confirmation', tester_id: created.body.id } });
    const confirmed = await setStatus(created.body.id, 'applied');
    expect(confirmed.body.status).toBe('applied');
    expect(confirmed.body.applied_at).toEqual(expect.stringMatching(/Z$/));
  });

  mockTest('an unconfirmed tester cannot be invited, activated or rejected, and nobody goes back to unconfirmed', async () => {
    const created = await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'optin2@example.com', status: 'unconfirmed' } } });
    for (const status of ['invited', 'active', 'rejected', 'imported']) expect422(await setStatus(created.body.id, status));
    expect422(await setStatus(2, 'unconfirmed'));
    expect((await setStatus(created.body.id, 'unconfirmed')).status).toBe(200); // the status it has: no change
  });

  mockTest('a check-in leaves an unconfirmed or suspended tester as it is, still 202', async () => {
    const created = await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'optin3@example.com', status: 'unconfirmed' } } });
    expect((await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'optin3@example.com' } } })).status).toBe(202);
    expect((await api.call('GET', tester(created.body.id))).body).toMatchObject({ status: 'unconfirmed', joined_at: null });
    await setStatus(2, 'suspended');
    expect((await api.call('POST', `${tester(2)}/checkin`)).status).toBe(202);
    expect((await api.call('GET', tester(2))).body.status).toBe('suspended');
  });

  mockTest('suspend, then unsuspend: the status comes back with nothing stamped; share counters show 0 meanwhile', async () => {
    await api.admin.seed({ prefinery: { tenants: [{ id: 'default', data: { testers: [{ id: 1, share_clicks_count: 4 }] } }] } });
    const before = (await api.call('GET', tester(1))).body;
    await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'referred@example.com', referrer_id: 1 } } });
    const suspended = await setStatus(1, 'suspended');
    expect(suspended.body).toMatchObject({ status: 'suspended', share_clicks_count: 0, share_signups_count: 0, joined_at: before.joined_at });
    expect((await api.call('GET', '/api/v2/betas/1')).body).toMatchObject({ share_signups_count: 0 });
    expect422(await setStatus(1, 'active')); // a suspended tester is unsuspended first
    const back = await setStatus(1, 'unsuspended');
    expect(back.body).toMatchObject({ status: 'active', share_clicks_count: 4, share_signups_count: 1, joined_at: before.joined_at });
    expect((await setStatus(1, 'unsuspended')).body.status).toBe('active'); // not suspended: no change
  });

  mockTest('a suspended tester cannot invite friends (2505); idle cannot be suspended; a tester is not created suspended', async () => {
    await setStatus(1, 'suspended');
    const invite = await api.call('POST', '/api/v2/betas/1/friend_invitations', { body: { friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'amy@bigbangtheory.com' } } });
    expect(invite.body.errors[0].code).toBe(2505);
    await api.admin.seed({ prefinery: { tenants: [{ id: 'default', data: { testers: [{ id: 2, status: 'idle' }] } }] } });
    expect422(await setStatus(2, 'suspended'));
    expect422(await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: { email: 'x@example.com', status: 'suspended' } } }));
  });

  mockTest('the beta has no counter for them, but counts them among its testers', async () => {
    const before = (await api.call('GET', '/api/v2/betas/1')).body;
    await setStatus(2, 'suspended'); // penny was applied
    const after = (await api.call('GET', '/api/v2/betas/1')).body;
    expect(after).toMatchObject({ testers_count: before.testers_count, applied_testers_count: before.applied_testers_count - 1 });
  });
});
