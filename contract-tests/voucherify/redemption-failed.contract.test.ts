// redemption.failed: a redemption the referral rules refuse still reports itself to the project's webhooks, while
// the request answers its 400 and writes nothing. Receivers are registered through the admin API: mock only.
import { createHmac } from 'node:crypto';
import { describe, expect } from 'vitest';
import { startTestReceiver } from '../../src/engine/test-support/receiver.js';
import { checkWebhookConformance } from '../support/conformance.js';
import { mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, createReferralCampaign } from './setup.js';
import { unique, voucherifyClient } from './target.js';

const SECRET = 'vf_failed_secret';
async function hooked(api: VendorClient) {
  const hook = await startTestReceiver(); // closed when the test finishes
  await api.admin.addWebhookEndpoint({ url: `${hook.url}/voucherify`, secret: SECRET });
  return hook;
}

describe('Voucherify redemption.failed', () => {
  mockTest('a self-redemption answers 400 referrer_not_permitted_to_redeem and sends redemption.failed with its rf_ id', async () => {
    const api = voucherifyClient();
    const ref = await createPublishedCode(api);
    const hook = await hooked(api);
    const before = (await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`)).body;
    const res = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { id: ref.referrerId }, metadata: { try: 1 } } });
    expect(res.status).toBe(400);
    expect(res.body.key).toBe('referrer_not_permitted_to_redeem');
    const [got] = await hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    expect(got.headers['x-voucherify-signature']).toBe(createHmac('sha256', SECRET).update(got.body, 'utf8').digest('hex'));
    expect(checkWebhookConformance('voucherify', 'redemption.failed', got.json)).toEqual([]);
    expect(got.json).toMatchObject({
      type: 'redemption.failed',
      event: { type: 'redemption.failed', entity_id: res.body.resource_id },
      data: {
        customer: { id: ref.referrerId },
        order: null,
        holder: { id: ref.referrerId },
        campaign: { id: ref.campaignId },
        voucher: { code: ref.code, redemption: { redeemed_quantity: 0 } },
        redemption: { id: res.body.resource_id, result: 'FAILURE', status: 'FAILED', customer_id: ref.referrerId, failure_code: 'referrer_not_permitted_to_redeem', metadata: { try: 1 } },
      },
    });
    expect(got.json.data.redemption.id).toMatch(/^rf_/);
    // Nothing was written.
    expect((await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`)).body).toEqual(before);
    expect((await api.call('GET', '/v1/redemptions', { query: { campaign: ref.campaignId } })).body.total).toBe(0);
  });

  mockTest('an unpublished code (legacy route) sends redemption.failed with a new customer as null; an unknown code sends nothing', async () => {
    const api = voucherifyClient();
    const campaign = await createReferralCampaign(api, { vouchers_count: 1 });
    const code = (await api.call('GET', '/v1/vouchers', { query: { campaign_id: campaign.id } })).body.vouchers[0].code as string;
    const hook = await hooked(api);
    const sourceId = unique('newcomer');
    expect((await api.call('POST', '/v1/vouchers/NO-SUCH-CODE/redemption', { body: { customer: { source_id: sourceId } } })).status).toBe(404);
    const res = await api.call('POST', `/v1/vouchers/${encodeURIComponent(code)}/redemption`, { body: { customer: { source_id: sourceId } } });
    expect(res.status).toBe(400);
    expect(res.body.key).toBe('not_published');
    const [got] = await hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    expect(checkWebhookConformance('voucherify', 'redemption.failed', got.json)).toEqual([]);
    expect(got.json.data).toMatchObject({ customer: null, holder: null, voucher: { code }, redemption: { customer_id: null, tracking_id: sourceId, failure_code: 'not_published' } });
    // The customer the request named was not created.
    expect((await api.call('GET', '/v1/customers', { query: { limit: 100 } })).body.customers.some((c: { source_id: string }) => c.source_id === sourceId)).toBe(false);
  });
});
