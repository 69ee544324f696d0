// The referral conversion: redeeming a referral code (stacked and legacy), reading redemptions back, and the rules
// that count a referral. Everything is set up over the public endpoints, so these run against the live API too.
import { beforeEach, describe, expect } from 'vitest';
import { liveTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, createReferralCampaign, deleteCustomers, type ReferralCode } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

describe('Voucherify redemptions: the referral conversion', () => {
  let api: VendorClient;
  let ref: ReferralCode;
  const created: string[] = [];
  beforeEach(async () => {
    api = voucherifyClient();
    ref = await createPublishedCode(api);
    created.length = 0;
    created.push(ref.referrerId);
    return () => deleteCustomers(api, created);
  });

  liveTest('POST /v1/redemptions redeems the code for a referee, who becomes referred by the referrer', async () => {
    const friend = unique('friend');
    const res = await api.call('POST', '/v1/redemptions', {
      body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { source_id: friend, name: 'Friend' }, order: { amount: 20000 }, metadata: { checkout: 'web' } },
    });
    expect(res.status).toBe(200);
    const [child] = res.body.redemptions;
    created.push(child.customer_id);
    expect(child).toMatchObject({ object: 'redemption', result: 'SUCCESS', status: 'SUCCEEDED', related_object_type: 'voucher', related_object_id: ref.voucherId, redemption: res.body.parent_redemption.id });
    expect(child.id).toMatch(/^r_[0-9a-f]{18}$/);
    expect(child.voucher).toMatchObject({ code: ref.code, holder_id: ref.referrerId, redemption: { redeemed_quantity: 1 } });
    expect(res.body.parent_redemption).toMatchObject({ related_object_type: 'redemption', redemption: null, customer_id: child.customer_id });
    expect(res.body.order).toMatchObject({ amount: 20000, discount_amount: 2000, total_amount: 18000, object: 'order' });

    const customer = await api.call('GET', `/v1/customers/${encodeURIComponent(friend)}`);
    expect(customer.body.referrals).toEqual({ total: 1, campaigns: [{ campaign_id: ref.campaignId, referrer_id: ref.referrerId, related_object_id: child.id, related_object_type: 'redemption', date: child.date }] });
    const referrer = await api.call('GET', `/v1/customers/${ref.referrerId}`);
    expect(referrer.body.loyalty).toMatchObject({ referred_customers: 1 });

    const again = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { source_id: friend } } });
    expect(again.status).toBe(200);
    const still = await api.call('GET', `/v1/customers/${encodeURIComponent(friend)}`);
    expect(still.body.referrals.total).toBe(1);
  });

  liveTest('the referrer cannot redeem their own code: 400 referrer_not_permitted_to_redeem, and nothing is written', async () => {
    const res = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { id: ref.referrerId } } });
    expectVoucherifyError(res, 400, 'referrer_not_permitted_to_redeem', { details: ref.code, resource_type: 'redemption' });
    expect(res.body.resource_id).toMatch(/^rf_/);
    const voucher = await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`);
    expect(voucher.body.redemption.redeemed_quantity).toBe(0);
  });

  liveTest('all-or-nothing: an unpublished code next to a good one fails the request and redeems neither', async () => {
    const campaign = await createReferralCampaign(api, { type: 'STATIC', vouchers_count: 1 });
    const list = await api.call('GET', '/v1/vouchers', { query: { campaign_id: campaign.id } });
    const unpublished = list.body.vouchers[0].code;
    const friend = unique('friend');
    const res = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }, { object: 'voucher', id: unpublished }], customer: { source_id: friend } } });
    expectVoucherifyError(res, 400, 'not_published', { details: unpublished });
    expect((await api.call('GET', `/v1/customers/${encodeURIComponent(friend)}`)).status).toBe(404);
    expect((await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`)).body.redemption.redeemed_quantity).toBe(0);
  });

  liveTest('bad input: no redeemables, an unknown code, no customer, a quantity used up', async () => {
    expectVoucherifyError(await api.call('POST', '/v1/redemptions', { body: { redeemables: [] } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'promotion_tier', id: 'x' }] } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: 'NO-SUCH-CODE' }], customer: { source_id: unique('c') } } }), 404, 'not_found', { resource_type: 'voucher' });
    expectVoucherifyError(await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }] } }), 400, 'missing_customer');
    expectVoucherifyError(await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { id: 'cust_nobody' } } }), 404, 'not_found', { resource_type: 'customer' });

    const once = await createReferralCampaign(api, { voucher: { type: 'DISCOUNT_VOUCHER', is_referral_code: true, discount: { type: 'AMOUNT', amount_off: 500 }, redemption: { quantity: 1 } } });
    const pub = await api.call('POST', '/v1/publications', { body: { campaign: { name: once.name, count: 1 }, customer: { source_id: unique('referrer') } } });
    created.push(pub.body.customer_id);
    const code = pub.body.voucher.code;
    const first = await api.call('POST', `/v1/vouchers/${encodeURIComponent(code)}/redemption`, { body: { customer: { source_id: unique('a') } } });
    expect(first.status).toBe(200);
    created.push(first.body.customer_id);
    expectVoucherifyError(await api.call('POST', `/v1/vouchers/${encodeURIComponent(code)}/redemption`, { body: { customer: { source_id: unique('b') } } }), 400, 'quantity_exceeded');
  });

  liveTest('legacy POST /v1/vouchers/{code}/redemption answers one redemption with the voucher; GET reads it back', async () => {
    const res = await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/redemption`, { body: { customer: { source_id: unique('legacy') }, order: { items: [{ quantity: 2, price: 1500 }] } } });
    expect(res.status).toBe(200);
    created.push(res.body.customer_id);
    expect(res.body).toMatchObject({ object: 'redemption', redemption: null, related_object_type: 'voucher', voucher: { code: ref.code }, order: { amount: 3000, discount_amount: 300 } });
    const got = await api.call('GET', `/v1/redemptions/${res.body.id}`);
    expect(got.body).toEqual(res.body);
    expectVoucherifyError(await api.call('GET', '/v1/redemptions/r_000000000000000000'), 404, 'not_found', { resource_type: 'redemption' });
    expectVoucherifyError(await api.call('POST', '/v1/vouchers/NO-SUCH-CODE/redemption', { body: {} }), 404, 'not_found', { resource_type: 'voucher' });
  });

  liveTest('GET /v1/redemptions lists newest first, filtered by campaign and customer, paged', async () => {
    const friend = unique('lister');
    const r1 = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { source_id: friend } } });
    created.push(r1.body.redemptions[0].customer_id);
    const mine = await api.call('GET', '/v1/redemptions', { query: { customer: r1.body.redemptions[0].customer_id } });
    expect(mine.body).toMatchObject({ object: 'list', data_ref: 'redemptions', total: 2 });
    expect(mine.body.redemptions.map((r: { id: string }) => r.id)).toEqual([r1.body.redemptions[0].id, r1.body.parent_redemption.id]);
    const byCampaign = await api.call('GET', '/v1/redemptions', { query: { campaign: ref.campaignName, limit: 1 } });
    expect(byCampaign.body.total).toBe(1);
    expect(byCampaign.body.redemptions[0].id).toBe(r1.body.redemptions[0].id);
    expectVoucherifyError(await api.call('GET', '/v1/redemptions', { query: { limit: 0 } }), 400, 'invalid_query_params');
  });
});

describe('Voucherify validations and custom events', () => {
  let api: VendorClient;
  let ref: ReferralCode;
  beforeEach(async () => {
    api = voucherifyClient();
    ref = await createPublishedCode(api);
    return () => deleteCustomers(api, [ref.referrerId]);
  });

  liveTest('POST /v1/validations: valid for a referee, inapplicable for the referrer; nothing is written', async () => {
    const friend = unique('validator');
    const ok = await api.call('POST', '/v1/validations', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { source_id: friend }, order: { amount: 1000 } } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, redeemables: [{ status: 'APPLICABLE', id: ref.code, object: 'voucher', result: { discount: { type: 'PERCENT', percent_off: 10 } } }], order: { discount_amount: 100 } });
    expect((await api.call('GET', `/v1/customers/${encodeURIComponent(friend)}`)).status).toBe(404);

    const self = await api.call('POST', '/v1/validations', { body: { redeemables: [{ object: 'voucher', id: ref.code }, { object: 'voucher', id: 'NO-SUCH' }], customer: { id: ref.referrerId } } });
    expect(self.body.valid).toBe(false);
    expect(self.body.inapplicable_redeemables.map((r: any) => r.result.error.key)).toEqual(['referrer_not_permitted_to_redeem', 'not_found']);
    expectVoucherifyError(await api.call('POST', '/v1/validations', { body: {} }), 400, 'invalid_payload');
  });

  liveTest('POST /v1/events with a referral converts a custom_event campaign; a redemption campaign is only recorded', async () => {
    const campaign = await createReferralCampaign(api, { referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } } });
    const pub = await api.call('POST', '/v1/publications', { body: { campaign: { name: campaign.name, count: 1 }, customer: { source_id: unique('referrer') } } });
    const code = pub.body.voucher.code;
    const friend = unique('eventer');
    const event = await api.call('POST', '/v1/events', { body: { event: 'signed_up', customer: { source_id: friend }, referral: { code, referrer_id: pub.body.customer_id } } });
    expect(event.status).toBe(200);
    expect(event.body).toMatchObject({ object: 'event', type: 'signed_up', referral: { code, referrer_id: pub.body.customer_id }, customer: { source_id: friend, object: 'customer' } });
    const customer = await api.call('GET', `/v1/customers/${encodeURIComponent(friend)}`);
    expect(customer.body.referrals.campaigns).toEqual([expect.objectContaining({ campaign_id: campaign.id, referrer_id: pub.body.customer_id, related_object_type: 'custom_event' })]);

    expectVoucherifyError(await api.call('POST', '/v1/events', { body: { event: 'signed_up', customer: { id: pub.body.customer_id }, referral: { code } } }), 400, 'referrer_not_permitted_to_redeem');
    expectVoucherifyError(await api.call('POST', '/v1/events', { body: { event: 'signed_up', customer: { source_id: unique('x') }, referral: { code, referrer_id: 'cust_other' } } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', '/v1/events', { body: { event: 'signed_up', customer: {} } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', '/v1/events', { body: { customer: { source_id: 'x' } } }), 400, 'invalid_payload');

    const plain = unique('plain');
    const recorded = await api.call('POST', '/v1/events', { body: { event: 'signed_up', customer: { source_id: plain }, referral: { code: ref.code } } });
    expect(recorded.status).toBe(200);
    expect((await api.call('GET', `/v1/customers/${encodeURIComponent(plain)}`)).body.referrals.total).toBe(0);
    await deleteCustomers(api, [pub.body.customer_id, customer.body.id, recorded.body.customer.id]);
  });
});
