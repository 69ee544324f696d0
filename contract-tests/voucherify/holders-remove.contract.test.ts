import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, deleteCustomers, holdersPath, type ReferralCode } from './setup.js';
import { expectVoucherifyError, unique, voucherifyClient } from './target.js';

describe('Voucherify remove referral code holder (both URL forms)', () => {
  let api: VendorClient;
  let ref: ReferralCode;
  let referees: Array<{ id: string; customer_id: string }>;
  beforeEach(async () => {
    api = voucherifyClient();
    ref = await createPublishedCode(api);
    referees = (await api.call('POST', holdersPath(ref.code), { body: { holders: [{ source_id: unique('a') }, { source_id: unique('b') }] } })).body.holders;
    return () => deleteCustomers(api, [ref.referrerId, ...referees.map((h) => h.customer_id)]);
  });

  for (const form of ['members', 'campaign'] as const) {
    liveTest(`${form} form: removing a referee is 204 with an empty body, and it leaves the list`, async () => {
      const base = holdersPath(ref.code, form === 'campaign' ? ref.campaignId : undefined);
      const res = await api.call('DELETE', `${base}/${referees[0].id}`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      const ids = (await api.call('GET', base)).body.data.map((h: { id: string }) => h.id);
      expect(ids).not.toContain(referees[0].id);
      expect(ids).toContain(referees[1].id);
      // The customer stays; only the assignment is gone, so they can be added again.
      const again = await api.call('POST', base, { body: { holders: [{ id: referees[0].customer_id }] } });
      expect(again.status).toBe(200);
    });
  }

  liveTest('removing the referrer is 403 forbidden', async () => {
    for (const campaignId of [undefined, ref.campaignId]) {
      const res = await api.call('DELETE', `${holdersPath(ref.code, campaignId)}/${ref.referrerHolderId}`);
      expectVoucherifyError(res, 403, 'forbidden', { message: 'Can not remove assignment', details: 'You can not remove Referrer assignment' });
    }
  });

  liveTest('404 for an unknown holder, code or campaign, and for a holder of another code', async () => {
    expectVoucherifyError(await api.call('DELETE', `${holdersPath(ref.code)}/rh_0000000000000000ff`), 404, 'not_found', {
      details: 'Cannot find redeemable_holder with id rh_0000000000000000ff', resource_id: 'rh_0000000000000000ff', resource_type: 'redeemable_holder',
    });
    expectVoucherifyError(await api.call('DELETE', `${holdersPath('NO-CODE')}/${referees[0].id}`), 404, 'not_found', { resource_type: 'voucher' });
    expectVoucherifyError(await api.call('DELETE', `${holdersPath(ref.code, 'camp_nope')}/${referees[0].id}`), 404, 'not_found', { resource_id: 'camp_nope', resource_type: 'campaign' });
    const other = await createPublishedCode(api);
    expectVoucherifyError(await api.call('DELETE', `${holdersPath(other.code)}/${referees[0].id}`), 404, 'not_found', { resource_type: 'redeemable_holder' });
    await deleteCustomers(api, [other.referrerId]);
  });

  mockTest('a removed holder is gone from the stored state and a second delete is 404', async () => {
    const path = `${holdersPath(ref.code)}/${referees[1].id}`;
    expect((await api.call('DELETE', path)).status).toBe(204);
    const state = await api.admin.state();
    expect(JSON.stringify(state)).not.toContain(referees[1].id);
    expectVoucherifyError(await api.call('DELETE', path), 404, 'not_found');
  });
});
