// Partnero's own n8n node tests a key with GET /v1/test before anything else (credentials/PartneroApi.credentials.ts).
import { describe, expect } from 'vitest';
import { mockTest } from '../support/client.js';
import { partneroClient } from './target.js';

describe("Partnero's n8n credential test", () => {
  mockTest('GET /v1/test answers 200 for the key and the usual 401 without one', async () => {
    const api = partneroClient();
    const ok = await api.call('GET', '/v1/test');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: 1 });
    const refused = await api.call('GET', '/v1/test', { auth: { Authorization: 'Bearer not-a-key' } });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ message: 'Unauthenticated.' });
  });
});
