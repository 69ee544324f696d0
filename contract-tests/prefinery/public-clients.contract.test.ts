// What public Prefinery integrations send, replayed as they send it (../shared/reference/fidelity-2026-12.md §6).
// Prefinery is a Rails app: these rest on how Rack and Rails read parameters, so they are sandbox-only (mockTest)
// until a live run confirms them.
import { beforeEach, describe, expect } from 'vitest';
import { mockTest, type VendorClient } from '../support/client.js';
import { apiKey, betaId, prefineryClient, uniqueEmail, withTesters } from './target.js';

describe('Prefinery as public clients call it', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);
  const list = () => `/api/v2/betas/${betaId()}/testers`;

  mockTest('the TypeScript v2 client (axios params plus the URL) sends api_key twice: Rack takes the last, so it authenticates', async () => {
    const twice = await api.call('GET', `/api/v2/betas.json?api_key=${apiKey()}&api_key=${apiKey()}`, { auth: false });
    expect(twice.status).toBe(200);
    expect(Array.isArray(twice.body)).toBe(true);
    // The last value is the one read: a good key after a wrong one works, a wrong one last does not.
    expect((await api.call('GET', `/api/v2/betas.json?api_key=wrong&api_key=${apiKey()}`, { auth: false })).status).toBe(200);
    expect((await api.call('GET', `/api/v2/betas.json?api_key=${apiKey()}&api_key=wrong`, { auth: false })).status).toBe(401);
  });

  mockTest("lbry's PHP signup sends referrer_id as a JSON string: Rails casts it, so the signup is referred", async () => {
    const referrer = await testers.createTester({ email: uniqueEmail('lbry-referrer'), status: 'applied' });
    const res = await api.call('POST', list(), { body: { tester: { email: uniqueEmail('lbry-friend'), status: 'applied', referrer_id: String(referrer.body.id) } } });
    expect(res.status, res.text).toBe(201);
    testers.track(res.body.id);
    expect(res.body.referred_by).toMatchObject({ id: referrer.body.id });
    // What Rails cannot cast stays an error, as before.
    const bad = await api.call('POST', list(), { body: { tester: { email: uniqueEmail('lbry-bad'), referrer_id: 'twelve' } } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].message).toMatch(/referrer_id/);
  });

  mockTest("lbry's PHP and the TS client's listUsers(email) look a tester up with ?email=: only that tester answers", async () => {
    const wanted = await testers.createTester({ email: uniqueEmail('lookup'), status: 'applied' });
    await testers.createTester({ email: uniqueEmail('someone-else'), status: 'applied' });
    const res = await api.call('GET', `${list()}.json`, { query: { email: wanted.body.email.toUpperCase() } });
    expect(res.status).toBe(200);
    expect(res.body.map((t: { id: number }) => t.id)).toEqual([wanted.body.id]);
    expect(res.body[0].share_link).toBe(wanted.body.share_link);
    expect((await api.call('GET', list(), { query: { email: 'nobody@example.com' } })).body).toEqual([]);
    // With email_is as well, both must match.
    expect((await api.call('GET', list(), { query: { email: wanted.body.email, email_is: 'other@example.com' } })).body).toEqual([]);
  });

  mockTest("octoblu's v2 client checks an invitation code with testers/{id}/verify.json", async () => {
    const { body: tester } = await testers.createTester({ email: uniqueEmail('verify'), status: 'invited' });
    expect(tester.invitation_code).toEqual(expect.any(String));
    const path = `/api/v2/betas/${betaId()}/testers/${tester.id}/verify.json`;
    const ok = await api.call('GET', path, { query: { invitation_code: tester.invitation_code } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: tester.id, email: tester.email });
    expect((await api.call('GET', path, { query: { invite_code: tester.invitation_code } })).status).toBe(200); // v1's name
    for (const query of [{ invitation_code: 'wrong' }, {}]) {
      const refused = await api.call('GET', path, { query });
      expect(refused.status).toBe(422);
      expect(refused.body).toEqual({ errors: [{ code: 422, message: 'Invitation code is invalid.' }] });
    }
    expect((await api.call('GET', `/api/v2/betas/${betaId()}/testers/999999/verify.json`, { query: { invitation_code: 'x' } })).status).toBe(404);
  });
});
