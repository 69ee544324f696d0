import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { JOURNAL_BODY_CAP_BYTES } from '../journal.js';
import { startTestReceiver } from '../test-support/receiver.js';
import { createToyApp } from '../test-support/toy-vendor.js';

const auth = { Authorization: 'Bearer toy_key' };
type App = ReturnType<typeof createToyApp>;
const journal = async (app: App, query = '') => (await request(app).get(`/__sandbox/requests${query}`).expect(200)).body.data;
const count = async (app: App, query = '') => (await request(app).get(`/__sandbox/requests/count${query}`).expect(200)).body.count;


/** Three items requests (200, 401, 201) a minute apart, then a 404 by a second tenant. */
async function traffic(app: App) {
  await request(app).get('/toy/items').set(auth).expect(200);
  await request(app).post('/__sandbox/clock').send({ advance_seconds: 60 }).expect(200);
  await request(app).get('/toy/items').expect(401);
  await request(app).post('/__sandbox/clock').send({ advance_seconds: 60 }).expect(200);
  await request(app).post('/toy/items').set(auth).send({ name: 'a' }).expect(201);
  const other = (await request(app).post('/__sandbox/tenants').send({ vendor: 'toy', id: 'other' }).expect(201)).body.credentials;
  await request(app).get('/toy/items/999').set('Authorization', `Bearer ${other.keyAuth}`).expect(404);
}

