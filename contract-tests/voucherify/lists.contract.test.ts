// The read lists an integrator checks a referral program with, paged by page and limit, newest first by default.
import { beforeEach, describe, expect } from 'vitest';
import { liveTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, deleteCustomers, type ReferralCode } from './setup.js';
import { expectVoucherifyError, voucherifyClient } from './target.js';

describe('Voucherify lists: campaigns, publications, customers, vouchers', () => {
  let api: VendorClient;
  let ref: ReferralCode;
  beforeEach(async () => {
    api = voucherifyClient();
    ref = await createPublishedCode(api);
    return () => deleteCustomers(api, [ref.referrerId]);
  });

  liveTest('GET /v1/campaigns and /v1/campaigns/{id}', async () => {
    const list = await api.call('GET', '/v1/campaigns', { query: { limit: 100 } });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ object: 'list', data_ref: 'campaigns' });
    expect(list.body.campaigns.map((c: { id: string }) => c.id)).toContain(ref.campaignId);
    const one = await api.call('GET', `/v1/campaigns/${ref.campaignId}`);
    expect(one.body).toMatchObject({ id: ref.campaignId, name: ref.campaignName, object: 'campaign' });
    expectVoucherifyError(await api.call('GET', '/v1/campaigns/camp_nothing'), 404, 'not_found', { resource_type: 'campaign' });
    expectVoucherifyError(await api.call('GET', '/v1/campaigns', { query: { limit: 101 } }), 400, 'invalid_query_params');
  });

  liveTest('GET /v1/publications filtered by campaign, customer and voucher', async () => {
    const byCampaign = await api.call('GET', '/v1/publications', { query: { campaign: ref.campaignName } });
    expect(byCampaign.body).toMatchObject({ object: 'list', data_ref: 'publications', total: 1 });
    expect(byCampaign.body.publications[0]).toMatchObject({ customer_id: ref.referrerId, voucher: { code: ref.code } });
    expect((await api.call('GET', '/v1/publications', { query: { voucher: ref.code, customer: ref.referrerId } })).body.total).toBe(1);
    expect((await api.call('GET', '/v1/publications', { query: { voucher: 'NO-SUCH' } })).body.total).toBe(0);
    expectVoucherifyError(await api.call('GET', '/v1/publications', { query: { result: 'MAYBE' } }), 400, 'invalid_query_params');
  });

  liveTest('GET /v1/customers and GET /v1/vouchers', async () => {
    const customers = await api.call('GET', '/v1/customers', { query: { limit: 100 } });
    expect(customers.body).toMatchObject({ object: 'list', data_ref: 'customers' });
    expect(customers.body.customers.map((c: { id: string }) => c.id)).toContain(ref.referrerId);
    const named = await api.call('GET', '/v1/customers', { query: { name: 'Referrer', limit: 100 } });
    expect(named.body.customers.every((c: { name: string }) => c.name === 'Referrer')).toBe(true);
    const vouchers = await api.call('GET', '/v1/vouchers', { query: { campaign_id: ref.campaignId } });
    expect(vouchers.body).toMatchObject({ object: 'list', data_ref: 'vouchers', total: 1, vouchers: [{ code: ref.code, holder_id: ref.referrerId }] });
    expect((await api.call('GET', '/v1/vouchers', { query: { customer: ref.referrerId } })).body.vouchers.map((v: { code: string }) => v.code)).toEqual([ref.code]);
    expectVoucherifyError(await api.call('GET', '/v1/vouchers', { query: { page: 100 } }), 400, 'invalid_query_params');
  });
});
