// The released official SDK (@voucherify/sdk 2.9.0, unchanged) against the sandbox, with only apiUrl pointed at it.
// 2.9.0 has no holder methods, so the holder calls go over HTTP on the code the SDK set up.
import { VoucherifyServerSide, type CustomerObject, type VoucherifyError } from '@voucherify/sdk';
import { beforeEach, describe, expect } from 'vitest';
import { liveTest, type VendorClient } from '../support/client.js';
import { holdersPath } from './setup.js';
import { REQUEST_ID, unique, voucherifyClient } from './target.js';

async function caught(promise: Promise<unknown>): Promise<VoucherifyError> {
  try {
    await promise;
  } catch (error) {
    // 2.9.0 exports VoucherifyError as a type only and ships minified, so the class is recognised by the
    // fields its constructor always sets (related_object_total is unique to it).
    if (error instanceof Error && Object.prototype.hasOwnProperty.call(error, 'related_object_total')) return error as VoucherifyError;
    throw error;
  }
  throw new Error('expected the SDK to reject');
}

describe('@voucherify/sdk 2.9.0 drives the referral setup against the sandbox', () => {
  let api: VendorClient;
  let client: ReturnType<typeof VoucherifyServerSide>;
  beforeEach(async () => {
    api = voucherifyClient();
    client = VoucherifyServerSide({ applicationId: api.auth['X-App-Id'], secretKey: api.auth['X-App-Token'], apiUrl: await api.baseUrl() });
  });

  liveTest('campaign, customer, publication and voucher through the SDK; holders over HTTP on that code', async () => {
    const name = unique('sdk-campaign');
    const campaign = await client.campaigns.create({
      name,
      campaign_type: 'REFERRAL_PROGRAM',
      type: 'AUTO_UPDATE',
      referral_program: { conversion_event_type: 'redemption' },
      voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'PERCENT', percent_off: 15 }, is_referral_code: true },
    } as Parameters<typeof client.campaigns.create>[0]);
    expect(campaign).toMatchObject({ name, campaign_type: 'REFERRAL_PROGRAM', object: 'campaign' });

    const referrer = (await client.customers.create({ source_id: unique('sdk-referrer'), name: 'SDK Referrer', email: 'sdk-referrer@example.com' })) as CustomerObject;
    expect(referrer).toMatchObject({ object: 'customer', name: 'SDK Referrer' });

    const publication = await client.distributions.publications.create({ campaign: { name, count: 1 }, customer: { id: referrer.id } });
    expect(publication).toMatchObject({ object: 'publication', result: 'SUCCESS', customer_id: referrer.id });
    const code = publication.voucher.code;

    const voucher = await client.vouchers.get(code);
    expect(voucher).toMatchObject({ code, is_referral_code: true, holder_id: referrer.id, object: 'voucher' });

    const added = await api.call('POST', holdersPath(code, campaign.id), { body: { holders: [{ source_id: unique('sdk-friend'), name: 'Friend' }] } });
    expect(added.status).toBe(200);
    const referees = await api.call('GET', holdersPath(code), { query: { filters: { holder_role: { conditions: { $in: ['REFEREE'] } } } } });
    expect(referees.body.data.map((h: { id: string }) => h.id)).toEqual([added.body.holders[0].id]);

    // The SDK serialises filters with qs too.
    const mine = await client.customers.listRedeemables(referrer.id, { filters: { holder_role: { conditions: { $in: ['REFERRER'] } } } });
    expect(mine).toMatchObject({ total: 1, data: [expect.objectContaining({ holder_role: 'REFERRER', redeemable_id: voucher.id })] });

    await client.customers.delete(added.body.holders[0].customer_id);
    await client.customers.delete(referrer.id);
  });

  liveTest('the whole referral program through the SDK: publish, holders, validate, redeem, list, referrals, rate-limit headers, self-redemption refused', async () => {
    const name = unique('sdk-program');
    const campaign = await client.campaigns.create({
      name,
      campaign_type: 'REFERRAL_PROGRAM',
      referral_program: { conversion_event_type: 'redemption' },
      voucher: { type: 'DISCOUNT_VOUCHER', discount: { type: 'AMOUNT', amount_off: 1000 }, is_referral_code: true },
    } as Parameters<typeof client.campaigns.create>[0]);
    const listed = await client.campaigns.list({ limit: 100 });
    expect(listed.campaigns.map((c) => c.id)).toContain(campaign.id);
    expect(await client.campaigns.get(campaign.id)).toMatchObject({ id: campaign.id, name });

    const referrerSourceId = unique('sdk-referrer');
    const publication = await client.distributions.publications.create({ campaign: { name, count: 1 }, customer: { source_id: referrerSourceId, name: 'Referrer' } });
    const code = publication.voucher.code;
    const referrerId = publication.customer_id;
    const pubs = await client.distributions.publications.list({ campaign: name } as Parameters<typeof client.distributions.publications.list>[0]);
    expect(pubs.publications?.map((p) => p.id)).toEqual([publication.id]);
    expect(publication.id).toMatch(/^pub_[0-9A-Za-z]{32}$/);

    const friendSourceId = unique('sdk-friend');
    const added = await api.call('POST', holdersPath(code), { body: { holders: [{ source_id: friendSourceId, name: 'Friend' }] } });
    expect(added.status).toBe(200);

    const validation = await client.validations.validateStackable({ redeemables: [{ object: 'voucher', id: code }], customer: { source_id: friendSourceId }, order: { amount: 5000 } });
    expect(validation).toMatchObject({ valid: true, redeemables: [expect.objectContaining({ status: 'APPLICABLE', id: code })] });

    const redeemed = await client.redemptions.redeemStackable({ redeemables: [{ object: 'voucher', id: code }], customer: { source_id: friendSourceId }, order: { amount: 5000 } });
    const redemption = redeemed.redemptions[0];
    expect(redemption).toMatchObject({ result: 'SUCCESS', customer_id: added.body.holders[0].customer_id });
    expect(redeemed.order).toMatchObject({ amount: 5000, total_amount: 4000 });

    const listedRedemptions = await client.redemptions.list({ customer: redemption.customer_id } as Parameters<typeof client.redemptions.list>[0]);
    expect((listedRedemptions as unknown as { redemptions: Array<{ id: string }> }).redemptions.map((r) => r.id)).toContain(redemption.id);
    expect(await client.redemptions.get(redemption.id)).toMatchObject({ id: redemption.id });

    // 2.9.0's CustomerObject type has no `referrals`, though the API answers it.
    const referee = (await client.customers.get(friendSourceId)) as CustomerObject & { referrals?: unknown };
    expect(referee.referrals).toMatchObject({ total: 1, campaigns: [{ campaign_id: campaign.id, referrer_id: referrerId, related_object_type: 'redemption', related_object_id: redemption.id }] });
    const customers = await client.customers.list({ limit: 100 } as Parameters<typeof client.customers.list>[0]);
    expect(customers.customers.map((c) => c.id)).toEqual(expect.arrayContaining([referrerId, referee.id]));

    // Voucherify sends X-Rate-Limit-* on every response; the SDK's apiLimitsHandler reads the last one.
    expect(client.apiLimitsHandler.areLimitsAvailable()).toBe(true);
    expect(client.apiLimitsHandler.getRateLimit()).toBeGreaterThan(0);
    expect(client.apiLimitsHandler.getRateLimitRemaining()).toBeLessThan(client.apiLimitsHandler.getRateLimit());

    const self = await caught(client.redemptions.redeem(code, { customer: { id: referrerId } } as Parameters<typeof client.redemptions.redeem>[1]));
    expect(self).toMatchObject({ code: 400, key: 'referrer_not_permitted_to_redeem', details: code, resource_type: 'redemption' });
    expect(self.request_id).toMatch(REQUEST_ID);

    await client.customers.delete(referee.id);
    await client.customers.delete(referrerId);
  });

  liveTest('a 404 surfaces as the SDK\'s VoucherifyError with code, key and request_id', async () => {
    const missing = await caught(client.vouchers.get('NO-SUCH-SDK-CODE'));
    expect(missing).toMatchObject({ code: 404, key: 'not_found', message: 'Resource not found', resource_id: 'NO-SUCH-SDK-CODE', resource_type: 'voucher' });
    expect(missing.request_id).toMatch(REQUEST_ID);
    const noCampaign = await caught(client.distributions.publications.create({ campaign: { name: unique('ghost') }, customer: { source_id: unique('c') } }));
    expect(noCampaign).toMatchObject({ code: 404, key: 'not_found', resource_type: 'campaign' });
  });

  liveTest('wrong credentials surface as VoucherifyError 401 unauthorized', async () => {
    const wrong = VoucherifyServerSide({ applicationId: api.auth['X-App-Id'], secretKey: 'not-the-token', apiUrl: await api.baseUrl() });
    expect(await caught(wrong.customers.get('anyone'))).toMatchObject({ code: 401, key: 'unauthorized', message: 'Unauthorized' });
  });
});
