import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { referralapiClient, storedState } from './target.js';

const CAMPAIGN_ID = '3a6a4dd0-1055-4c3c-a531-7036793e10ee';

describe('ReferralAPI: credentials, bad input and tenants', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = referralapiClient();
  });

  liveTest('a missing or wrong api-key is 401 INVALID_API_KEY', async () => {
    const attempts: Array<false | Record<string, string>> = [false, { 'api-key': 'not-a-key' }, { Authorization: 'Bearer ra_sandbox_key' }];
    for (const auth of attempts) {
      const res = await api.call('POST', '/api/v1/campaign', { auth, body: { url: 'example.com', name: 'x' } });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error_code: 'INVALID_API_KEY', message: expect.any(String) });
    }
  });

  mockTest.each([
    ['malformed JSON', { data: '{"url": "example.com"', contentType: 'application/json' }, 400, 'MALFORMED_BODY'],
    ['a __proto__ key', { data: '{"url": "example.com", "name": "p", "__proto__": {"x": 1}}', contentType: 'application/json' }, 400, 'MALFORMED_BODY'],
    ['a form body', { data: 'url=example.com&name=f', contentType: 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a body over 1 MiB', { data: JSON.stringify({ url: 'example.com', name: 'x'.repeat(1100 * 1024) }), contentType: 'application/json' }, 413, 'PAYLOAD_TOO_LARGE'],
  ])('%s gets %i %s and stores nothing', async (_label, raw, status, code) => {
    const before = await storedState(api);
    const res = await api.call('POST', '/api/v1/campaign', { raw });
    expect(res.status).toBe(status);
    expect(res.body.error_code).toBe(code);
    expect(res.body.message.length).toBeGreaterThan(10);
    expect(await storedState(api)).toEqual(before);
  });

  liveTest('wrong types are 400 INVALID_REQUEST naming each field', async () => {
    const res = await api.call('POST', '/api/v1/campaign', { body: { url: 5, name: ['x'] } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'INVALID_REQUEST', message: 'url must be of type string. name must be of type string.' });
  });

  mockTest('an unknown path under /api/v1 and a wrong method answer in the vendor envelope', async () => {
    const unknown = await api.call('GET', '/api/v1/campaigns');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error_code).toBe('NOT_FOUND');
    const wrongMethod = await api.call('DELETE', '/api/v1/campaign', { query: { id: CAMPAIGN_ID } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error_code).toBe('METHOD_NOT_ALLOWED');
  });

  mockTest('unknown body fields are ignored', async () => {
    const res = await api.call('POST', '/api/v1/campaign', { body: { url: 'example.com', name: 'Extra', colour: 'red' } });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('colour');
  });

  mockTest("a new tenant's key sees none of the default tenant's data and starts its ids at 1", async () => {
    const tenant = await api.admin.createTenant();
    const auth = { 'api-key': tenant.credentials.apiKey };
    expect(tenant.credentials.apiKey).toMatch(/^[0-9a-f]{64}$/);
    const docs = await api.call('GET', '/api/v1/campaign', { auth, query: { id: CAMPAIGN_ID } });
    expect(docs.status).toBe(404);
    const campaign = (await api.call('POST', '/api/v1/campaign', { auth, body: { url: 'example.com', name: 'Mine' } })).body;
    const link = await api.call('POST', '/api/v1/referral_link', { auth, body: { campaign_id: campaign.id } });
    expect(link.body.id).toBe(1);
    const foreign = await api.call('GET', '/api/v1/campaign', { query: { id: campaign.id } });
    expect(foreign.status).toBe(404);
  });

  mockTest('ids keep counting past records added by a seed document', async () => {
    await api.admin.seed({
      referralapi: { tenants: [{ id: 'default', data: { referral_links: [{ id: 40, created_at: '2023-09-10_03-33-06', referral_code: 'SEEDED40', campaign_id: CAMPAIGN_ID, referrer_id: null, total_clicks: 0, total_referrals: 0 }] } }] },
    });
    const res = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: CAMPAIGN_ID } });
    expect(res.body.id).toBe(41);
  });
});