describe('/__sandbox/requests', () => {
  it('records tenant, redacted query and headers, bodies and response headers', async () => {
    const app = createToyApp();
    await request(app).get('/toy/items?limit=2').set(auth).set('X-Toy-Token', 'tok').set('Cookie', 'sid=1').expect(200);
    await request(app).post('/toy/items').set(auth).send({ name: 'made' }).expect(201);
    const [created, listed] = await journal(app);
    expect(listed).toMatchObject({ method: 'GET', path: '/toy/items', query: 'limit=2', tenant: 'default', status: 200, vendor: 'toy', operation_id: 'listItems', webhooks: [] });
    expect(listed.request.headers).toMatchObject({ authorization: '[redacted]', 'x-toy-token': '[redacted]', cookie: '[redacted]' });
    expect(listed.request).not.toHaveProperty('body');
    expect(listed.response.headers['content-type']).toMatch(/application\/json/);
    expect(listed.response.body).toEqual({ items: [{ id: 100, name: 'seeded' }], filters: null });
    expect(created.request.body).toEqual({ name: 'made' });
    expect(created.response.body).toEqual({ id: 101, name: 'made' });
    expect(JSON.stringify(await journal(app))).not.toContain('toy_key');
  });

  it('caps request and response bodies at 16 KiB each, marking them truncated', async () => {
    const app = createToyApp();
    const name = 'n'.repeat(100_000);
    await request(app).post('/toy/items').set(auth).send({ name }).expect(201);
    const [entry] = await journal(app);
    for (const message of [entry.request, entry.response]) {
      expect(message.truncated).toBe(true);
      expect(Buffer.byteLength(message.body)).toBe(JOURNAL_BODY_CAP_BYTES);
      expect(message.body.startsWith('{"')).toBe(true);
    }
    expect(entry.request.body_bytes).toBe(JSON.stringify({ name }).length);
  });

  it('names the webhook deliveries a request caused', async () => {
    const app = createToyApp();
    const hook = await startTestReceiver();
    await request(app).post('/__sandbox/webhooks/endpoints').send({ vendor: 'toy', url: hook.url, secret: 's' }).expect(201);
    await request(app).post('/toy/items').set(auth).send({ name: 'hooked' }).expect(201);
    await app.locals.sandbox.webhooks.idle();
    const [entry] = await journal(app);
    const deliveries = (await request(app).get('/__sandbox/webhooks/deliveries')).body.data;
    expect(entry.webhooks).toHaveLength(1);
    expect(entry.webhooks).toEqual(deliveries.map((d: { id: string }) => d.id));
  });

  it('filters by vendor, tenant, operation_id, status or class, method, since/until, and limits', async () => {
    const app = createToyApp();
    await traffic(app);
    const paths = (entries: Array<{ method: string; path: string; status: number }>) => entries.map((e) => `${e.method} ${e.path} ${e.status}`);
    expect(paths(await journal(app))).toEqual(['GET /toy/items/999 404', 'POST /toy/items 201', 'GET /toy/items 401', 'GET /toy/items 200']);
    expect(paths(await journal(app, '?vendor=toy&status=4xx'))).toEqual(['GET /toy/items/999 404', 'GET /toy/items 401']);
    expect(paths(await journal(app, '?status=201'))).toEqual(['POST /toy/items 201']);
    expect(paths(await journal(app, '?method=post'))).toEqual(['POST /toy/items 201']);
    expect(paths(await journal(app, '?tenant=other'))).toEqual(['GET /toy/items/999 404']);
    expect(paths(await journal(app, '?operation_id=listItems&limit=1'))).toEqual(['GET /toy/items 401']);
    expect(paths(await journal(app, '?since=2026-01-01T00:01:00Z&until=2026-01-01T00:02:00Z'))).toEqual(['GET /toy/items 401']);
    expect(await count(app)).toBe(4);
    expect(await count(app, '?operation_id=listItems&status=2xx')).toBe(1);
    expect(await count(app, '?tenant=default&since=2026-01-01T00:02:00.000Z')).toBe(1);
    expect(await count(app, '?vendor=toy&status=5xx')).toBe(0);
  });

  it('refuses unknown or malformed filters with 400', async () => {
    const app = createToyApp();
    for (const query of ['?opration_id=x', '?status=44', '?status=6xx', '?since=yesterday', '?vendor=nobody', '?limit=0', '?method=G%20T', '?tenant=a&tenant=b']) {
      const res = await request(app).get(`/__sandbox/requests${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
    expect((await request(app).get('/__sandbox/requests/count?limit=1')).status).toBe(400);
  });

  it('DELETE empties the journal', async () => {
    const app = createToyApp();
    await traffic(app);
    await request(app).delete('/__sandbox/requests').expect(204);
    expect(await count(app)).toBe(0);
  });

  it('is bounded by journalSize', async () => {
    const app = createToyApp({ journalSize: 2 });
    await traffic(app);
    expect(await count(app)).toBe(2);
    expect((await journal(app, '?limit=50')).length).toBe(2);
  });
});

describe('POST /__sandbox/reset and what it keeps', () => {
  it('clears the journal, the outbox and the clock by default', async () => {
    const app = createToyApp();
    await traffic(app);
    const res = await request(app).post('/__sandbox/reset').expect(200);
    expect(res.body).toEqual({ status: 'reset', scenario: 'startup', kept: [] });
    expect(await count(app)).toBe(0);
    expect((await request(app).get('/__sandbox/outbox')).body.data).toEqual([]);
    expect((await request(app).get('/__sandbox/clock')).body.now).toBe('2026-01-01T00:00:00.000Z');
  });

  it('keeps any of journal, outbox and clock named in ?keep=', async () => {
    const app = createToyApp();
    await traffic(app);
    const res = await request(app).post('/__sandbox/reset?keep=journal,outbox,clock').expect(200);
    expect(res.body.kept).toEqual(['journal', 'outbox', 'clock']);
    expect(await count(app)).toBe(4);
    expect((await request(app).get('/__sandbox/outbox')).body.data.map((m: { subject: string }) => m.subject)).toEqual(['created a']);
    expect((await request(app).get('/__sandbox/clock')).body.now).toBe('2026-01-01T00:02:00.000Z');
    // the state itself was reset: the item created is gone, the second tenant too
    expect((await request(app).get('/toy/items').set(auth)).body.items).toEqual([{ id: 100, name: 'seeded' }]);

    await request(app).post('/__sandbox/reset?keep=outbox').expect(200);
    expect(await count(app)).toBe(0);
    expect((await request(app).get('/__sandbox/outbox')).body.data).toHaveLength(1);
    expect((await request(app).get('/__sandbox/clock')).body.now).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses an unknown keep item before changing anything', async () => {
    const app = createToyApp();
    await traffic(app);
    const res = await request(app).post('/__sandbox/reset?keep=journal,state');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/unknown: state/);
    expect(await count(app)).toBe(4);
    expect((await request(app).get('/__sandbox/outbox')).body.data).toHaveLength(1);
  });
});
