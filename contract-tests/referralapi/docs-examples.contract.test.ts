import { beforeEach, describe, expect } from 'vitest';
import { mockTest, type VendorClient } from '../support/client.js';
import { referralapiClient } from './target.js';

// The vendor's own curls, copied as printed (key included), against a fresh default scenario.
const DOCS_HEADERS = { 'Content-Type': 'application/json', 'api-key': '1968aa57ccd72d208dbac95d6679e6389ecfd60e59f31163506474a9c766fb6d' };
const CAMPAIGN_ID = '3a6a4dd0-1055-4c3c-a531-7036793e10ee';

describe('ReferralAPI: the docs examples work against the default scenario', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = referralapiClient();
  });

  mockTest("the seed's action curl creates action 1 for user@gmail.com on link ABC623KC", async () => {
    const res = await api.call('POST', '/api/v1/action/referred_user', {
      auth: DOCS_HEADERS,
      raw: { data: `{\n    "campaign_id": "${CAMPAIGN_ID}",\n    "referred_user_id": "user@gmail.com",\n    "action_type": "PURCHASED_PRODUCT"\n  }`, contentType: 'application/json' },
    });
    expect(res.status).toBe(200);
    const link = {
      id: 1,
      created_at: '2023-09-10_03-33-06',
      referral_code: 'ABC623KC',
      campaign_id: CAMPAIGN_ID,
      referrer_id: 'referrer@gmail.com',
      total_clicks: 2,
      total_referrals: 1,
      referral_link: 'https://example.com?rfa=ABC623KC',
    };
    expect(res.body).toEqual({
      id: 1,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$/),
      action_type: 'PURCHASED_PRODUCT',
      metadata: {},
      referral_link: link,
      referred_user: { id: 1, created_at: '2023-09-10_04-33-06', referral_link: link, referred_user_id: 'user@gmail.com' },
    });
  });

  mockTest("the docs' get-campaign curl answers the docs' campaign", async () => {
    const res = await api.call('GET', `/api/v1/campaign?id=${CAMPAIGN_ID}`, { auth: DOCS_HEADERS });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: CAMPAIGN_ID, created_at: '2023-09-10_03-30-00', url: 'https://example.com', name: 'My Campaign', webhook_url: null });
  });

  mockTest('the well-known sandbox key works as well as the docs key', async () => {
    const res = await api.call('GET', '/api/v1/campaign', { auth: { 'api-key': 'ra_sandbox_key' }, query: { id: CAMPAIGN_ID } });
    expect(res.status).toBe(200);
  });
});
