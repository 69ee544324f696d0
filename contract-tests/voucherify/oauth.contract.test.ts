// OAuth 2.0 client-credentials tokens (documentation/openapi/oauth.json): generate, introspect, revoke, and
// `Authorization: Bearer` on the endpoints whose security allows a token of that scope.
import { describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { createPublishedCode, deleteCustomers } from './setup.js';
import { expectVoucherifyError, voucherifyClient } from './target.js';

async function token(api: VendorClient, scope?: string) {
  const res = await api.call('POST', '/v1/oauth/token', { form: scope === undefined ? { grant_type: 'client_credentials' } : { grant_type: 'client_credentials', scope } });
  expect(res.status).toBe(200);
  return res.body as { access_token: string; client_id: string; expires_at: number; expires_in: number; scope: string; token_type: string };
}

const bearer = (value: string) => ({ auth: { Authorization: `Bearer ${value}` } });

describe('Voucherify OAuth tokens', () => {
  liveTest('POST /v1/oauth/token answers a 15-minute Bearer token with the scope asked for', async () => {
    const api = voucherifyClient();
    const got = await token(api, 'campaigns redemptions');
    expect(got).toMatchObject({ expires_in: 900, scope: 'campaigns redemptions', token_type: 'Bearer' });
    expect(got.expires_at).toBeGreaterThan(Date.now() / 1000 - 60);
    const introspected = await api.call('POST', '/v1/oauth/introspect', { form: { access_token: got.access_token } });
    expect(introspected.body).toMatchObject({ active: true, access_token: got.access_token, client_id: got.client_id, scope: 'campaigns redemptions' });
    expect((await api.call('POST', '/v1/oauth/token/revoke', { form: { access_token: got.access_token } })).status).toBe(204);
    expect((await api.call('POST', '/v1/oauth/introspect', { form: { access_token: got.access_token } })).body).toEqual({ active: false });
  });

  liveTest('bad grants and scopes, unknown tokens and missing parameters', async () => {
    const api = voucherifyClient();
    expectVoucherifyError(await api.call('POST', '/v1/oauth/token', { form: { grant_type: 'password', scope: 'api' } }), 400, 'invalid_grant_type');
    expectVoucherifyError(await api.call('POST', '/v1/oauth/token', { form: { scope: 'api' } }), 400, 'invalid_grant_type');
    expectVoucherifyError(await api.call('POST', '/v1/oauth/token', { form: { grant_type: 'client_credentials', scope: 'vouchers,campaigns' } }), 400, 'invalid_scope', { message: 'Invalid scope: vouchers,campaigns' });
    expectVoucherifyError(await api.call('POST', '/v1/oauth/token', { form: { grant_type: 'client_credentials', scope: 'everything' } }), 400, 'invalid_scope');
    expect((await api.call('POST', '/v1/oauth/introspect', { form: { access_token: 'not-a-token' } })).body).toEqual({ active: false });
    const revoked = await api.call('POST', '/v1/oauth/token/revoke', { form: { access_token: 'not-a-token' } });
    expect(revoked.status).toBe(404);
    expect(revoked.text).toBe('');
    expectVoucherifyError(await api.call('POST', '/v1/oauth/introspect', { form: {} }), 400, 'missing_parameters');
    expect((await api.call('POST', '/v1/oauth/token', { form: { grant_type: 'client_credentials' }, auth: false })).status).toBe(401);
  });

  liveTest('a bearer token works where its scope allows (api: everywhere) and is 401 elsewhere or once revoked', async () => {
    const api = voucherifyClient();
    const ref = await createPublishedCode(api);
    try {
      const campaigns = await token(api, 'campaigns');
      expect((await api.call('GET', `/v1/campaigns/${ref.campaignId}`, bearer(campaigns.access_token))).body).toMatchObject({ id: ref.campaignId });
      expectVoucherifyError(await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`, bearer(campaigns.access_token)), 401, 'unauthorized');
      const all = await token(api);
      expect(all.scope).toBe('api');
      expect((await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`, bearer(all.access_token))).body).toMatchObject({ code: ref.code });
      expect((await api.call('GET', `/v1/referrals/members/${encodeURIComponent(ref.code)}/holders`, bearer(all.access_token))).status).toBe(200);
      // The OAuth endpoints themselves take the X-App headers only.
      expect((await api.call('POST', '/v1/oauth/token', { form: { grant_type: 'client_credentials' }, ...bearer(all.access_token) })).status).toBe(401);
      await api.call('POST', '/v1/oauth/token/revoke', { form: { access_token: all.access_token } });
      expectVoucherifyError(await api.call('GET', `/v1/vouchers/${encodeURIComponent(ref.code)}`, bearer(all.access_token)), 401, 'unauthorized');
      expectVoucherifyError(await api.call('GET', '/v1/campaigns', bearer('not-a-token')), 401, 'unauthorized');
    } finally {
      await deleteCustomers(api, [ref.referrerId]);
    }
  });

  mockTest('a token expires after 900 s on the sandbox clock: 401, introspects inactive, revoke is 404', async () => {
    const api = voucherifyClient();
    const got = await token(api, 'api');
    await api.admin.advanceClock(600);
    const halfway = await api.call('POST', '/v1/oauth/introspect', { form: { access_token: got.access_token } });
    expect(halfway.body).toMatchObject({ active: true, expires_in: 300, expires_at: got.expires_at });
    expect((await api.call('GET', '/v1/campaigns', bearer(got.access_token))).status).toBe(200);
    await api.admin.advanceClock(300);
    expectVoucherifyError(await api.call('GET', '/v1/campaigns', bearer(got.access_token)), 401, 'unauthorized');
    expect((await api.call('POST', '/v1/oauth/introspect', { form: { access_token: got.access_token } })).body).toEqual({ active: false });
    expect((await api.call('POST', '/v1/oauth/token/revoke', { form: { access_token: got.access_token } })).status).toBe(404);
  });

  mockTest("a project's token is not another project's: introspection is inactive there, and it reaches only its own data", async () => {
    const api = voucherifyClient();
    const tenant = await api.admin.createTenant();
    const mine = await token(api, 'api');
    expect((await api.call('POST', '/v1/oauth/introspect', { form: { access_token: mine.access_token }, auth: tenant.credentials })).body).toEqual({ active: false });
    expect((await api.call('POST', '/v1/oauth/token/revoke', { form: { access_token: mine.access_token }, auth: tenant.credentials })).status).toBe(404);
    expect((await api.call('POST', '/v1/oauth/introspect', { form: { access_token: mine.access_token } })).body.active).toBe(true);
  });

  mockTest('JSON routes still refuse form bodies (415); the OAuth routes take JSON too', async () => {
    const api = voucherifyClient();
    expectVoucherifyError(await api.call('POST', '/v1/customers', { form: { source_id: 'x' } }), 415, 'unsupported_media_type');
    expect((await api.call('POST', '/v1/oauth/token', { body: { grant_type: 'client_credentials', scope: 'customers' } })).body).toMatchObject({ scope: 'customers' });
  });
});
