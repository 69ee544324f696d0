import { beforeEach, describe, expect } from 'vitest';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { apiKey, basic, betaId, prefineryClient } from './target.js';

describe('Prefinery auth: the API key as basic user name, bearer token or ?api_key', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const path = () => `/api/v2/betas/${betaId()}`;

  liveTest('the key works as basic user name with an empty or any password', async () => {
    expect((await api.call('GET', path(), { auth: { Authorization: basic(apiKey()) } })).status).toBe(200);
    expect((await api.call('GET', path(), { auth: { Authorization: basic(apiKey(), 'X') } })).status).toBe(200);
  });

  liveTest('the key works as a bearer token and as ?api_key', async () => {
    expect((await api.call('GET', path(), { auth: { Authorization: `Bearer ${apiKey()}` } })).status).toBe(200);
    expect((await api.call('GET', path(), { auth: false, query: { api_key: apiKey() } })).status).toBe(200);
  });

  liveTest('no key is 401 with WWW-Authenticate: Basic and the error envelope', async () => {
    const res = await api.call('GET', path(), { auth: false });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Basic/);
    expect(res.body.errors[0].code).toBe(401);
  });

  liveTest('a wrong key is 401 in each of the three forms', async () => {
    for (const auth of [{ Authorization: basic('wrong_key') }, { Authorization: 'Bearer wrong_key' }]) {
      expect((await api.call('GET', path(), { auth })).status).toBe(401);
    }
    expect((await api.call('GET', path(), { auth: false, query: { api_key: 'wrong_key' } })).status).toBe(401);
  });

  mockTest('the key as basic password (empty user name) is not accepted', async () => {
    expect((await api.call('GET', path(), { auth: { Authorization: basic('', apiKey()) } })).status).toBe(401);
  });

  mockTest('a new tenant sees only its own betas, with its own key', async () => {
    const tenant = await api.admin.createTenant();
    const key = tenant.credentials.bearerAuth;
    const own = await api.call('GET', '/api/v2/betas', { auth: { Authorization: `Bearer ${key}` } });
    expect(own.status).toBe(200);
    expect(own.body).toEqual([]);
    expect((await api.call('GET', '/api/v2/betas/1', { auth: { Authorization: basic(key) } })).status).toBe(404);
  });
});
