import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { bearer, panelId, pureprofileClient, registerPanelist, registrationBody, SANDBOX_TOKEN, uniqueEmail } from './target.js';

const REGISTER = '/v1/partner/panel/register';
const AUTHENTICATE = '/v1/partner/panel/authenticate';

describe('Pureprofile partner layer: register and authenticate panelists', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = pureprofileClient();
  });

  liveTest('register answers the user id and a 30-day bearer token that opens the panel API', async () => {
    const user = uniqueEmail('register');
    const res = await api.call('POST', REGISTER, { body: registrationBody(user, { first_name: 'Ann', last_name: 'Lee' }) });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('success');
    expect(res.body.data.token).toMatchObject({ token_type: 'Bearer', expires_in: 2592000 });

    const account = await api.call('GET', '/v1/panel/account', { auth: bearer(res.body.data.token.access_token) });
    expect(account.status).toBe(200);
    expect(account.body.data.profile).toMatchObject({ FIRST_NAME: 'Ann', LAST_NAME: 'Lee', BIRTH_DATE: '1990-05-04', INVITED_COUNT: 0 });
  });

  liveTest('authenticate answers the bare one-hour token object, no envelope', async () => {
    const { user } = await registerPanelist(api, 'auth');
    const res = await api.call('POST', AUTHENTICATE, { body: { user, panel: panelId() } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(res.body).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
    expect((await api.call('GET', '/v1/panel/account', { auth: bearer(res.body.access_token) })).status).toBe(200);
  });

  mockTest('the user is matched case-insensitively by authenticate', async () => {
    const res = await api.call('POST', AUTHENTICATE, { body: { user: 'SANDBOX.Panelist@example.com', panel: panelId() } });
    expect(res.status).toBe(200);
  });

  mockTest('an unknown panel is 404 naming the panel field', async () => {
    for (const [path, body] of [
      [REGISTER, registrationBody('x@example.com', { panel: '00000000-0000-4000-8000-000000000000' })],
      [AUTHENTICATE, { user: 'sandbox.panelist@example.com', panel: 'no-such-panel' }],
    ] as const) {
      const res = await api.call('POST', path, { body });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ message: 'Panel not found.', errors: [{ field: 'panel', message: 'Panel not found.' }] });
    }
  });

  mockTest('authenticating a user who is not in the panel is 404', async () => {
    const res = await api.call('POST', AUTHENTICATE, { body: { user: 'stranger@example.com', panel: panelId() } });
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual([{ field: 'user', message: 'Panelist not found in this panel.' }]);
  });

  mockTest('a locale the panel does not have is 422 listing the panel locales; nothing is stored', async () => {
    const res = await api.call('POST', REGISTER, { body: registrationBody('fr@example.com', { locale: 'FRE-BE' }) });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'locale', message: 'locale must be one of: ENG-AU, ENG-NZ' }]);
    const state = await api.admin.state();
    expect(JSON.stringify(state)).not.toContain('fr@example.com');
  });

  mockTest('a panelist exists in one panel only: registering the same user again, in any panel, is 422', async () => {
    const second = { id: 'b1e2c3d4-0000-4000-8000-00000000be01', name: 'Belgium', locales: ['DUT-BE', 'FRE-BE'], max_referral_emails: 5 };
    await api.admin.seed({ pureprofile: { tenants: [{ id: 'default', data: { panels: [second] } }] } });
    for (const body of [
      registrationBody('Sandbox.Panelist@example.com'),
      registrationBody('sandbox.panelist@example.com', { panel: second.id, locale: 'DUT-BE' }),
    ]) {
      const res = await api.call('POST', REGISTER, { body });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ message: 'The user is already registered as a panelist.', errors: [{ field: 'user', message: 'The user is already registered as a panelist.' }] });
    }
  });

  mockTest('a date of birth that is not a past ISO date is refused', async () => {
    const notADate = await api.call('POST', REGISTER, { body: registrationBody('d1@example.com', { dob: '04/05/1990' }) });
    expect(notADate.status).toBe(400);
    expect(notADate.body.errors[0].field).toBe('dob');
    const future = await api.call('POST', REGISTER, { body: registrationBody('d2@example.com', { dob: '2999-01-01' }) });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe('dob');
  });

  liveTest('missing fields are 400 with one entry per field', async () => {
    const res = await api.call('POST', REGISTER, { body: { user: uniqueEmail('missing'), panel: panelId() } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dob', 'first_name', 'last_name', 'locale']);
  });

  liveTest('partner endpoints refuse missing or wrong Basic credentials and panelist tokens with 401', async () => {
    const wrong = { Authorization: `Basic ${Buffer.from('pp_partner:wrong').toString('base64')}` };
    for (const auth of [false, wrong, bearer(SANDBOX_TOKEN)] as const) {
      const res = await api.call('POST', AUTHENTICATE, { auth, body: { user: 'sandbox.panelist@example.com', panel: panelId() } });
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/unauthorized/i);
      expect(Array.isArray(res.body.errors)).toBe(true);
    }
  });
});
