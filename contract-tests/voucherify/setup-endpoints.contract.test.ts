import { beforeEach, describe, expect } from 'vitest';
import { VOUCHERIFY_DEFAULTS } from '../../fixtures/voucherify/index.js';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, createReferralCampaign, deleteCustomers, holdersPath } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

describe('Voucherify setup endpoints: campaigns, publications, customers, vouchers', () => {
  let api: VendorClient;
  const created: string[] = [];
  beforeEach(() => {
    api = voucherifyClient();
    created.length = 0;
    return () => deleteCustomers(api, created);
  });

  liveTest('POST /v1/campaigns creates a REFERRAL_PROGRAM campaign (200) with referral codes', async () => {
    const campaign = await createReferralCampaign(api, { vouchers_count: 2, type: 'STATIC' });
    expect(campaign).toMatchObject({ campaign_type: 'REFERRAL_PROGRAM', type: 'STATIC', vouchers_count: 2, object: 'campaign', voucher: { is_referral_code: true, discount: { type: 'PERCENT', percent_off: 10 } } });
    expect(campaign.id).toMatch(/^camp_/);
  });

  liveTest('a referral campaign without a discount is 400 invalid_campaign; a repeated name is 409 duplicate_found', async () => {
    const noDiscount = await api.call('POST', '/v1/campaigns', { body: { name: unique('nodisc'), campaign_type: 'REFERRAL_PROGRAM', voucher: { type: 'DISCOUNT_VOUCHER' } } });
    expectVoucherifyError(noDiscount, 400, 'invalid_campaign', { details: "Property 'discount' is required for REFERRAL_PROGRAM campaign" });
    const first = await createReferralCampaign(api);
    const again = await api.call('POST', '/v1/campaigns', { body: { name: first.name, campaign_type: 'REFERRAL_PROGRAM', voucher: { discount: { type: 'PERCENT', percent_off: 1 } } } });
    expectVoucherifyError(again, 409, 'duplicate_found', { resource_type: 'campaign' });
  });

  liveTest('a publication makes the customer the holder and REFERRER of the code', async () => {
    const ref = await createPublishedCode(api);
    created.push(ref.referrerId);
    const voucher = (await api.call('GET', `/v1/vouchers/${ref.code}`)).body;
    expect(voucher).toMatchObject({ code: ref.code, campaign_id: ref.campaignId, is_referral_code: true, holder_id: ref.referrerId, object: 'voucher', publish: { count: 1 } });
    const redeemables = (await api.call('GET', `/v1/customers/${ref.referrerId}/redeemables`)).body;
    expect(redeemables).toMatchObject({ object: 'list', data_ref: 'data', total: 1, has_more: false });
    expect(redeemables.data[0]).toMatchObject({ id: ref.referrerHolderId, holder_role: 'REFERRER', redeemable: { type: 'voucher', voucher: { code: ref.code } } });
  });

  liveTest('publication errors: unknown campaign 404, already published code 400, nothing to publish from a STATIC campaign 400', async () => {
    const customer = { source_id: unique('pubber') };
    expectVoucherifyError(await api.call('POST', '/v1/publications', { body: { campaign: { name: unique('ghost') }, customer } }), 404, 'not_found', { resource_type: 'campaign' });
    const ref = await createPublishedCode(api);
    created.push(ref.referrerId);
    expectVoucherifyError(await api.call('POST', '/v1/publications', { body: { voucher: ref.code, customer } }), 400, 'voucher_already_published');
    const empty = await createReferralCampaign(api, { type: 'STATIC' });
    expectVoucherifyError(await api.call('POST', '/v1/publications', { body: { campaign: empty.name, customer } }), 400, 'missing_vouchers');
  });

  liveTest('join_once returns the customer\'s earlier publication from the campaign', async () => {
    const campaign = await createReferralCampaign(api);
    const body = { campaign: { name: campaign.name, count: 1 }, customer: { source_id: unique('once') } };
    const first = (await api.call('POST', '/v1/publications', { body, query: { join_once: true } })).body;
    created.push(first.customer_id);
    const second = (await api.call('POST', '/v1/publications', { body, query: { join_once: true } })).body;
    expect(second.voucher.code).toBe(first.voucher.code);
  });

  liveTest('customers: create upserts by source_id, get/update by id or source_id, delete is 204 then 404', async () => {
    const source = unique('cust');
    const made = await api.call('POST', '/v1/customers', { body: { source_id: source, name: 'Casey', metadata: { tier: 'gold' }, address: { city: 'Leeds' } } });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ source_id: source, name: 'Casey', object: 'customer', referrals: { total: 0, campaigns: [] } });
    const upserted = await api.call('POST', '/v1/customers', { body: { source_id: source, email: 'casey@example.com' } });
    expect(upserted.body).toMatchObject({ id: made.body.id, name: 'Casey', email: 'casey@example.com' });
    const updated = await api.call('PUT', `/v1/customers/${source}`, { body: { name: 'Casey B', metadata: { since: 2026 } } });
    expect(updated.body).toMatchObject({ id: made.body.id, name: 'Casey B', metadata: { tier: 'gold', since: 2026 } });
    expect((await api.call('GET', `/v1/customers/${made.body.id}`)).body.name).toBe('Casey B');
    const removed = await api.call('DELETE', `/v1/customers/${made.body.id}`);
    expect(removed.status).toBe(204);
    expectVoucherifyError(await api.call('GET', `/v1/customers/${made.body.id}`), 404, 'not_found', { resource_type: 'customer' });
    expectVoucherifyError(await api.call('PUT', `/v1/customers/${made.body.id}`, { body: { name: 'x' } }), 404, 'not_found');
    expectVoucherifyError(await api.call('DELETE', `/v1/customers/${made.body.id}`), 404, 'not_found');
  });

  liveTest('an unknown voucher code is 404 voucher', async () => {
    expectVoucherifyError(await api.call('GET', '/v1/vouchers/NO-SUCH-CODE'), 404, 'not_found', { details: 'Cannot find voucher with id NO-SUCH-CODE', resource_id: 'NO-SUCH-CODE', resource_type: 'voucher' });
  });

  mockTest('the default scenario: a referral campaign, a published code with referrer and referees, an unpublished code', async () => {
    const published = (await api.call('GET', `/v1/vouchers/${VOUCHERIFY_DEFAULTS.publishedCode}`)).body;
    const spare = (await api.call('GET', `/v1/vouchers/${VOUCHERIFY_DEFAULTS.unpublishedCode}`)).body;
    expect(published).toMatchObject({ campaign_id: VOUCHERIFY_DEFAULTS.campaignId, campaign: VOUCHERIFY_DEFAULTS.campaignName });
    expect(spare.holder_id).toBeNull();
    const referrer = (await api.call('GET', `/v1/customers/${VOUCHERIFY_DEFAULTS.referrerSourceId}`)).body;
    expect(published.holder_id).toBe(referrer.id);
    const holders = (await api.call('GET', holdersPath(VOUCHERIFY_DEFAULTS.publishedCode, VOUCHERIFY_DEFAULTS.campaignId), { query: { order: 'id' } })).body;
    expect(holders.data.map((h: { holder_role: string }) => h.holder_role)).toEqual(['REFERRER', 'REFEREE', 'REFEREE']);
    const afterAdd = await api.call('POST', '/v1/publications', { body: { campaign: VOUCHERIFY_DEFAULTS.campaignName, customer: { source_id: 'new-referrer' } } });
    expect(afterAdd.body.voucher.code).toBe(VOUCHERIFY_DEFAULTS.unpublishedCode);
  });

  mockTest('POST /__sandbox/seed merges by id: un-publishing the fixture code makes adding holders 400 not_published', async () => {
    const published = (await api.call('GET', `/v1/vouchers/${VOUCHERIFY_DEFAULTS.publishedCode}`)).body;
    await api.admin.seed({ voucherify: { tenants: [{ id: 'default', data: { vouchers: [{ id: published.id, holder_id: null }] } }] } });
    const res = await api.call('POST', holdersPath(VOUCHERIFY_DEFAULTS.publishedCode), { body: { holders: [{ source_id: 'late' }] } });
    expectVoucherifyError(res, 400, 'not_published');
    expect((await api.call('GET', `/v1/vouchers/${VOUCHERIFY_DEFAULTS.publishedCode}`)).body.code).toBe(VOUCHERIFY_DEFAULTS.publishedCode);
  });
});
