// What Voucherify clients see beyond the SDK samples (../shared/reference/fidelity-2026-12.md §6, gaps 6-8).
import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createReferralCampaign } from './setup.js';
import { unique, voucherifyClient } from './target.js';

describe('Voucherify as its clients read it', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = voucherifyClient();
  });

  liveTest('a client pacing itself from every answer: a 4xx carries X-Rate-Limit-* too, and it counts', async () => {
    const before = await api.call('GET', '/v1/customers', { query: { limit: 1 } });
    const missing = await api.call('GET', '/v1/vouchers/NO-SUCH-PACING-CODE');
    expect(missing.status).toBe(404);
    expect(Number(missing.headers['x-rate-limit-limit'])).toBe(Number(before.headers['x-rate-limit-limit']));
    expect(Number(missing.headers['x-rate-limit-remaining'])).toBeLessThan(Number(before.headers['x-rate-limit-remaining']));
    expect(missing.headers['x-rate-limit-retry']).toMatch(/^\d+$/);
    const invalid = await api.call('POST', '/v1/customers', { body: { source_id: 5 } });
    expect(invalid.status).toBe(400);
    expect(Number(invalid.headers['x-rate-limit-remaining'])).toBeLessThan(Number(missing.headers['x-rate-limit-remaining']));
  });

  mockTest("the legacy SDK's distributions.publish (POST /v1/vouchers/publish) publishes, as POST /v1/publications does", async () => {
    const campaign = await createReferralCampaign(api);
    const inBody = await api.call('POST', '/v1/vouchers/publish', { body: { campaign: campaign.name, customer: { source_id: unique('legacy') } } });
    expect(inBody.status, inBody.text).toBe(200);
    expect(inBody.body).toMatchObject({ object: 'publication', result: 'SUCCESS', voucher: { campaign: campaign.name, holder_id: inBody.body.customer_id } });
    // The legacy string form puts the campaign in the query.
    const inQuery = await api.call('POST', '/v1/vouchers/publish', { query: { campaign: campaign.name }, body: { customer: { source_id: unique('legacy-q') } } });
    expect(inQuery.status, inQuery.text).toBe(200);
    expect(inQuery.body.voucher.code).not.toBe(inBody.body.voucher.code);
    // Not a code called "publish": a voucher lookup by that name is still a 404 voucher.
    expect((await api.call('GET', '/v1/vouchers/publish')).body).toMatchObject({ code: 404, key: 'not_found', resource_type: 'voucher' });
  });

  liveTest('typed clients generated from the published schema: unset customer and voucher fields are absent, not null', async () => {
    const created = await api.call('POST', '/v1/customers', { body: { source_id: unique('sparse'), name: 'Sparse' } });
    expect(created.status).toBe(200);
    for (const key of ['description', 'phone', 'birthday', 'birthdate']) expect(created.body).not.toHaveProperty(key);
    const filled = await api.call('PUT', `/v1/customers/${created.body.id}`, { body: { phone: '+48 500 000 000', birthdate: '1990-01-02' } });
    expect(filled.body).toMatchObject({ phone: '+48 500 000 000', birthdate: '1990-01-02' });
    expect(filled.body).not.toHaveProperty('description');
    const campaign = await createReferralCampaign(api);
    const pub = await api.call('POST', '/v1/publications', { body: { campaign: campaign.name, customer: { id: created.body.id } } });
    const voucher = await api.call('GET', `/v1/vouchers/${pub.body.voucher.code}`);
    expect(voucher.status).toBe(200);
    expect(voucher.body).not.toHaveProperty('referrer_id');
    await api.call('DELETE', `/v1/customers/${created.body.id}`);
  });
});
