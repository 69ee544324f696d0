// The conversion's webhooks: redemption.succeeded, customer.referred and redemption.rollback.succeeded, signed and
// checked against the spec's webhooks section. Receivers are registered through the admin API: mock only.
import { createHmac } from 'node:crypto';
import { describe, expect } from 'vitest';
import { startTestReceiver, type ReceivedRequest } from '../../src/engine/test-support/receiver.js';
import { checkWebhookConformance } from '../support/conformance.js';
import { mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, createReferralCampaign } from './setup.js';
import { unique, voucherifyClient } from './target.js';

const SECRET = 'vf_conversion_secret';
async function hooked(api: VendorClient) {
  const hook = await startTestReceiver(); // closed when the test finishes
  await api.admin.addWebhookEndpoint({ url: `${hook.url}/voucherify`, secret: SECRET });
  return hook;
}

function expectSigned(request: ReceivedRequest) {
  expect(request.headers['x-voucherify-signature']).toBe(createHmac('sha256', SECRET).update(request.body, 'utf8').digest('hex'));
  expect(checkWebhookConformance('voucherify', request.json.type, request.json)).toEqual([]);
}

const ofType = (requests: ReceivedRequest[], type: string) => requests.filter((r) => r.json.type === type).map((r) => r.json);

describe('Voucherify conversion webhooks', () => {
  mockTest('a redemption by a new referee sends customer.created, redemption.succeeded and customer.referred, one group', async () => {
    const api = voucherifyClient();
    const ref = await createPublishedCode(api);
    const hook = await hooked(api);
    const res = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { source_id: unique('friend'), name: 'Fay' }, order: { amount: 5000 } } });
    expect(res.status).toBe(200);
    const received = await hook.waitFor(3);
    await api.admin.settleWebhooks();
    expect(received.map((r) => r.json.type).sort()).toEqual(['customer.created', 'customer.referred', 'redemption.succeeded']);
    received.forEach(expectSigned);
    expect(new Set(received.map((r) => r.json.event.group_id)).size).toBe(1);
    const [child] = res.body.redemptions;
    const [succeeded] = ofType(received, 'redemption.succeeded');
    expect(succeeded.event.entity_id).toBe(child.id);
    expect(succeeded.event.id).toMatch(/^evred_/);
    expect(succeeded.data).toMatchObject({
      customer: { id: child.customer_id, name: 'Fay' },
      holder: { id: ref.referrerId },
      campaign: { id: ref.campaignId },
      voucher: { code: ref.code, redemption: { redeemed_quantity: 1 } },
      redemption: { id: child.id, result: 'SUCCESS', status: 'SUCCEEDED', redemption: res.body.parent_redemption.id },
      order: { amount: 5000, discount_amount: 500 },
      created_at: child.date,
    });
    const [referred] = ofType(received, 'customer.referred');
    expect(referred.event.entity_id).toBe(child.customer_id);
    expect(referred.data).toMatchObject({ customer: { id: child.customer_id }, referrer: { id: ref.referrerId }, referral: { campaign_id: ref.campaignId, referrer_id: ref.referrerId, related_object_id: child.id, related_object_type: 'redemption' } });

    // A second redemption in the campaign: redemption.succeeded only (a customer is referred once per campaign).
    expect((await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/redemption`, { body: { customer: { id: child.customer_id } } })).status).toBe(200);
    const more = (await hook.waitFor(4)).slice(3);
    await api.admin.settleWebhooks();
    expect(hook.received.map((r) => r.json.type).slice(3)).toEqual(['redemption.succeeded']);
    expectSigned(more[0]);
  });

  mockTest('a custom event converting a campaign sends customer.referred (related_object_type custom_event)', async () => {
    const api = voucherifyClient();
    const campaign = await createReferralCampaign(api, { referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } } });
    const pub = await api.call('POST', '/v1/publications', { body: { campaign: { name: campaign.name, count: 1 }, customer: { source_id: unique('referrer') } } });
    const friend = (await api.call('POST', '/v1/customers', { body: { source_id: unique('friend') } })).body;
    const hook = await hooked(api);
    const res = await api.call('POST', '/v1/events', { body: { event: 'signed_up', customer: { id: friend.id }, referral: { code: pub.body.voucher.code } } });
    expect(res.status).toBe(200);
    const [got] = await hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    expectSigned(got);
    expect(got.json).toMatchObject({ type: 'customer.referred', data: { customer: { id: friend.id }, referrer: { id: pub.body.customer_id }, voucher: { code: pub.body.voucher.code }, referral: { related_object_type: 'custom_event' } } });
    expect(got.json.data.referral.related_object_id).toMatch(/^evcus_/);
  });

  mockTest('a rollback sends redemption.rollback.succeeded; a failed rollback sends nothing', async () => {
    const api = voucherifyClient();
    const ref = await createPublishedCode(api);
    const redeemed = await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/redemption`, { body: { customer: { source_id: unique('friend') } } });
    const hook = await hooked(api);
    const rollback = await api.call('POST', `/v1/redemptions/${redeemed.body.id}/rollback`, { query: { reason: 'returned' } });
    expect(rollback.status).toBe(200);
    expect((await api.call('POST', `/v1/redemptions/${redeemed.body.id}/rollback`)).status).toBe(400);
    const [got] = await hook.waitFor(1);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    expectSigned(got);
    expect(got.json).toMatchObject({
      type: 'redemption.rollback.succeeded',
      event: { entity_id: rollback.body.id },
      data: { redemption: { id: redeemed.body.id, status: 'ROLLED_BACK' }, redemption_rollback: { id: rollback.body.id, object: 'redemption_rollback', reason: 'returned', redemption: redeemed.body.id }, voucher: { redemption: { redeemed_quantity: 0 } } },
    });
  });
});
