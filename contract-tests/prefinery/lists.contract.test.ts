import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, betaOwnFields, prefineryClient, uniqueEmail, withTesters } from './target.js';

const pagination = (res: { headers: Record<string, string> }) => JSON.parse(res.headers['x-pagination']);

describe('Prefinery lists: bare arrays, X-Pagination header, filters', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);

  liveTest('betas list is a bare array with the X-Pagination header; show answers the same beta', async () => {
    const res = await api.call('GET', '/api/v2/betas');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(pagination(res)).toMatchObject({ current_page: 1, previous_page: null });
    const beta = res.body.find((b: { id: number }) => b.id === betaId());
    const shown = (await api.call('GET', `/api/v2/betas/${betaId()}.json`)).body;
    // Other tests add testers meanwhile, so the counters may have moved between the two reads.
    expect(betaOwnFields(shown)).toEqual(betaOwnFields(beta));
    expect(Object.keys(shown).sort()).toEqual(Object.keys(beta).sort());
  });

  liveTest('email_is finds exactly one tester, email_contains fuzzily', async () => {
    const email = uniqueEmail('filter');
    await testers.createTester({ email });
    const exact = await api.call('GET', `/api/v2/betas/${betaId()}/testers`, { query: { email_is: email } });
    expect(exact.body.map((t: { email: string }) => t.email)).toEqual([email]);
    // A fragment from inside the address, unique to this run, so other testers cannot crowd it off the first page.
    const fuzzy = await api.call('GET', `/api/v2/betas/${betaId()}/testers.json`, { query: { email_contains: email.slice(email.indexOf('+') + 1, email.indexOf('@')) } });
    expect(fuzzy.body.map((t: { email: string }) => t.email)).toContain(email);
  });

  mockTest('30 testers page as 25 + 5, and a page past the end is empty', async () => {
    const first = await api.call('GET', '/api/v2/betas/1/testers');
    expect(first.body).toHaveLength(25);
    expect(pagination(first)).toEqual({ previous_page: null, next_page: 2, current_page: 1, per_page: 25, count: 25, pages: 2, total: 30 });
    const second = await api.call('GET', '/api/v2/betas/1/testers', { query: { page: 2 } });
    expect(second.body.map((t: { id: number }) => t.id)).toEqual([26, 27, 28, 29, 30]);
    expect(pagination(second)).toMatchObject({ previous_page: 1, next_page: null, count: 5 });
    const past = await api.call('GET', '/api/v2/betas/1/testers', { query: { page: 9 } });
    expect(past.body).toEqual([]);
  });

  mockTest('name, referral_code and custom_vars filters', async () => {
    await api.admin.seed({ prefinery: { tenants: [{ id: 'default', data: { testers: [{ id: 2, profile: { custom_var3: 'vip' } }] } }] } });
    const byName = await api.call('GET', '/api/v2/betas/1/testers', { query: { name: 'hofstadter' } });
    expect(byName.body.map((t: { id: number }) => t.id)).toEqual([1]);
    const byCode = await api.call('GET', '/api/v2/betas/1/testers', { query: { referral_code: 'LeOnArD1' } });
    expect(byCode.body.map((t: { id: number }) => t.id)).toEqual([1]);
    const byVar = await api.call('GET', '/api/v2/betas/1/testers', { query: { custom_vars: 'vip' } });
    expect(byVar.body.map((t: { id: number }) => t.id)).toEqual([2]);
  });

  mockTest('beta counters stay true as testers are created, checked in and deleted', async () => {
    const before = (await api.call('GET', '/api/v2/betas/1')).body;
    const created = await testers.createTester({ email: 'raj@bigbangtheory.com', status: 'applied' });
    let beta = (await api.call('GET', '/api/v2/betas/1')).body;
    expect(beta.testers_count).toBe(before.testers_count + 1);
    expect(beta.applied_testers_count).toBe(before.applied_testers_count + 1);
    await api.call('POST', '/api/v2/betas/1/checkins', { body: { checkin: { email: 'RAJ@bigbangtheory.com' } } });
    beta = (await api.call('GET', '/api/v2/betas/1')).body;
    expect(beta.applied_testers_count).toBe(before.applied_testers_count);
    expect(beta.active_testers_count).toBe(before.active_testers_count + 1);
    await api.call('DELETE', `/api/v2/betas/1/testers/${created.body.id}`);
    expect((await api.call('GET', '/api/v2/betas/1')).body).toEqual(before);
  });

  mockTest('an unknown beta and a page of 0 are 404', async () => {
    const res = await api.call('GET', '/api/v2/betas/42');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: [{ code: 404, message: 'Beta not found.' }] });
    expect((await api.call('GET', '/api/v2/betas/1/testers', { query: { page: 0 } })).status).toBe(404);
  });
});
