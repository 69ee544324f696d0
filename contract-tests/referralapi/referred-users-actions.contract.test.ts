import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createCampaign, createLink, referralapiClient, storedState, unique } from './target.js';

describe('ReferralAPI referred users and actions: the error outcomes', () => {
  let api: VendorClient;
  let campaignId: string;
  let code: string;
  beforeEach(async () => {
    api = referralapiClient();
    campaignId = (await createCampaign(api)).id;
    code = (await createLink(api, campaignId, unique('referrer'))).referral_code;
  });

  const refer = (body: Record<string, unknown>) => api.call('POST', '/api/v1/referred_user', { body: { campaign_id: campaignId, referral_code: code, ...body } });

  liveTest('a referred_user_id belongs to one link per campaign: a second is 409 and total_referrals stays 1', async () => {
    const user = unique('user');
    expect((await refer({ referred_user_id: user })).status).toBe(200);
    const otherCode = (await createLink(api, campaignId)).referral_code;
    const again = await refer({ referred_user_id: user, referral_code: otherCode });
    expect(again.status).toBe(409);
    expect(again.body.error_code).toBe('REFERRED_USER_ALREADY_EXISTS');
    const visit = await api.call('POST', '/api/v1/action/referral_link', { body: { campaign_id: campaignId, referral_code: code, action_type: 'SIGNUP' } });
    expect(visit.body.referral_link.total_referrals).toBe(1);
  });

  liveTest('the same referred_user_id may be referred in another campaign', async () => {
    const user = unique('user');
    await refer({ referred_user_id: user });
    const other = await createCampaign(api);
    const otherLink = await createLink(api, other.id);
    const res = await api.call('POST', '/api/v1/referred_user', { body: { campaign_id: other.id, referral_code: otherLink.referral_code, referred_user_id: user } });
    expect(res.status).toBe(200);
  });

  liveTest('a referral code is found whatever its case, but only in its own campaign', async () => {
    expect((await refer({ referred_user_id: unique('lower'), referral_code: code.toLowerCase() })).status).toBe(200);
    const other = await createCampaign(api);
    const res = await api.call('POST', '/api/v1/referred_user', { body: { campaign_id: other.id, referral_code: code, referred_user_id: unique('x') } });
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('REFERRAL_LINK_NOT_FOUND');
  });

  liveTest('an unknown campaign is 404 CAMPAIGN_NOT_FOUND for referred users and both actions', async () => {
    const missing = { campaign_id: 'no-such-campaign' };
    const results = [
      await refer({ ...missing, referred_user_id: 'u' }),
      await api.call('POST', '/api/v1/action/referred_user', { body: { ...missing, referred_user_id: 'u', action_type: 'X' } }),
      await api.call('POST', '/api/v1/action/referral_link', { body: { ...missing, referral_code: code, action_type: 'X' } }),
    ];
    for (const res of results) {
      expect(res.status).toBe(404);
      expect(res.body.error_code).toBe('CAMPAIGN_NOT_FOUND');
    }
  });

  liveTest('an action for a user never referred in the campaign is 404 REFERRED_USER_NOT_FOUND', async () => {
    const res = await api.call('POST', '/api/v1/action/referred_user', { body: { campaign_id: campaignId, referred_user_id: unique('stranger'), action_type: 'PURCHASED_PRODUCT' } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error_code: 'REFERRED_USER_NOT_FOUND', message: 'The referred_user_id does not exist for the given campaign.' });
  });

  liveTest('an action on an unknown code is 404 REFERRAL_LINK_NOT_FOUND', async () => {
    const res = await api.call('POST', '/api/v1/action/referral_link', { body: { campaign_id: campaignId, referral_code: 'NOPE0000', action_type: 'VISIT' } });
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('REFERRAL_LINK_NOT_FOUND');
  });

  liveTest('only VISIT counts as a click; other action types leave total_clicks alone', async () => {
    const act = (action_type: string) => api.call('POST', '/api/v1/action/referral_link', { body: { campaign_id: campaignId, referral_code: code, action_type } });
    expect((await act('VISIT')).body.referral_link.total_clicks).toBe(1);
    expect((await act('ADDED_TO_CART')).body.referral_link.total_clicks).toBe(1);
    expect((await act('VISIT')).body.referral_link.total_clicks).toBe(2);
  });

  liveTest('missing action fields are 400 INVALID_REQUEST naming them; metadata must be an object', async () => {
    const missing = await api.call('POST', '/api/v1/action/referred_user', { body: { campaign_id: campaignId } });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error_code: 'INVALID_REQUEST', message: 'action_type is required. referred_user_id is required.' });
    const badMetadata = await api.call('POST', '/api/v1/action/referral_link', { body: { campaign_id: campaignId, referral_code: code, action_type: 'VISIT', metadata: 'x' } });
    expect(badMetadata.status).toBe(400);
    expect(badMetadata.body.message).toBe('metadata must be of type object.');
  });

  mockTest('a refused referred user or action changes no counter and stores nothing', async () => {
    const user = unique('user');
    await refer({ referred_user_id: user });
    const before = await storedState(api);
    await refer({ referred_user_id: user });
    await api.call('POST', '/api/v1/action/referred_user', { body: { campaign_id: campaignId, referred_user_id: 'nobody', action_type: 'VISIT' } });
    expect(await storedState(api)).toEqual(before);
  });
});
