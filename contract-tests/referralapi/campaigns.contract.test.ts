import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createCampaign, CREATED_AT, referralapiClient, unique } from './target.js';

describe('ReferralAPI campaigns: create, get and update with the id in the query string', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = referralapiClient();
  });

  liveTest('create normalises a bare host to https and starts without a webhook', async () => {
    const name = unique('create');
    const res = await api.call('POST', '/api/v1/campaign', { body: { url: 'example.com', name } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ url: 'https://example.com', name, webhook_url: null });
    expect(res.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(res.body.created_at).toMatch(CREATED_AT);
  });

  liveTest('get answers the campaign named by ?id=', async () => {
    const campaign = await createCampaign(api);
    const res = await api.call('GET', '/api/v1/campaign', { query: { id: campaign.id } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(campaign);
  });

  liveTest('an unknown id is 404 CAMPAIGN_NOT_FOUND, for get and update alike', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const got = await api.call('GET', '/api/v1/campaign', { query: { id } });
    const patched = await api.call('PATCH', '/api/v1/campaign', { query: { id }, body: { name: 'x' } });
    for (const res of [got, patched]) {
      expect(res.status).toBe(404);
      expect(res.body.error_code).toBe('CAMPAIGN_NOT_FOUND');
    }
  });

  liveTest('a missing id is 400 INVALID_REQUEST naming the parameter', async () => {
    const res = await api.call('GET', '/api/v1/campaign');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'INVALID_REQUEST', message: 'id is required.' });
  });

  liveTest('update changes name and webhook_url, and null removes the webhook', async () => {
    const campaign = await createCampaign(api);
    const renamed = await api.call('PATCH', '/api/v1/campaign', { query: { id: campaign.id }, body: { name: 'Renamed', webhook_url: 'https://hooks.example.com/ra' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ ...campaign, name: 'Renamed', webhook_url: 'https://hooks.example.com/ra' });
    const cleared = await api.call('PATCH', '/api/v1/campaign', { query: { id: campaign.id }, body: { webhook_url: null } });
    expect(cleared.body).toMatchObject({ name: 'Renamed', webhook_url: null });
    expect((await api.call('GET', '/api/v1/campaign', { query: { id: campaign.id } })).body).toEqual(cleared.body);
  });

  liveTest('the url cannot change: 400 URL_CANNOT_BE_CHANGED and nothing else changes either', async () => {
    const campaign = await createCampaign(api);
    const res = await api.call('PATCH', '/api/v1/campaign', { query: { id: campaign.id }, body: { url: 'other.com', name: 'Not applied' } });
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('URL_CANNOT_BE_CHANGED');
    expect((await api.call('GET', '/api/v1/campaign', { query: { id: campaign.id } })).body).toEqual(campaign);
  });

  liveTest('missing url and name are 400 INVALID_REQUEST naming both', async () => {
    const res = await api.call('POST', '/api/v1/campaign', { body: {} });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'INVALID_REQUEST', message: 'url is required. name is required.' });
  });

  liveTest('a url that cannot make links is 400 INVALID_URL', async () => {
    const res = await api.call('POST', '/api/v1/campaign', { body: { url: 'ftp://example.com', name: unique('ftp') } });
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('INVALID_URL');
  });

  liveTest('a webhook_url that is not a URL is 400 INVALID_REQUEST', async () => {
    const campaign = await createCampaign(api);
    const res = await api.call('PATCH', '/api/v1/campaign', { query: { id: campaign.id }, body: { webhook_url: 'not a url' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'INVALID_REQUEST', message: 'webhook_url must be a valid uri.' });
  });

  mockTest('created_at follows the sandbox clock, in UTC', async () => {
    const stamp = async () => (await api.call('POST', '/api/v1/campaign', { body: { url: 'example.com', name: 'Clock' } })).body.created_at as string;
    const toMs = (t: string) => Date.parse(`${t.slice(0, 10)}T${t.slice(11).replace(/-/g, ':')}Z`);
    const before = await stamp();
    await api.admin.advanceClock(86_400);
    const after = await stamp();
    const elapsed = (toMs(after) - toMs(before)) / 1000;
    expect(elapsed).toBeGreaterThanOrEqual(86_400);
    expect(elapsed).toBeLessThanOrEqual(86_402);
  });
});
