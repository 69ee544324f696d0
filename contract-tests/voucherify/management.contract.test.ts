// Campaign and voucher management: update, enable/disable and delete, and what a disabled code or campaign does to
// validation and redemption. Every answer is checked against our spec and Voucherify's reference schemas.
import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, deleteCustomers, type ReferralCode } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

const redeem = (api: VendorClient, code: string, customer: Record<string, unknown>) =>
  api.call('POST', '/v1/redemptions', { body: { redeemables: [{ object: 'voucher', id: code }], customer } });

describe('Voucherify campaign and voucher management', () => {
  let api: VendorClient;
  let ref: ReferralCode;
  const cleanup: string[] = [];
  beforeEach(async () => {
    api = voucherifyClient();
    ref = await createPublishedCode(api);
    cleanup.length = 0;
    cleanup.push(ref.referrerId);
    return () => deleteCustomers(api, cleanup);
  });

  liveTest('PUT /v1/campaigns/{id} updates the fields sent; bad dates and unknown ids are refused', async () => {
    const res = await api.call('PUT', `/v1/campaigns/${ref.campaignId}`, { body: { description: 'Updated', metadata: { tier: 'gold' }, discount: { type: 'AMOUNT', amount_off: 700 } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ref.campaignId, name: ref.campaignName, description: 'Updated', metadata: { tier: 'gold' }, voucher: { discount: { type: 'AMOUNT', amount_off: 700 } } });
    expect((await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`)).body.discount).toMatchObject({ type: 'AMOUNT', amount_off: 700 });
    const unset = await api.call('PUT', `/v1/campaigns/${ref.campaignId}`, { body: { unset_metadata_fields: ['tier'] } });
    expect(unset.body.metadata).toEqual({});
    expectVoucherifyError(await api.call('PUT', `/v1/campaigns/${ref.campaignId}`, { body: { start_date: '2030-01-01T00:00:00Z', expiration_date: '2029-01-01T00:00:00Z' } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('PUT', `/v1/campaigns/${ref.campaignId}`, { body: { join_once: 'yes' } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('PUT', '/v1/campaigns/camp_nothing', { body: { description: 'x' } }), 404, 'not_found', { resource_type: 'campaign' });
  });

  liveTest('a disabled campaign: its code neither validates nor redeems (voucher_disabled) until enabled', async () => {
    const disabled = await api.call('POST', `/v1/campaigns/${ref.campaignId}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toEqual({});
    expect((await api.call('GET', `/v1/campaigns/${ref.campaignId}`)).body.active).toBe(false);
    const friend = { source_id: unique('friend') };
    const validation = await api.call('POST', '/v1/validations', { body: { redeemables: [{ object: 'voucher', id: ref.code }], customer: friend } });
    expect(validation.body.valid).toBe(false);
    expect(validation.body.inapplicable_redeemables[0].result.error.key).toBe('voucher_disabled');
    expectVoucherifyError(await redeem(api, ref.code, friend), 400, 'voucher_disabled', { resource_type: 'redemption' });
    expect((await api.call('POST', `/v1/campaigns/${ref.campaignId}/enable`)).body).toEqual({});
    const ok = await redeem(api, ref.code, friend);
    expect(ok.status).toBe(200);
    cleanup.push(ok.body.redemptions[0].customer_id);
    expectVoucherifyError(await api.call('POST', '/v1/campaigns/camp_nothing/disable'), 404, 'not_found', { resource_type: 'campaign' });
  });

  liveTest('a disabled voucher (disable or PUT active: false) answers active: false and refuses redemption', async () => {
    const off = await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/disable`);
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ code: ref.code, active: false });
    expectVoucherifyError(await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/redemption`, { body: { customer: { source_id: unique('friend') } } }), 400, 'voucher_disabled');
    const on = await api.call('POST', `/v1/vouchers/${encodeURIComponent(ref.code)}/enable`);
    expect(on.body).toMatchObject({ code: ref.code, active: true });
    const put = await api.call('PUT', `/v1/vouchers/${encodeURIComponent(ref.code)}`, { body: { active: false, metadata: { note: 'paused' } } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ active: false, metadata: { note: 'paused' } });
    expectVoucherifyError(await api.call('POST', '/v1/vouchers/NO-SUCH-CODE/disable'), 404, 'not_found', { resource_type: 'voucher' });
    expectVoucherifyError(await api.call('PUT', '/v1/vouchers/NO-SUCH-CODE', { body: { active: true } }), 404, 'not_found', { resource_type: 'voucher' });
    expectVoucherifyError(await api.call('PUT', `/v1/vouchers/${encodeURIComponent(ref.code)}`, { body: { active: 'no' } }), 400, 'invalid_payload');
  });

  liveTest('DELETE /v1/vouchers/{code} (204) and DELETE /v1/campaigns/{id} (202 async action) remove them', async () => {
    expect((await api.call('DELETE', `/v1/vouchers/${encodeURIComponent(ref.code)}`, { query: { force: true } })).status).toBe(204);
    expectVoucherifyError(await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`), 404, 'not_found', { resource_type: 'voucher' });
    expectVoucherifyError(await api.call('DELETE', `/v1/vouchers/${encodeURIComponent(ref.code)}`), 404, 'not_found', { resource_type: 'voucher' });
    const gone = await api.call('DELETE', `/v1/campaigns/${ref.campaignId}`, { query: { force: true } });
    expect(gone.status).toBe(202);
    expect(gone.body.async_action_id).toMatch(/^aa_/);
  });
});

describe('Voucherify campaign deletion (sandbox: done before the answer)', () => {
  mockTest('the campaign, its codes, publications and redemptions are gone; the name can be used again', async () => {
    const api = voucherifyClient();
    const ref = await createPublishedCode(api);
    const redeemed = await redeem(api, ref.code, { source_id: unique('friend') });
    expect(redeemed.status).toBe(200);
    expect((await api.call('DELETE', `/v1/campaigns/${encodeURIComponent(ref.campaignName)}`)).status).toBe(202);
    expectVoucherifyError(await api.call('GET', `/v1/campaigns/${ref.campaignId}`), 404, 'not_found', { resource_type: 'campaign' });
    expectVoucherifyError(await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`), 404, 'not_found', { resource_type: 'voucher' });
    expectVoucherifyError(await api.call('GET', `/v1/redemptions/${redeemed.body.redemptions[0].id}`), 404, 'not_found', { resource_type: 'redemption' });
    expect((await api.call('GET', '/v1/publications', { query: { campaign: ref.campaignId } })).body.total).toBe(0);
    const friend = await api.call('GET', `/v1/customers/${redeemed.body.redemptions[0].customer_id}`);
    expect(friend.body.referrals.campaigns).toEqual([]);
    expect((await api.call('POST', '/v1/campaigns', { body: { name: ref.campaignName, campaign_type: 'REFERRAL_PROGRAM', voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'PERCENT', percent_off: 5 } } } })).status).toBe(200);
    expectVoucherifyError(await api.call('DELETE', '/v1/campaigns/camp_nothing'), 404, 'not_found', { resource_type: 'campaign' });
  });
});
