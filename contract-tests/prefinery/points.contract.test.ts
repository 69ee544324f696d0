import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { betaId, prefineryClient, uniqueEmail, withTesters } from './target.js';

const pagination = (res: { headers: Record<string, string> }) => JSON.parse(res.headers['x-pagination']);

describe('Prefinery points: bonus points through the API, errors 2801-2804', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const testers = withTesters(() => api);
  const award = (body: unknown, suffix = '') => api.call('POST', `/api/v2/betas/${betaId()}/points${suffix}`, { body });
  const expectCode = (res: { status: number; body: any }, code: number) => {
    expect(res.status).toBe(422);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toEqual({ code, message: expect.any(String) });
  };

  liveTest('bonus points answer 201 with activity bonus and the reason; the list by email shows them', async () => {
    const { body: tester } = await testers.createTester({ email: uniqueEmail('points') });
    const res = await award({ email: tester.email, quantity: 10, reason: 'share on Facebook' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(Number), quantity: 10, activity: 'bonus', reason: 'share on Facebook', user_id: tester.id, created_at: expect.stringMatching(/Z$/) });
    const list = await api.call('GET', `/api/v2/betas/${betaId()}/points.json`, { query: { email: tester.email } });
    expect(list.status).toBe(200);
    expect(list.body).toEqual([res.body]);
    expect(pagination(list)).toMatchObject({ current_page: 1, count: 1 });
  });

  liveTest('a form body on the .json path, as the curl example sends it (quantity as text, no reason)', async () => {
    const { body: tester } = await testers.createTester({ email: uniqueEmail('points-form') });
    const res = await api.call('POST', `/api/v2/betas/${betaId()}/points.json`, { form: { email: tester.email, quantity: '5' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ quantity: 5, activity: 'bonus', reason: null, user_id: tester.id });
  });

  liveTest('2802 when the email is missing, 2803 when no tester has it, 2804 when the quantity is missing', async () => {
    const { body: tester } = await testers.createTester({ email: uniqueEmail('points-errors') });
    expectCode(await award({ quantity: 10 }), 2802);
    expectCode(await award({ email: uniqueEmail('nobody'), quantity: 10 }), 2803);
    expectCode(await award({ email: tester.email }), 2804);
  });

  mockTest('2801 for a quantity that is not a whole number of at least 1, or a field of the wrong type', async () => {
    for (const quantity of [0, -5, 2.5, 'ten']) expectCode(await award({ email: 'penny@bigbangtheory.com', quantity }), 2801);
    expectCode(await award({ email: 42, quantity: 1 }), 2801);
    expectCode(await award({ email: 'penny@bigbangtheory.com', quantity: 1, reason: ['x'] }), 2801);
  });

  mockTest('the rules go in the order of their codes; no body at all is 2802; an unknown beta is 404', async () => {
    expectCode(await award({ email: ' ', quantity: 'ten' }), 2802);
    expectCode(await award({ email: 'nobody@example.com' }), 2803);
    expectCode(await award(undefined), 2802);
    expect((await api.call('POST', '/api/v2/betas/42/points', { body: { email: 'penny@bigbangtheory.com', quantity: 1 } })).status).toBe(404);
  });

  mockTest('the email matches without case; the list is in id order and filters by email', async () => {
    const res = await award({ email: 'PENNY@bigbangtheory.com', quantity: 3 });
    expect(res.body).toMatchObject({ id: 2, user_id: 2, quantity: 3, reason: null });
    const all = await api.call('GET', '/api/v2/betas/1/points');
    expect(all.body.map((p: { id: number; user_id: number }) => [p.id, p.user_id])).toEqual([[1, 3], [2, 2]]);
    expect(pagination(all)).toMatchObject({ total: 2, pages: 1 });
    expect((await api.call('GET', '/api/v2/betas/1/points', { query: { email: 'howard@bigbangtheory.com' } })).body).toEqual([
      { id: 1, quantity: 25, activity: 'bonus', reason: 'Beta feedback', user_id: 3, created_at: '2026-01-06T10:00:00Z' },
    ]);
    expect((await api.call('GET', '/api/v2/betas/1/points', { query: { email: 'nobody@example.com' } })).body).toEqual([]);
  });
});
