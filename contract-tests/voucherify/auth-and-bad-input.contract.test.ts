import { beforeEach, describe, expect } from 'vitest';
import { VOUCHERIFY_DEFAULTS } from '../../fixtures/voucherify/index.js';
import { liveTest, mockTest, type CallOptions, type VendorClient } from '../support/client.js';
import { holdersPath } from './setup.js';
import { expectVoucherifyError, REQUEST_ID, voucherifyClient } from './target.js';

describe('Voucherify auth and malformed input', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = voucherifyClient();
  });

  liveTest('no credentials, one header only, or a wrong token: 401 unauthorized in the documented body', async () => {
    const path = holdersPath('ANY-CODE');
    const attempts: CallOptions[] = [
      { auth: false },
      { auth: { 'X-App-Id': api.auth['X-App-Id'] } },
      { auth: { 'X-App-Token': api.auth['X-App-Token'] } },
      { auth: { 'X-App-Id': api.auth['X-App-Id'], 'X-App-Token': 'wrong-token' } },
    ];
    for (const options of attempts) {
      const res = await api.call('GET', path, options);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 401, message: 'Unauthorized', key: 'unauthorized' });
    }
  });

  mockTest('every error carries a fresh request_id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await api.call('GET', holdersPath('NO-SUCH-CODE'));
      expect(res.body.request_id).toMatch(REQUEST_ID);
      ids.add(res.body.request_id);
      ids.add((await api.call('GET', holdersPath('x'), { auth: false })).body.request_id);
    }
    expect(ids.size).toBe(6);
  });

  mockTest('credentials of a second project see none of the default project', async () => {
    const tenant = await api.admin.createTenant();
    const res = await api.call('GET', holdersPath(VOUCHERIFY_DEFAULTS.publishedCode), { auth: tenant.credentials });
    expectVoucherifyError(res, 404, 'not_found', { resource_type: 'voucher' });
  });

  liveTest('malformed JSON and a body that is not an object are 400 invalid_payload', async () => {
    const path = holdersPath(VOUCHERIFY_DEFAULTS.publishedCode);
    expectVoucherifyError(await api.call('POST', path, { raw: { data: '{"holders": [', contentType: 'application/json' } }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', path, { body: [1, 2] }), 400, 'invalid_payload');
    expectVoucherifyError(await api.call('POST', path, { body: { holders: 'alex' } }), 400, 'invalid_payload', { details: 'Property .holders must be array' });
  });

  mockTest('a wrong method and an unknown path answer in the Voucherify envelope', async () => {
    expectVoucherifyError(await api.call('PUT', holdersPath('CODE')), 405, 'method_not_allowed');
    expectVoucherifyError(await api.call('GET', '/v1/referrals/nothing/here/at/all/x/y'), 404, 'not_found');
    expectVoucherifyError(await api.call('POST', holdersPath('CODE'), { raw: { data: 'holders=1', contentType: 'text/plain' } }), 415, 'unsupported_media_type');
  });
});
