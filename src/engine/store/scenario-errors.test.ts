// Seed and scenario errors name the user's document as written (issue 24): the index in the document, not in the
// merged copy; an unknown collection or field by name, with a "did you mean".
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../server.js';

const seed = async (data: object) => {
  const app = createServer({ only: ['partnero', 'prefinery'] });
  await app.locals.sandbox.ready;
  return request(app).post('/__sandbox/seed').send(data);
};
const partnero = (data: object) => ({ partnero: { tenants: [{ id: 'default', data }] } });

describe('scenario errors', () => {
  it('a wrong type names the record by its index in the document (the default tenant already holds 5)', async () => {
    const res = await seed(partnero({ subscribers: [{ email: 42 }] }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('partnero.tenants[0].data.subscribers[0].email: must be string (type).');
  });

  it('a missing field, found only once merged, still names the document\'s index', async () => {
    const res = await seed(partnero({ subscribers: [{ email: 'fine@example.com' }, { name: 'no email' }] }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('partnero.tenants[0].data.subscribers[1]: required property "email" is missing.');
  });

  it('an unknown collection is named, with a did-you-mean', async () => {
    const res = await seed(partnero({ subscriberz: [{ email: 'a@example.com' }] }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('partnero.tenants[0].data: "subscriberz" is not a partnero collection; did you mean "subscribers"?');
    const far = await seed(partnero({ zzz: [] }));
    expect(far.body.error.message).toBe('partnero.tenants[0].data: "zzz" is not a partnero collection; partnero has program, subscribers, webhooks.');
  });

  it('an unknown field of a record that allows none is named, with a did-you-mean', async () => {
    const res = await seed(partnero({ webhooks: [{ url: 'https://example.com/hook', evnts: ['subscriber.created'] }] }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('partnero.tenants[0].data.webhooks[0]: unknown field "evnts"; did you mean "events"?');
  });

  it('a good document still seeds, and nothing of a bad one is kept', async () => {
    const app = createServer({ only: ['partnero'] });
    await app.locals.sandbox.ready;
    await request(app).post('/__sandbox/seed').send(partnero({ subscribers: [{ email: 'kept@example.com' }] })).expect(200);
    await request(app).post('/__sandbox/seed').send(partnero({ subscribers: [{ email: 'not-kept@example.com' }, { email: 7 }] })).expect(400);
    const emails = (await request(app).get('/v1/subscribers?limit=100').set('Authorization', 'Bearer pn_sandbox_key')).body.data.map((s: { email: string }) => s.email);
    expect(emails).toContain('kept@example.com');
    expect(emails).not.toContain('not-kept@example.com');
  });

  // Each vendor's seed completes and tidies what it is given before anything is checked: these were always accepted.
  it.each([
    ['a lower-case referral code (ReferralAPI upper-cases it)', { referralapi: { tenants: [{ id: 'default', data: { referral_links: [{ campaign_id: 'x', referral_code: 'abc12345' }], campaigns: [{ id: 'x', url: 'https://e.com' }] } }] } }],
    ['a campaign URL without a scheme (ReferralAPI adds https://)', { referralapi: { tenants: [{ id: 'default', data: { campaigns: [{ id: 'c2', url: 'example.org' }] } }] } }],
    ['a Prefinery reward with delivered_at null and no status', { prefinery: { tenants: [{ id: 'default', data: { rewards: [{ user_id: 1, delivered_at: null, revoked_at: null }] } }] } }],
    ['a Prefinery profile value of true (stored as null)', { prefinery: { tenants: [{ id: 'default', data: { testers: [{ email: 'z@x.com', profile: { first_name: true } }] } }] } }],
    ['a Pureprofile variable named in any case', { pureprofile: { tenants: [{ id: 'default', data: { variables: [{ name: 'gender', text: 'Your gender' }] } }] } }],
  ])('still accepts %s', async (_label, doc) => {
    const app = createServer({ db: ':memory:' });
    await app.locals.sandbox.ready;
    const res = await request(app).post('/__sandbox/seed').send(doc);
    expect(res.body.error).toBeUndefined();
    expect(res.status).toBe(200);
  });
});
