import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createCampaign, createLink, referralapiClient, storedState, unique } from './target.js';

describe('ReferralAPI referral links: create, list by referrer, limits', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = referralapiClient();
  });

  liveTest('a link without a referrer has referrer_id null; codes are unique 8-character upper-case alphanumerics', async () => {
    const campaign = await createCampaign(api);
    const links = [await createLink(api, campaign.id), await createLink(api, campaign.id), await createLink(api, campaign.id)];
    expect(links[0]).toMatchObject({ referrer_id: null, total_clicks: 0, total_referrals: 0 });
    for (const link of links) expect(link.referral_code).toMatch(/^[A-Z0-9]{8}$/);
    expect(new Set(links.map((l) => l.referral_code)).size).toBe(3);
    expect(new Set(links.map((l) => l.id)).size).toBe(3);
  });

  liveTest('one referrer may own several links; listing answers them oldest first, and [] for a referrer without links', async () => {
    const campaign = await createCampaign(api);
    const referrer = unique('owner');
    const first = await createLink(api, campaign.id, referrer);
    await createLink(api, campaign.id, unique('someone-else'));
    const second = await createLink(api, campaign.id, referrer);
    const res = await api.call('GET', '/api/v1/referral_link', { query: { campaign_id: campaign.id, referrer_id: referrer } });
    expect(res.status).toBe(200);
    expect(res.body.map((l: { id: number }) => l.id)).toEqual([first.id, second.id]);
    const none = await api.call('GET', '/api/v1/referral_link', { query: { campaign_id: campaign.id, referrer_id: unique('nobody') } });
    expect(none.body).toEqual([]);
  });

  liveTest('a link keeps an existing query in the campaign url', async () => {
    const campaign = await createCampaign(api, 'https://example.com/join?src=mail');
    const link = await createLink(api, campaign.id);
    expect(link.referral_link).toBe(`https://example.com/join?src=mail&rfa=${link.referral_code}`);
  });

  liveTest('an unknown campaign is 404 CAMPAIGN_NOT_FOUND for create and list', async () => {
    const create = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: 'no-such-campaign' } });
    const list = await api.call('GET', '/api/v1/referral_link', { query: { campaign_id: 'no-such-campaign', referrer_id: 'a' } });
    for (const res of [create, list]) expect(res.body.error_code).toBe('CAMPAIGN_NOT_FOUND');
    expect(create.status).toBe(404);
  });

  liveTest('a missing campaign_id is 400 INVALID_REQUEST', async () => {
    const res = await api.call('POST', '/api/v1/referral_link', { body: { referrer_id: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'INVALID_REQUEST', message: 'campaign_id is required.' });
  });

  mockTest('past the organisation cap the next link is 403 MAXIMUM_CAPACITY and nothing is stored', async () => {
    // The default scenario holds 2 links; a cap of 3 leaves room for exactly one more.
    await api.admin.seed({ referralapi: { tenants: [{ id: 'default', data: { settings: { max_referral_links: 3 } } }] } });
    const campaign = await createCampaign(api);
    await createLink(api, campaign.id);
    const res = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: campaign.id } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error_code: 'MAXIMUM_CAPACITY', message: expect.stringContaining('maximum capacity') });
    expect((await storedState(api)).referral_links).toHaveLength(3);
  });

  mockTest('the cap counts links across all campaigns of the organisation', async () => {
    await api.admin.seed({ referralapi: { tenants: [{ id: 'default', data: { settings: { max_referral_links: 3 } } }] } });
    const other = await createCampaign(api);
    await createLink(api, other.id);
    const res = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: '3a6a4dd0-1055-4c3c-a531-7036793e10ee' } });
    expect(res.body.error_code).toBe('MAXIMUM_CAPACITY');
  });

  mockTest('a plan quota refuses with 403 INSUFFICIENT_PLAN', async () => {
    await api.admin.seed({ referralapi: { tenants: [{ id: 'default', data: { settings: { plan_referral_link_quota: 2 } } }] } });
    const res = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: '3a6a4dd0-1055-4c3c-a531-7036793e10ee' } });
    expect(res.status).toBe(403);
    expect(res.body.error_code).toBe('INSUFFICIENT_PLAN');
  });

  mockTest('concurrent creates never pass the cap', async () => {
    await api.admin.seed({ referralapi: { tenants: [{ id: 'default', data: { settings: { max_referral_links: 7 } } }] } });
    const campaign = await createCampaign(api);
    const results = await Promise.all(Array.from({ length: 10 }, () => api.call('POST', '/api/v1/referral_link', { body: { campaign_id: campaign.id } })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(5);
    expect(results.filter((r) => r.status === 403)).toHaveLength(5);
  });
});
