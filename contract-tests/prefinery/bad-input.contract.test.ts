import { beforeEach, describe, expect } from 'vitest';
import { mockTest, type VendorClient } from '../support/client.js';
import { prefineryClient } from './target.js';

// Bad input always gets Prefinery's error envelope, never a 500.
describe('Prefinery bad input', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = prefineryClient();
  });
  const envelope = expect.objectContaining({ errors: [expect.objectContaining({ code: expect.any(Number), message: expect.any(String) })] });

  mockTest('malformed JSON is 400', async () => {
    const res = await api.call('POST', '/api/v2/betas/1/friend_invitations', { raw: { data: '{"friend_invitation":', contentType: 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(envelope);
  });

  mockTest('a body that is neither JSON nor form is 415', async () => {
    const res = await api.call('POST', '/api/v2/betas/1/testers', { raw: { data: '<tester/>', contentType: 'application/xml' } });
    expect(res.status).toBe(415);
    expect(res.body).toEqual(envelope);
  });

  mockTest('an unknown route and an unrouted method are 404, as Rails answers', async () => {
    const unknown = await api.call('GET', '/api/v2/betas/1/feedbacks');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(envelope);
    expect((await api.call('PATCH', '/api/v2/betas/1')).status).toBe(404);
  });

  mockTest('a prototype key in a form body is 400', async () => {
    const res = await api.call('POST', '/api/v2/betas/1/friend_invitations', { raw: { data: 'friend_invitation[__proto__][x]=1', contentType: 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(400);
  });

  mockTest('a tester body that is not an object is 422', async () => {
    const res = await api.call('POST', '/api/v2/betas/1/testers', { body: { tester: 'bruce@wayne.com' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual(envelope);
  });
});
