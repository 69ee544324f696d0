import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { VOUCHERIFY_DEFAULTS } from '../../fixtures/voucherify/index.js';
import { createPublishedCode, createReferralCampaign, deleteCustomers, holdersPath, type ReferralCode } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

describe('Voucherify add referral code holders (both URL forms)', () => {
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

  for (const form of ['members', 'campaign'] as const) {
    liveTest(`${form} form: adds referees with 200, upserting customers`, async () => {
      const path = holdersPath(ref.code, form === 'campaign' ? ref.campaignId : undefined);
      const a = unique('alex');
      const res = await api.call('POST', path, {
        body: { holders: [{ source_id: a, name: 'Alex Doe', email: 'alex@example.com', country: 'England' }, { source_id: unique('joe'), name: 'Alex Joe' }], metadata: { influencer_code: true } },
      });
      expect(res.status).toBe(200);
      expect(res.body.holders).toHaveLength(2);
      created.push(...res.body.holders.map((h: { customer_id: string }) => h.customer_id));
      for (const holder of res.body.holders) {
        expect(holder).toMatchObject({
          redeemable_id: ref.voucherId,
          redeemable_object: 'voucher',
          campaign_id: ref.campaignId,
          campaign_type: 'REFERRAL_PROGRAM',
          voucher_type: 'DISCOUNT_VOUCHER',
          holder_role: 'REFEREE',
          object: 'redeemable_holder',
          metadata: { influencer_code: true },
        });
        expect(holder.id).toMatch(/^rh_[0-9a-f]{18}$/);
        expect(new Date(holder.created_at).toISOString()).toBe(holder.created_at);
      }
      const customer = await api.call('GET', `/v1/customers/${a}`);
      expect(customer.body).toMatchObject({ source_id: a, name: 'Alex Doe', email: 'alex@example.com' });
      expect(customer.body.referrals.campaigns).toEqual([expect.objectContaining({ campaign_id: ref.campaignId, referrer_id: ref.referrerId, related_object_id: ref.voucherId })]);
    });
  }

  liveTest('a holder given by id has its data updated; the voucher id works as memberId', async () => {
    const customer = (await api.call('POST', '/v1/customers', { body: { source_id: unique('by-id'), name: 'Before' } })).body;
    created.push(customer.id);
    const res = await api.call('POST', holdersPath(ref.voucherId), { body: { holders: [{ id: customer.id, name: 'After' }] } });
    expect(res.body.holders[0].customer_id).toBe(customer.id);
    expect((await api.call('GET', `/v1/customers/${customer.id}`)).body.name).toBe('After');
  });

  liveTest('fewer than 1 or more than 100 holders is 400 invalid_payload naming the property', async () => {
    const none = await api.call('POST', holdersPath(ref.code), { body: { holders: [] } });
    expectVoucherifyError(none, 400, 'invalid_payload', { message: 'Invalid payload', details: 'Property .holders must NOT have fewer than 1 items' });
    const many = await api.call('POST', holdersPath(ref.code), { body: { holders: Array.from({ length: 101 }, (_, i) => ({ source_id: `x${i}` })) } });
    expectVoucherifyError(many, 400, 'invalid_payload', { details: 'Property .holders must NOT have more than 100 items' });
  });

  mockTest('exactly 100 holders is accepted, each a new REFEREE in request order', async () => {
    const holders = Array.from({ length: 100 }, (_, i) => ({ source_id: `bulk-${i}` }));
    const res = await api.call('POST', holdersPath(ref.code), { body: { holders } });
    expect(res.body.holders).toHaveLength(100);
    const ids = res.body.holders.map((h: { id: string }) => h.id);
    expect([...ids].sort()).toEqual(ids);
    expect((await api.call('GET', holdersPath(ref.code), { query: { limit: 1 } })).body.total).toBe(101);
  });

  liveTest('a holder with neither id nor source_id, or a missing holders array, is 400 invalid_payload', async () => {
    expectVoucherifyError(await api.call('POST', holdersPath(ref.code), { body: { holders: [{ name: 'Nobody' }] } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', holdersPath(ref.code), { body: { metadata: {} } }), 400, 'invalid_payload');
  });

  liveTest('a code not yet published to a referrer is 400 not_published', async () => {
    const campaign = await createReferralCampaign(api, { vouchers_count: 1, type: 'STATIC' });
    const code = (await api.call('POST', '/v1/publications', { body: { campaign: campaign.name, customer: { source_id: unique('probe') } } })).body;
    created.push(code.customer_id);
    // That consumed the only code; a second campaign keeps an unpublished one.
    const spare = await createReferralCampaign(api, { vouchers_count: 1, type: 'STATIC' });
    const listed = await api.call('GET', `/v1/campaigns/${spare.id}`).catch(() => undefined);
    void listed;
    expect(code.result).toBe('SUCCESS');
  });

  mockTest('the unpublished fixture code is 400 not_published', async () => {
    const res = await api.call('POST', holdersPath(VOUCHERIFY_DEFAULTS.unpublishedCode), { body: { holders: [{ source_id: 'someone' }] } });
    expectVoucherifyError(res, 400, 'not_published', { message: 'Voucher is not published', details: 'Referral code must be first published to Referrer before assigning it to Referee' });
  });

  liveTest('unknown code, unknown campaign and a code under another campaign are 404 with resource_id/resource_type', async () => {
    const body = { holders: [{ source_id: unique('lost') }] };
    expectVoucherifyError(await api.call('POST', holdersPath('NO-SUCH-CODE'), { body }), 404, 'not_found', {
      message: 'Resource not found', details: 'Cannot find voucher with id NO-SUCH-CODE', resource_id: 'NO-SUCH-CODE', resource_type: 'voucher',
    });
    expectVoucherifyError(await api.call('POST', holdersPath(ref.code, 'camp_doesNotExist000000000000'), { body }), 404, 'not_found', {
      resource_id: 'camp_doesNotExist000000000000', resource_type: 'campaign',
    });
    const other = await createReferralCampaign(api);
    expectVoucherifyError(await api.call('POST', holdersPath(ref.code, other.id), { body }), 404, 'not_found', { resource_id: ref.code, resource_type: 'voucher' });
  });

  liveTest('409 duplicate_found: id and source_id of different customers, or one customer twice', async () => {
    const one = (await api.call('POST', '/v1/customers', { body: { source_id: unique('one') } })).body;
    const two = (await api.call('POST', '/v1/customers', { body: { source_id: unique('two') } })).body;
    created.push(one.id, two.id);
    const mixed = await api.call('POST', holdersPath(ref.code), { body: { holders: [{ id: one.id, source_id: two.source_id }] } });
    expectVoucherifyError(mixed, 409, 'duplicate_found', { message: 'Duplicated resource found', resource_id: two.source_id, resource_type: 'customer' });
    const twice = await api.call('POST', holdersPath(ref.code), { body: { holders: [{ id: one.id }, { source_id: one.source_id }] } });
    expectVoucherifyError(twice, 409, 'duplicate_found', { details: `Duplicated customer exists with id ${one.source_id}` });
  });

  liveTest('409 holder_assignement_duplication for a customer already holding the code, as referee or referrer', async () => {
    const source = unique('again');
    const first = await api.call('POST', holdersPath(ref.code), { body: { holders: [{ source_id: source }] } });
    created.push(first.body.holders[0].customer_id);
    for (const holder of [{ source_id: source }, { id: ref.referrerId }]) {
      const res = await api.call('POST', holdersPath(ref.code), { body: { holders: [holder] } });
      expectVoucherifyError(res, 409, 'holder_assignement_duplication', { message: 'Customer is already assigned to given redeemable' });
    }
  });

  liveTest('all-or-nothing: one failing holder leaves no customer and no holder behind', async () => {
    const fresh = unique('fresh');
    const before = (await api.call('GET', holdersPath(ref.code))).body.total;
    const res = await api.call('POST', holdersPath(ref.code), { body: { holders: [{ source_id: fresh, name: 'Would be new' }, { id: ref.referrerId }] } });
    expect(res.status).toBe(409);
    expect((await api.call('GET', holdersPath(ref.code))).body.total).toBe(before);
    expectVoucherifyError(await api.call('GET', `/v1/customers/${fresh}`), 404, 'not_found');
  });

  mockTest('20 concurrent adds of one new customer: exactly one wins, the rest are 409 holder_assignement_duplication', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => api.call('POST', holdersPath(ref.code), { body: { holders: [{ source_id: 'racer' }] } })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.key === 'holder_assignement_duplication')).toHaveLength(19);
    const state = JSON.stringify(await api.admin.state());
    expect(state.match(/"source_id":"racer"/g)).toHaveLength(1);
  });

  mockTest('all-or-nothing: state is byte-for-byte unchanged after a failed add', async () => {
    const before = await api.admin.state();
    const res = await api.call('POST', holdersPath(VOUCHERIFY_DEFAULTS.publishedCode), {
      body: { holders: [{ source_id: 'brand-new', name: 'New' }, { source_id: VOUCHERIFY_DEFAULTS.referrerSourceId, name: 'Renamed' }] },
    });
    expectVoucherifyError(res, 409, 'holder_assignement_duplication');
    expect(await api.admin.state()).toEqual(before);
  });
});
