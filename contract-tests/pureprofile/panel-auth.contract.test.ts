import { beforeEach, describe, expect } from 'vitest';
import { authHeadersFor, liveTest, mockTest, type VendorClient } from '../support/client.js';
import { bearer, panelId, pureprofileClient, registerPanelist, SANDBOX_TOKEN } from './target.js';

const ACCOUNT = '/v1/panel/account';
const UNAUTHORIZED = { message: 'Unauthorized: the credentials are missing, wrong or expired.', errors: [{ message: 'Unauthorized: the credentials are missing, wrong or expired.' }] };

describe('Pureprofile panel layer: bearer access tokens', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = pureprofileClient();
  });

  mockTest('the default scenario\'s ready token opens the sandbox panelist\'s account', async () => {
    const res = await api.call('GET', ACCOUNT, { auth: bearer(SANDBOX_TOKEN) });
    expect(res.status).toBe(200);
    // EMAIL carries the panel GUID as a prefix, as the docs' one example shows it.
    expect(res.body.data.profile).toMatchObject({ EMAIL: `${panelId()}_sandbox.panelist@example.com`, FIRST_NAME: 'Sam', LAST_NAME: 'Sandbox', LOCALE: 'ENG-AU' });
    expect(res.body.data.activity[0]).toMatchObject({ type: 'AccountTransfer', status: 'completed' });
    expect(res.body.data.devices).toEqual([]);
  });

  const refused = () => [false, bearer('not-a-token'), api.auth] as const;

  liveTest('no token, an unknown token or the partner\'s Basic credentials get 401 in the error envelope', async () => {
    for (const auth of refused()) {
      const res = await api.call('GET', ACCOUNT, { auth });
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/unauthorized/i);
    }
  });

  mockTest('the sandbox words each of those 401s the same way', async () => {
    for (const auth of refused()) expect((await api.call('GET', ACCOUNT, { auth })).body).toEqual(UNAUTHORIZED);
  });

  mockTest('an authenticate token expires after 3600 seconds of the sandbox clock', async () => {
    const { user } = await registerPanelist(api, 'expiry');
    const { access_token } = (await api.call('POST', '/v1/partner/panel/authenticate', { body: { user, panel: panelId() } })).body;
    await api.admin.advanceClock(3599);
    expect((await api.call('GET', ACCOUNT, { auth: bearer(access_token) })).status).toBe(200);
    await api.admin.advanceClock(1);
    const expired = await api.call('GET', ACCOUNT, { auth: bearer(access_token) });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(UNAUTHORIZED);
    const refer = await api.call('POST', '/v1/panel/refer-friends', { auth: bearer(access_token), body: { emails: ['late@example.com'] } });
    expect(refer.status).toBe(401);
  });

  mockTest('a register token lasts 30 days; authenticate then issues a fresh one', async () => {
    const { user, token } = await registerPanelist(api, 'thirty-days');
    await api.admin.advanceClock(2_592_000 - 1);
    expect((await api.call('GET', ACCOUNT, { auth: bearer(token) })).status).toBe(200);
    await api.admin.advanceClock(1);
    expect((await api.call('GET', ACCOUNT, { auth: bearer(token) })).status).toBe(401);
    const fresh = await api.call('POST', '/v1/partner/panel/authenticate', { body: { user, panel: panelId() } });
    expect((await api.call('GET', ACCOUNT, { auth: bearer(fresh.body.access_token) })).status).toBe(200);
  });

  mockTest('each partner is its own tenant: its panelists are invisible to the default partner', async () => {
    const tenant = await api.admin.createTenant();
    const partner = authHeadersFor('pureprofile', tenant.credentials);
    const { user, token } = await registerPanelist(api, 'tenant', partner);
    const account = await api.call('GET', ACCOUNT, { auth: bearer(token) });
    expect(account.body.data.profile.EMAIL).toBe(`${panelId()}_${user}`);
    const fromDefault = await api.call('POST', '/v1/partner/panel/authenticate', { body: { user, panel: panelId() } });
    expect(fromDefault.status).toBe(404);
    const theirs = await api.call('POST', '/v1/partner/panel/authenticate', { auth: partner, body: { user: 'sandbox.panelist@example.com', panel: panelId() } });
    expect(theirs.status).toBe(404);
  });
});
