import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, prefineryClient, testerOwnFields, uniqueEmail, withTesters } from './target.js';

describe('Prefinery testers: create, show, update, delete', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);
  const path = (id?: number) => `/api/v2/betas/${betaId()}/testers${id === undefined ? '' : `/${id}`}`;

  liveTest('create answers 201 with the full tester; imported is the default status', async () => {
    const email = uniqueEmail('create');
    const res = await testers.createTester({ email, profile: { first_name: 'Bruce', last_name: 'Wayne', custom_var1: 'gotham' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email, status: 'imported', applied_at: null, invited_at: null, joined_at: null, friend_invitations_count: 0, referred_by: null });
    expect(res.body.imported_at).toEqual(expect.stringMatching(/Z$/));
    expect(res.body.profile).toMatchObject({ first_name: 'Bruce', last_name: 'Wayne', custom_var1: 'gotham' });
    expect(res.body.share_link.endsWith(res.body.referral_code)).toBe(true);
    const shown = await api.call('GET', path(res.body.id));
    // Other tests add and delete testers meanwhile, which moves this one's waitlist place.
    expect(testerOwnFields(shown.body)).toEqual(testerOwnFields(res.body));
  });

  liveTest('status changes stamp applied_at, invited_at (with a code) and joined_at', async () => {
    const { body } = await testers.createTester({ email: uniqueEmail('stamps'), status: 'applied' });
    expect(body.applied_at).not.toBeNull();
    expect(body.invitation_code).toBeNull();
    const invited = await api.call('PUT', path(body.id), { body: { tester: { status: 'invited' } } });
    expect(invited.status).toBe(200);
    expect(invited.body.invited_at).not.toBeNull();
    expect(invited.body.invitation_code).toEqual(expect.any(String));
    const active = await api.call('PUT', path(body.id), { body: { tester: { status: 'active', profile: { city: 'Pasadena' } } } });
    expect(active.body).toMatchObject({ status: 'active', invitation_code: invited.body.invitation_code, profile: { city: 'Pasadena' } });
    expect(active.body.joined_at).not.toBeNull();
  });

  liveTest('a missing or invalid email is 2301, a taken one 2310 (on create and update)', async () => {
    const email = uniqueEmail('dup');
    const first = await testers.createTester({ email });
    for (const bad of [{}, { email: 'not-an-email' }]) {
      const res = await api.call('POST', path(), { body: { tester: bad } });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].code).toBe(2301);
    }
    const dup = await api.call('POST', path(), { body: { tester: { email: email.toUpperCase() } } });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].code).toBe(2310);
    const other = await testers.createTester({ email: uniqueEmail('other') });
    const clash = await api.call('PUT', path(other.body.id), { body: { tester: { email } } });
    expect(clash.body.errors[0].code).toBe(2310);
    expect((await api.call('PUT', path(first.body.id), { body: { tester: { email } } })).status).toBe(200);
  });

  liveTest('delete answers 200; the tester is then 404', async () => {
    const res = await api.call('POST', path(), { body: { tester: { email: uniqueEmail('delete') } } });
    const del = await api.call('DELETE', path(res.body.id));
    expect(del.status).toBe(200);
    expect(del.text).toBe('');
    const gone = await api.call('GET', path(res.body.id));
    expect(gone.status).toBe(404);
    expect(gone.body.errors[0]).toEqual({ code: 404, message: 'Tester not found.' });
  });

  mockTest('an unknown status is 422 and a non-numeric tester id 404', async () => {
    const res = await api.call('POST', path(), { body: { tester: { email: uniqueEmail('s'), status: 'paused' } } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].code).toBe(422);
    expect((await api.call('GET', `${path()}/abc`)).status).toBe(404);
  });

  mockTest('a tester created with referrer_id is a referral: the referrer and the beta count a share signup', async () => {
    const res = await testers.createTester({ email: 'raj@bigbangtheory.com', status: 'applied', referrer_id: 1 });
    expect(res.body.referred_by).toEqual({ id: 1, email: 'leonard@bigbangtheory.com' });
    expect((await api.call('GET', path(1))).body.share_signups_count).toBe(1);
    expect((await api.call('GET', `/api/v2/betas/${betaId()}`)).body.share_signups_count).toBe(1);
  });

  mockTest('inviting by status emails the invitation; rejecting emails a rejection', async () => {
    const res = await testers.createTester({ email: 'stuart@bigbangtheory.com', status: 'invited' });
    await api.call('PUT', path(2), { body: { tester: { status: 'rejected' } } });
    const outbox = await api.admin.outbox();
    expect(outbox.map((m: { to: string; data: { template: string } }) => [m.to, m.data.template])).toEqual([
      ['penny@bigbangtheory.com', 'rejection'],
      ['stuart@bigbangtheory.com', 'invitation'],
    ]);
    expect(outbox[1].body).toContain(res.body.invitation_code);
  });

  mockTest('timestamps come from the sandbox clock', async () => {
    await api.admin.advanceClock(3600);
    const before = Date.parse((await testers.createTester({ email: uniqueEmail('c1') })).body.created_at);
    await api.admin.advanceClock(60);
    const after = Date.parse((await testers.createTester({ email: uniqueEmail('c2') })).body.created_at);
    expect(after - before).toBe(60_000);
  });
});
