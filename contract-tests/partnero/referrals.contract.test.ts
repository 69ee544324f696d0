import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { partneroClient, uniqueEmail } from './target.js';

describe('Partnero referrals: counts and program totals stay true', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = partneroClient();
  });

  liveTest('a referral by email or by id marks the new subscriber referred and counts for the referrer', async () => {
    const referrer = (await api.call('POST', '/v1/subscribers', { body: { email: uniqueEmail('ref') } })).body.data;
    const byEmail = await api.call('POST', '/v1/subscribers', { body: { email: uniqueEmail('r1'), referral: { email: referrer.email } } });
    const byId = await api.call('POST', '/v1/subscribers', { body: { email: uniqueEmail('r2'), referral: { id: referrer.id } } });
    expect(byEmail.body.data.is_referred).toBe(true);
    expect(byId.body.data.is_referred).toBe(true);
    expect((await api.call('GET', `/v1/subscribers/${encodeURIComponent(referrer.id)}`)).body.data.referrals_count).toBe(2);
    for (const s of [byEmail.body.data, byId.body.data, referrer]) await api.call('DELETE', `/v1/subscribers/${encodeURIComponent(s.id)}`);
  });

  liveTest('a referral pointing at no subscriber is 422 on referral and creates nothing', async () => {
    const email = uniqueEmail('orphan');
    const res = await api.call('POST', '/v1/subscribers', { body: { email, referral: { email: uniqueEmail('ghost') } } });
    expect(res.status).toBe(422);
    expect(res.body.errors.referral).toEqual(['The selected referral is invalid.']);
    expect((await api.call('GET', `/v1/subscribers/${encodeURIComponent(email)}`)).status).toBe(404);
  });

  mockTest('GET /v1/program totals follow creates, referrals and deletes', async () => {
    const totals = async () => (await api.call('GET', '/v1/program')).body.data;
    expect(await totals()).toMatchObject({ total_subscribers: 5, total_referring: 1, total_referred: 2 });
    const newReferrer = (await api.call('POST', '/v1/subscribers', { body: { email: 'new-referrer@example.com', referral: { email: 'partnero@partner.com' } } })).body.data;
    await api.call('POST', '/v1/subscribers', { body: { email: 'friend@example.com', referral: { id: newReferrer.id } } });
    expect(await totals()).toMatchObject({ total_subscribers: 7, total_referring: 2, total_referred: 4 });
    expect((await api.call('GET', '/v1/subscribers/partnero@partner.com')).body.data.referrals_count).toBe(3);
    await api.call('DELETE', '/v1/subscribers', { body: { email: 'friend@example.com' } });
    expect(await totals()).toMatchObject({ total_subscribers: 6, total_referring: 1, total_referred: 3 });
    expect((await api.call('GET', `/v1/subscribers/${newReferrer.id}`)).body.data).toMatchObject({ referrals_count: 0, is_referred: true });
  });

  mockTest('deleting a referrer keeps its referees referred and drops it from every total', async () => {
    await api.call('DELETE', '/v1/subscribers/partnero@partner.com');
    const program = (await api.call('GET', '/v1/program')).body.data;
    expect(program).toMatchObject({ total_subscribers: 4, total_referring: 0, total_referred: 2 });
  });
});
