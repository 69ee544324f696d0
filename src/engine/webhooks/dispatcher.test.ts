import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../openapi/load-spec.js';
import { compileSpec } from '../openapi/validators.js';
import { startReceiver, startTestReceiver, type Answer } from '../test-support/receiver.js';
import { createToyApp, TOY_SPEC_DIR } from '../test-support/toy-vendor.js';

const auth = { Authorization: 'Bearer toy_key' };

const receiver = startTestReceiver; // closed when the test finishes

type App = ReturnType<typeof createToyApp>;
const register = async (app: App, url: string, extra: Record<string, unknown> = {}) =>
  (await request(app).post('/__sandbox/webhooks/endpoints').send({ vendor: 'toy', url, secret: 'toy_secret', ...extra }).expect(201)).body;
const deliveries = async (app: App, query = '') => (await request(app).get(`/__sandbox/webhooks/deliveries${query}`)).body.data;
const settle = (app: App) => app.locals.sandbox.webhooks.idle();
const advance = (app: App, seconds: number) => request(app).post('/__sandbox/clock').send({ advance_seconds: seconds }).expect(200);

describe('webhook deliveries', () => {
  it('a successful write sends one signed delivery per matching endpoint, and the log shows the attempt', async () => {
    const app = createToyApp();
    const hook = await receiver();
    await register(app, `${hook.url}/hooks`);
    await register(app, `${hook.url}/other`, { events: ['item.deleted'] }); // not subscribed to item.created
    const created = await request(app).post('/toy/items').set(auth).send({ name: 'sent' }).expect(201);
    const [got] = await hook.waitFor(1);
    expect(got.path).toBe('/hooks');
    expect(got.json).toEqual({ type: 'item.created', created_at: '2026-01-01T00:00:00.000Z', data: created.body });
    expect(compileSpec(loadSpec(join(TOY_SPEC_DIR, 'toy.yaml')), 'toy').checkWebhook('item.created', got.json)).toEqual([]);
    expect(compileSpec(loadSpec(join(TOY_SPEC_DIR, 'toy.yaml')), 'toy').checkWebhook('item.created', { ...got.json, extra: 1 })).not.toEqual([]);
    expect(got.headers['x-toy-signature']).toBe(createHmac('sha256', 'toy_secret').update(got.body).digest('hex'));
    await settle(app);
    const [logged] = await deliveries(app);
    expect(logged).toMatchObject({ vendor: 'toy', tenant: 'default', event_type: 'item.created', status: 'delivered', payload: got.json });
    expect(logged.attempts).toEqual([expect.objectContaining({ status: 200, response_body: 'answered 200', error: null, outcome: 'delivered' })]);
    expect(hook.received).toHaveLength(1);
  });

  it('a failed request sends nothing', async () => {
    const app = createToyApp();
    const hook = await receiver();
    await register(app, hook.url);
    await request(app).post('/toy/items').set(auth).send({ nope: 1 }).expect(422);
    await settle(app);
    expect(await deliveries(app)).toEqual([]);
    expect(hook.received).toEqual([]);
  });

  it('a refused request delivers only the events marked onFailure, and changes nothing else', async () => {
    const app = createToyApp();
    const hook = await receiver();
    await register(app, hook.url);
    await request(app).post('/toy/items').set(auth).send({ name: 'refused' }).expect(422);
    const [got] = await hook.waitFor(1);
    await settle(app);
    expect(got.json).toMatchObject({ type: 'item.refused', data: { name: 'refused' } });
    expect((await deliveries(app)).map((d: { event_type: string }) => d.event_type)).toEqual(['item.refused']);
    expect((await request(app).get('/toy/items').set(auth)).body.items).toHaveLength(1);
  });

  it('retries on the sandbox clock: fails twice, then accepts once the clock is advanced', async () => {
    const app = createToyApp();
    const hook = await receiver((_req, index) => (index < 2 ? 500 : 200));
    await register(app, hook.url);
    await request(app).post('/toy/items').set(auth).send({ name: 'retried' }).expect(201);
    await hook.waitFor(1);
    await settle(app);
    expect((await deliveries(app))[0]).toMatchObject({ status: 'pending', next_attempt_at: '2026-01-01T00:00:01.000Z' });
    await advance(app, 1);
    await hook.waitFor(2);
    await settle(app);
    expect((await deliveries(app))[0]).toMatchObject({ status: 'pending', next_attempt_at: '2026-01-01T00:00:03.000Z' });
    await advance(app, 2);
    await hook.waitFor(3);
    await settle(app);
    const [logged] = await deliveries(app);
    expect(logged.status).toBe('delivered');
    expect(logged.attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1); // the same bytes every time
  });

  it('gives up after the policy\'s last retry, and redeliver sends it again on demand', async () => {
    const app = createToyApp();
    let accept = false;
    const hook = await receiver(() => (accept ? 200 : 503));
    await register(app, hook.url);
    await request(app).post('/toy/items').set(auth).send({ name: 'doomed' }).expect(201);
    for (const [index, seconds] of [0, 1, 2, 4].entries()) {
      await advance(app, seconds);
      await hook.waitFor(index + 1);
      await settle(app);
    }
    const [failed] = await deliveries(app);
    expect(failed).toMatchObject({ status: 'failed', note: 'gave up after 4 attempts' });
    accept = true;
    await request(app).post(`/__sandbox/webhooks/deliveries/${failed.id}/redeliver`).expect(202);
    await hook.waitFor(5);
    await settle(app);
    expect((await deliveries(app))[0]).toMatchObject({ status: 'delivered' });
  });

  it('records refused, timeout, reset, redirect, invalid URL and 410 (which disables the endpoint) without a 5xx', async () => {
    const app = createToyApp({ webhooks: { maxTimeoutMs: 200 } });
    const hang = await receiver(() => 'hang');
    const reset = await receiver(() => 'reset');
    const redirect = await receiver(() => ({ status: 302, headers: { Location: 'http://example.invalid/' } }));
    const gone = await receiver(() => 410);
    // Opened last and closed at once, so no receiver of this test can be given its port.
    const closed = await startReceiver();
    const refusedUrl = closed.url;
    await closed.close();
    for (const url of [refusedUrl, hang.url, reset.url, redirect.url, gone.url, 'ftp://127.0.0.1/x']) {
      await request(app).post('/__sandbox/webhooks/endpoints').send({ vendor: 'toy', url }).expect(url.startsWith('ftp') ? 400 : 201);
    }
    // An endpoint stored with a bad URL (e.g. from a seed) is recorded, not crashed on.
    app.locals.sandbox.store.db.webhooks.endpoints.push({ id: 'we_bad', vendor: 'toy', tenant: 'default', url: 'not a url', events: [], secret: 's', enabled: true, created_at: '' });
    expect((await request(app).post('/toy/items').set(auth).send({ name: 'faults' })).status).toBe(201);
    await gone.waitFor(1);
    await hang.waitFor(1);
    await settle(app);
    const byUrl = Object.fromEntries((await deliveries(app)).map((d: { url: string; attempts: unknown[] }) => [d.url, d]));
    expect(byUrl[refusedUrl].attempts[0]).toMatchObject({ error: 'refused', status: null, outcome: 'retry' });
    expect(byUrl[hang.url].attempts[0]).toMatchObject({ error: 'timeout', outcome: 'retry' });
    expect(byUrl[reset.url].attempts[0]).toMatchObject({ status: null, outcome: 'retry' });
    expect(byUrl[redirect.url].attempts[0]).toMatchObject({ status: 302, outcome: 'failed' });
    expect(byUrl[redirect.url].status).toBe('failed');
    expect(byUrl['not a url']).toMatchObject({ status: 'failed', attempts: [expect.objectContaining({ error: 'invalid_url' })] });
    expect(byUrl[gone.url]).toMatchObject({ status: 'failed', note: 'the receiver asked to be disabled' });
    const endpoints = (await request(app).get('/__sandbox/webhooks/endpoints')).body.data;
    expect(endpoints.find((e: { url: string }) => e.url === gone.url).enabled).toBe(false);
    // A disabled endpoint receives nothing more.
    await request(app).post('/toy/items').set(auth).send({ name: 'after' }).expect(201);
    await settle(app);
    expect(gone.received).toHaveLength(1);
  });

  it('a tenant\'s events never reach another tenant\'s endpoints', async () => {
    const app = createToyApp();
    const other = (await request(app).post('/__sandbox/tenants').send({ vendor: 'toy' }).expect(201)).body;
    const mine = await receiver();
    const theirs = await receiver();
    await register(app, mine.url);
    await register(app, theirs.url, { tenant: other.tenant_id });
    await request(app).post('/toy/items').set(auth).send({ name: 'private' }).expect(201);
    await mine.waitFor(1);
    await settle(app);
    expect(theirs.received).toEqual([]);
  });

  it('a slow receiver never slows requests down; beyond the queue limit deliveries are recorded as dropped', async () => {
    const app = createToyApp({ webhooks: { concurrency: 1, queueLimit: 3, maxTimeoutMs: 2000 } });
    const slow = await receiver(() => 'hang');
    await register(app, slow.url);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(app).post('/toy/items').set(auth).send({ name: `n${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    const log = await deliveries(app);
    expect(log.filter((d: { status: string }) => d.status === 'dropped')).toHaveLength(2);
    expect(log.find((d: { status: string }) => d.status === 'dropped').note).toMatch(/dropped/);
    expect(slow.received.length).toBeLessThanOrEqual(1); // one slot, and it is hanging
  });
});

describe('webhook durability', () => {
  const tempDb = () => join(mkdtempSync(join(tmpdir(), 'sandbox-webhooks-')), 'db.json');

  it('a pending delivery survives a restart and is sent by the next process', async () => {
    const file = tempDb();
    const first = createToyApp({ db: file });
    await first.locals.sandbox.ready;
    const down = await receiver();
    const url = down.url;
    await down.close(); // the receiver is down: the first attempt is refused and a retry is scheduled
    await register(first, url);
    await request(first).post('/toy/items').set(auth).send({ name: 'durable' }).expect(201);
    await settle(first);
    expect((await deliveries(first))[0]).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ error: 'refused' })] });

    // "Restart": a new process over the same file, with the receiver back on the same port.
    const port = Number(new URL(url).port);
    const { createServer } = await import('node:http');
    const got: string[] = [];
    const back = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => back.listen(port, '127.0.0.1', resolve));
    try {
      const second = createToyApp({ db: file });
      await second.locals.sandbox.ready;
      await advance(second, 1);
      await settle(second);
      expect(got).toHaveLength(1);
      expect(JSON.parse(got[0]).data.name).toBe('durable');
      expect((await deliveries(second))[0].status).toBe('delivered');
    } finally {
      await new Promise((resolve) => back.close(resolve));
    }
  });

  it('a write that is not acknowledged invents no delivery', async () => {
    const file = tempDb();
    let diskFull = false;
    const failpoint = () => {
      if (diskFull) throw new Error('ENOSPC: no space left on device, write');
    };
    const app = createToyApp({ db: file, storage: { failpoint } });
    await app.locals.sandbox.ready;
    const hook = await receiver();
    await register(app, hook.url);
    diskFull = true;
    expect((await request(app).post('/toy/items').set(auth).send({ name: 'unsaved' })).status).toBe(503);
    diskFull = false;
    await settle(app);
    expect(await deliveries(app)).toEqual([]);
    expect(hook.received).toEqual([]);
  });
});
