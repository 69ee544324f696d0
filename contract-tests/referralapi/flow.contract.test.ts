import { beforeEach, describe, expect } from 'vitest';
import { liveTest, type VendorClient } from '../support/client.js';
import { createCampaign, CREATED_AT, referralapiClient, unique } from './target.js';

// The "done when": campaign -> link -> visit -> referred user -> action, with the counters right at every step.
describe('ReferralAPI: the referral flow and its live counters', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = referralapiClient();
  });

  liveTest('campaign -> link -> visit -> referred user -> action shows correct counters at every step', async () => {
    const campaign = await createCampaign(api, 'shop.example.com');
    expect(campaign.url).toBe('https://shop.example.com');

    const referrer = unique('referrer');
    const linkRes = await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: campaign.id, referrer_id: referrer } });
    expect(linkRes.status).toBe(200);
    const link = linkRes.body;
    expect(link).toMatchObject({ campaign_id: campaign.id, referrer_id: referrer, total_clicks: 0, total_referrals: 0 });
    expect(link.referral_code).toMatch(/^[A-Z0-9]{8}$/);
    expect(link.referral_link).toBe(`https://shop.example.com?rfa=${link.referral_code}`);
    expect(link.created_at).toMatch(CREATED_AT);

    const visit = await api.call('POST', '/api/v1/action/referral_link', {
      body: { campaign_id: campaign.id, referral_code: link.referral_code, action_type: 'VISIT' },
    });
    expect(visit.status).toBe(200);
    expect(visit.body).toMatchObject({ action_type: 'VISIT', metadata: {}, referred_user: null });
    expect(visit.body.referral_link).toMatchObject({ id: link.id, total_clicks: 1, total_referrals: 0 });

    const referred = unique('user');
    const userRes = await api.call('POST', '/api/v1/referred_user', {
      body: { campaign_id: campaign.id, referral_code: link.referral_code, referred_user_id: referred },
    });
    expect(userRes.status).toBe(200);
    expect(userRes.body).toMatchObject({ referred_user_id: referred, referral_link: { id: link.id, total_clicks: 1, total_referrals: 1 } });
    expect(userRes.body.created_at).toMatch(CREATED_AT);

    const action = await api.call('POST', '/api/v1/action/referred_user', {
      body: { campaign_id: campaign.id, referred_user_id: referred, action_type: 'PURCHASED_PRODUCT', metadata: { productId: 'PROD12A' } },
    });
    expect(action.status).toBe(200);
    expect(action.body).toMatchObject({
      action_type: 'PURCHASED_PRODUCT',
      metadata: { productId: 'PROD12A' },
      referral_link: { id: link.id, referral_code: link.referral_code, total_clicks: 1, total_referrals: 1 },
      referred_user: { id: userRes.body.id, referred_user_id: referred, referral_link: { id: link.id } },
    });
    expect(action.body.id).toBeGreaterThan(visit.body.id);

    const listed = await api.call('GET', '/api/v1/referral_link', { query: { campaign_id: campaign.id, referrer_id: referrer } });
    expect(listed.body).toEqual([expect.objectContaining({ id: link.id, total_clicks: 1, total_referrals: 1 })]);
  });

  liveTest('a referred user visiting again counts as another click on their link', async () => {
    const campaign = await createCampaign(api);
    const link = (await api.call('POST', '/api/v1/referral_link', { body: { campaign_id: campaign.id } })).body;
    const referred = unique('user');
    await api.call('POST', '/api/v1/referred_user', { body: { campaign_id: campaign.id, referral_code: link.referral_code, referred_user_id: referred } });
    const res = await api.call('POST', '/api/v1/action/referred_user', { body: { campaign_id: campaign.id, referred_user_id: referred, action_type: 'VISIT' } });
    expect(res.body.referral_link).toMatchObject({ total_clicks: 1, total_referrals: 1 });
    expect(res.body.referred_user.referral_link).toEqual(res.body.referral_link);
  });
});
