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
