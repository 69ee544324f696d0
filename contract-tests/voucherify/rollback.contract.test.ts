// Rolling back a referral redemption: the code gets its redemption back, the redemption shows ROLLED_BACK, and the
// referral it counted stays. Set up over the public endpoints, so these run against the live API too.
import { beforeEach, describe, expect } from 'vitest';
import { liveTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, deleteCustomers, type ReferralCode } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

describe('Voucherify rollback: POST /v1/redemptions/{redemptionId}/rollback', () => {
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

  liveTest('rolls back a single redemption: redeemed_quantity goes down, status ROLLED_BACK, the referral stays', async () => {
    const friend = unique('friend');
    const redeemed = await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/redemption`, { body: { customer: { source_id: friend }, order: { amount: 10000 } } });
    expect(redeemed.status).toBe(200);
    created.push(redeemed.body.customer_id);
    const res = await api.call('POST', `/v1/redemptions/${redeemed.body.id}/rollback`, { query: { reason: 'order returned' }, body: { metadata: { why: 'test' } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ object: 'redemption_rollback', redemption: redeemed.body.id, reason: 'order returned', result: 'SUCCESS', status: 'SUCCEEDED', customer_id: redeemed.body.customer_id, related_object_type: 'voucher', related_object_id: ref.voucherId, metadata: { why: 'test' } });
    expect(res.body.id).toMatch(/^rr_[0-9a-f]{18}$/);
    expect((await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`)).body.redemption.redeemed_quantity).toBe(0);
    expect((await api.call('GET', `/v1/redemptions/${redeemed.body.id}`)).body.status).toBe('ROLLED_BACK');
    const customer = await api.call('GET', `/v1/customers/${encodeURIComponent(friend)}`);
    expect(customer.body.referrals.total).toBe(1);

    const again = await api.call('POST', `/v1/redemptions/${redeemed.body.id}/rollback`);
    expectVoucherifyError(again, 400, 'already_rolled_back', { resource_type: 'redemption_rollback' });
    expect(again.body.resource_id).toMatch(/^rrf_/);
  });

  liveTest('stacked redemptions are refused: the parent (invalid_redemption) and a child (invalid_redemption_parent); unknown is 404', async () => {
    const res = await api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: { source_id: unique('friend') } } });
    expect(res.status).toBe(200);
    created.push(res.body.parent_redemption.customer_id);
    expectVoucherifyError(await api.call('POST', `/v1/redemptions/${res.body.parent_redemption.id}/rollback`), 400, 'invalid_redemption');
    expectVoucherifyError(await api.call('POST', `/v1/redemptions/${res.body.redemptions[0].id}/rollback`), 400, 'invalid_redemption_parent');
    expectVoucherifyError(await api.call('POST', '/v1/redemptions/r_000000000000000000/rollback'), 404, 'not_found', { resource_type: 'redemption' });
    expectVoucherifyError(await api.call('POST', `/v1/redemptions/${res.body.parent_redemption.id}/rollback`, { body: { nope: 1 } }), 400, 'invalid_payload');
  });
});
