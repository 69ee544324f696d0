import { beforeEach, describe, expect } from 'vitest';
import { mockTest, type VendorClient } from '../support/client.js';
import { bearer, pureprofileClient, SANDBOX_TOKEN } from './target.js';

describe('Pureprofile: bad input never reaches a 500', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = pureprofileClient();
  });

  const referralCount = async () => (await api.admin.state()).data.pureprofile.default.referrals.length as number;

  mockTest.each([
    ['malformed JSON', { data: '{"emails": ["a@example.com"', contentType: 'application/json' }, 400],
    ['a form body (parsed as JSON, so malformed)', { data: 'emails=a@example.com', contentType: 'application/x-www-form-urlencoded' }, 400],
    ['a __proto__ key', { data: '{"emails": ["p@example.com"], "__proto__": {"x": 1}}', contentType: 'application/json' }, 400],
    ['a body over 1 MiB', { data: JSON.stringify({ emails: ['big@example.com'], pad: 'x'.repeat(1100 * 1024) }), contentType: 'application/json' }, 413],
    ['a JSON array instead of an object', { data: '["a@example.com"]', contentType: 'application/json' }, 400],
  ])('%s is %i in the {message, errors} envelope and stores nothing', async (_label, raw, status) => {
    const before = await referralCount();
    const res = await api.call('POST', '/v1/panel/refer-friends', { auth: bearer(SANDBOX_TOKEN), raw });
    expect(res.status).toBe(status);
    expect(res.body.message.length).toBeGreaterThan(5);
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(await referralCount()).toBe(before);
  });

  mockTest('a missing body on register is 400', async () => {
    const res = await api.call('POST', '/v1/partner/panel/register');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: 'A request body is required.' }]);
  });

  mockTest('an unknown path is 404 and a wrong method 405, both in the envelope', async () => {
    const unknown = await api.call('GET', '/v1/panel/nope', { auth: bearer(SANDBOX_TOKEN) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Not found.');
    const wrong = await api.call('DELETE', '/v1/panel/refer-friends', { auth: bearer(SANDBOX_TOKEN) });
    expect(wrong.status).toBe(405);
    expect(wrong.body.errors[0].message).toContain('POST');
  });
});
