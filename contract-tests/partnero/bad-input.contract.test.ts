import { beforeEach, describe, expect } from 'vitest';
import { authHeadersFor, liveTest, mockTest, type VendorClient } from '../support/client.js';
import { partneroClient } from './target.js';

describe('Partnero: credentials and bad input', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = partneroClient();
  });

  liveTest('a missing or wrong API key is 401 {"message": "Unauthenticated."}', async () => {
    for (const auth of [false, { Authorization: 'Bearer not-a-key' }] as const) {
      const res = await api.call('GET', '/v1/subscribers', { auth });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: 'Unauthenticated.' });
    }
  });

  const count = async () => (await api.call('GET', '/v1/program')).body.data.total_subscribers;

  mockTest.each([
    ['malformed JSON', { data: '{"email": "x@example.com"', contentType: 'application/json' }, 400],
    ['a __proto__ key', { data: '{"email": "p@example.com", "__proto__": {"approved": false}}', contentType: 'application/json' }, 400],
    ['a form body', { data: 'email=f@example.com', contentType: 'application/x-www-form-urlencoded' }, 415],
    ['a body over 1 MiB', { data: JSON.stringify({ email: 'big@example.com', name: 'x'.repeat(1100 * 1024) }), contentType: 'application/json' }, 413],
  ])('%s gets a clear error (%i) in the Partnero envelope and stores nothing', async (_label, raw, status) => {
    const before = await count();
    const res = await api.call('POST', '/v1/subscribers', { raw });
    expect(res.status).toBe(status);
    expect(res.body.status).toBe(0);
    expect(res.body.message.length).toBeGreaterThan(10);
    expect(await count()).toBe(before);
  });

  liveTest('wrong types are 422 per field in Laravel wording', async () => {
    const res = await api.call('POST', '/v1/subscribers', { body: { email: 'not-an-email', tos: 'yes', name: 5 } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      email: ['The email field must be a valid email address.'],
      tos: ['The tos field must be true or false.'],
      name: ['The name field must be a string.'],
    });
    expect(res.body.message).toBe('The email field must be a valid email address. (and 2 more errors)');
  });

  mockTest('unknown fields are ignored, as Laravel validation does', async () => {
    const res = await api.call('POST', '/v1/subscribers', { body: { email: 'extra@example.com', favourite_colour: 'red' } });
    expect(res.status).toBe(201);
    expect(res.body.data).not.toHaveProperty('favourite_colour');
  });

  mockTest('an unknown path under /v1/subscribers is a Partnero 404; a wrong method 405', async () => {
    const unknown = await api.call('GET', '/v1/subscribers/a/b');
    expect(unknown.status).toBe(404);
    expect(unknown.body.status).toBe(0);
    const wrong = await api.call('PATCH', '/v1/program');
    expect(wrong.status).toBe(405);
  });

  mockTest('each API key is its own program: a new tenant sees none of the default data', async () => {
    const tenant = await api.admin.createTenant();
    const other = authHeadersFor('partnero', tenant.credentials);
    await api.call('POST', '/v1/subscribers', { auth: other, body: { email: 'only-mine@example.com' } });
    const theirs = await api.call('GET', '/v1/subscribers', { auth: other });
    expect(theirs.body.data.map((s: { email: string }) => s.email)).toEqual(['only-mine@example.com']);
    expect((await api.call('GET', '/v1/subscribers/only-mine@example.com')).status).toBe(404);
    expect((await api.call('GET', '/v1/subscribers/partnero@partner.com', { auth: other })).status).toBe(404);
  });
});
