import { beforeEach, describe, expect } from 'vitest';
import { VOUCHERIFY_DEFAULTS } from '../../fixtures/voucherify/index.js';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, createReferralCampaign, deleteCustomers, holdersPath, type ReferralCode } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

type Holder = { id: string; holder_role: string; customer_id: string; created_at: string };

describe('Voucherify list referral code holders (both URL forms)', () => {
  let api: VendorClient;
  let ref: ReferralCode;
  let referees: Holder[];
  beforeEach(async () => {
    api = voucherifyClient();
    ref = await createPublishedCode(api);
    const added = await api.call('POST', holdersPath(ref.code), { body: { holders: Array.from({ length: 6 }, (_, i) => ({ source_id: unique(`r${i}`) })) } });
    referees = added.body.holders;
    return () => deleteCustomers(api, [ref.referrerId, ...referees.map((h) => h.customer_id)]);
  });

  for (const form of ['members', 'campaign'] as const) {
    liveTest(`${form} form: the list envelope with every holder, 10 per page by default`, async () => {
      const res = await api.call('GET', holdersPath(ref.code, form === 'campaign' ? ref.campaignId : undefined));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ object: 'list', data_ref: 'data', total: 7, has_more: false });
      expect(res.body).not.toHaveProperty('more_starting_after');
      expect(res.body.data.map((h: Holder) => h.holder_role).sort()).toEqual(['REFEREE', 'REFEREE', 'REFEREE', 'REFEREE', 'REFEREE', 'REFEREE', 'REFERRER']);
    });
  }

  liveTest('walking the cursor visits every holder exactly once, in both orders', async () => {
    for (const order of ['id', '-id']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const query: Record<string, unknown> = { limit: 3, order, ...(cursor ? { starting_after_id: cursor } : {}) };
        const page = (await api.call('GET', holdersPath(ref.code), { query })).body;
        expect(page.total).toBe(7);
        seen.push(...page.data.map((h: Holder) => h.id));
        if (!page.has_more) break;
        expect(page.more_starting_after).toBe(page.data[page.data.length - 1].id);
        cursor = page.more_starting_after;
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      const sorted = [...seen].sort();
      expect(seen).toEqual(order === 'id' ? sorted : sorted.reverse());
    }
  });

  liveTest('filters arrive qs-style: holder_role $in, id $is, customer_id and created_at conditions', async () => {
    const onlyReferees = await api.call('GET', holdersPath(ref.code, ref.campaignId), { query: { filters: { holder_role: { conditions: { $in: ['REFEREE'] } } } } });
    expect(onlyReferees.body.total).toBe(6);
    expect(onlyReferees.body.data.every((h: Holder) => h.holder_role === 'REFEREE')).toBe(true);
    const referrer = await api.call('GET', holdersPath(ref.code), { query: { filters: { holder_role: { conditions: { $is: 'REFERRER' } } } } });
    expect(referrer.body.data.map((h: Holder) => h.id)).toEqual([ref.referrerHolderId]);
    const byId = await api.call('GET', holdersPath(ref.code), { query: { filters: { id: { conditions: { $in: [referees[0].id, referees[1].id] } } } } });
    expect(byId.body.total).toBe(2);
    const byCustomer = await api.call('GET', holdersPath(ref.code), { query: { filters: { customer_id: { conditions: { $is: referees[2].customer_id } } } } });
    expect(byCustomer.body.data.map((h: Holder) => h.id)).toEqual([referees[2].id]);
    const future = await api.call('GET', holdersPath(ref.code), { query: { filters: { created_at: { conditions: { $after: '2999-01-01T00:00:00.000Z' } } } } });
    expect(future.body).toMatchObject({ total: 0, data: [], has_more: false });
    const either = await api.call('GET', holdersPath(ref.code), {
      query: { filters: { junction: 'or', holder_role: { conditions: { $is: 'REFERRER' } }, id: { conditions: { $is: referees[0].id } } } },
    });
    expect(either.body.total).toBe(2);
  });

  mockTest('the filters query string exactly as the v3 SDK sends it is parsed', async () => {
    const res = await api.call('GET', `${holdersPath(VOUCHERIFY_DEFAULTS.publishedCode)}?filters%5Bholder_role%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=REFEREE&limit=1`);
    expect(res.body).toMatchObject({ total: 2, has_more: true });
    expect(res.body.data[0].holder_role).toBe('REFEREE');
  });

  liveTest('limit outside 1-100, an unknown order or holder_role is 400', async () => {
    for (const query of [{ limit: 0 }, { limit: 101 }, { order: 'created_at' }, { filters: { holder_role: { conditions: { $in: ['OWNER'] } } } }]) {
      const res = await api.call('GET', holdersPath(ref.code), { query });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(400);
    }
    expectVoucherifyError(await api.call('GET', holdersPath(ref.code), { query: { limit: 101 } }), 400, 'invalid_query_params', { details: 'Property .limit must be <= 100' });
  });

  liveTest('an unknown code or campaign, or a code under another campaign, is 404', async () => {
    expectVoucherifyError(await api.call('GET', holdersPath('v_doesNotExist')), 404, 'not_found', { resource_id: 'v_doesNotExist', resource_type: 'voucher' });
    expectVoucherifyError(await api.call('GET', holdersPath(ref.code, 'camp_nope')), 404, 'not_found', { resource_type: 'campaign' });
    // A campaign of our own that exists wherever the test runs (the fixture campaign exists only in the sandbox).
    const other = await createReferralCampaign(api);
    expectVoucherifyError(await api.call('GET', holdersPath(ref.code, other.id)), 404, 'not_found', { resource_id: ref.code, resource_type: 'voucher' });
  });
});
