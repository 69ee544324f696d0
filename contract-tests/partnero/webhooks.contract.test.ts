import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect } from 'vitest';
import { startReceiver, startTestReceiver, type Answer, type Receiver, type ReceivedRequest } from '../../src/engine/test-support/receiver.js';
import { createServer } from '../../src/server.js';
import { authHeadersFor, mockTest, type ClientOptions, type VendorClient } from '../support/client.js';
import { checkWebhookConformance } from '../support/conformance.js';
import { partneroClient } from './target.js';

// Deliveries need a receiver the sandbox can reach and the admin API (clock, delivery log), so these are mock-only.

const receiver = startTestReceiver; // closed when the test finishes

/** What a user's handler does: HMAC-SHA256 of the raw body with the webhook's signature, compared in constant time. */
function signedBy(req: ReceivedRequest, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(Buffer.from(req.body, 'utf8')).digest();
  const given = Buffer.from(String(req.headers.signature ?? ''), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Registered {
  key: string;
  signature: string;
  url: string;
}

const ALL = ['subscriber.created', 'subscriber.updated', 'subscriber.deleted'];

function setup(options: ClientOptions = {}) {
  const api: VendorClient = partneroClient(options);
  const register = async (url: string, body: Record<string, unknown> = {}, auth?: Record<string, string>): Promise<Registered> => {
    const res = await api.call('POST', '/v1/webhooks', { body: { name: 'contract receiver', url, events: ALL, ...body }, auth });
    expect(res.status).toBe(201);
    return res.body.data;
  };
  const subscribe = async (email: string, auth?: Record<string, string>) => {
    const res = await api.call('POST', '/v1/subscribers', { body: { email, name: 'Webhook Person' }, auth });
    expect(res.status).toBe(201);
    return res.body.data;
  };
  return { api, register, subscribe };
}

/** Checks every delivery the way the spec and a user's handler would; returns the parsed envelopes. */
function checkDelivered(got: ReceivedRequest[], hook: Registered) {
  return got.map((req) => {
    expect(req.method).toBe('POST');
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(signedBy(req, hook.signature), 'Signature header').toBe(true);
    expect(checkWebhookConformance('partnero', req.json.event, req.json)).toEqual([]);
    expect(req.json).toMatchObject({ url: hook.url, webhook_key: hook.key });
    return req.json;
  });
}

describe('Partnero webhooks: deliveries', () => {
  mockTest('every subscriber write sends its event, by both URL forms, shaped by the spec and signed', async () => {
    const { api, register, subscribe } = setup();
    const hook = await receiver();
    const registered = await register(`${hook.url}/partnero`);
    const a = await subscribe('hooked-a@example.com');
    await hook.waitFor(1);
    const b = await subscribe('hooked-b@example.com');
    await hook.waitFor(2);
    const updatedA = (await api.call('PUT', '/v1/subscribers/hooked-a@example.com', { body: { update: { name: 'By Path' } } })).body.data;
    await hook.waitFor(3);
    const updatedB = (await api.call('PUT', '/v1/subscribers', { body: { email: 'hooked-b@example.com', update: { marketing_consent: true } } })).body.data;
    await hook.waitFor(4);
    expect((await api.call('DELETE', '/v1/subscribers/hooked-a@example.com')).status).toBe(200);
    await hook.waitFor(5);
    expect((await api.call('DELETE', '/v1/subscribers', { body: { email: 'hooked-b@example.com' } })).status).toBe(200);
    const got = await hook.waitFor(6);

    expect(got.every((req) => req.path === '/partnero')).toBe(true);
    const bodies = checkDelivered(got, registered);
    expect(bodies.map((b) => b.event)).toEqual(['subscriber.created', 'subscriber.created', 'subscriber.updated', 'subscriber.updated', 'subscriber.deleted', 'subscriber.deleted']);
    // data is the subscriber as the API answered the write; for a delete, as it was just before.
    expect(bodies.map((b) => b.data)).toEqual([a, b, updatedA, updatedB, updatedA, updatedB]);
    expect(bodies[0].created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);

    await api.admin.settleWebhooks();
    const log = await api.admin.webhookDeliveries();
    expect(log).toHaveLength(6);
    expect(log.every((d: { status: string; endpoint_id: string }) => d.status === 'delivered' && d.endpoint_id === registered.key)).toBe(true);
  });

  mockTest('only active webhooks subscribed to the event receive it; a deleted webhook receives nothing', async () => {
    const { api, register, subscribe } = setup();
    const deletesOnly = await receiver();
    const inactive = await receiver();
    const switchedOff = await receiver();
    const removed = await receiver();
    const deletes = await register(deletesOnly.url, { events: ['subscriber.deleted'] });
    await register(inactive.url, { is_active: false });
    const off = await register(switchedOff.url);
    expect((await api.call('PUT', `/v1/webhooks/${off.key}`, { body: { is_active: false } })).body.data.is_active).toBe(false);
    const gone = await register(removed.url);
    expect((await api.call('DELETE', `/v1/webhooks/${gone.key}`)).status).toBe(200);

    await subscribe('filtered@example.com');
    await api.call('PUT', '/v1/subscribers/filtered@example.com', { body: { update: { name: 'Changed' } } });
    await api.admin.settleWebhooks();
    expect(await api.admin.webhookDeliveries()).toEqual([]);

    await api.call('DELETE', '/v1/subscribers/filtered@example.com');
    checkDelivered(await deletesOnly.waitFor(1), deletes);
    await api.admin.settleWebhooks();
    expect([inactive, switchedOff, removed].map((r) => r.received.length)).toEqual([0, 0, 0]);
    expect(deletesOnly.received.map((r) => r.json.event)).toEqual(['subscriber.deleted']);
  });

  mockTest('a failing request sends nothing (422 on create and update, 404 on update and delete)', async () => {
    const { api, register, subscribe } = setup();
    const hook = await receiver();
    await register(hook.url);
    const [referrer, referred] = (await api.call('GET', '/v1/subscribers')).body.data;
    const failing: Array<[string, string, Record<string, unknown> | undefined, number]> = [
      ['POST', '/v1/subscribers', { email: referrer.email.toUpperCase() }, 422],
      ['POST', '/v1/subscribers', { email: 'new@example.com', referral: { email: 'nobody@example.com' } }, 422],
      ['PUT', `/v1/subscribers/${referred.email}`, { update: { email: referrer.email } }, 422],
      ['PUT', '/v1/subscribers', { email: referred.email, update: { id: referrer.id } }, 422],
      ['PUT', '/v1/subscribers/missing@example.com', { update: { name: 'x' } }, 404],
      ['DELETE', '/v1/subscribers/missing@example.com', undefined, 404],
      ['DELETE', '/v1/subscribers', { email: 'missing@example.com' }, 404],
    ];
    for (const [method, path, body, status] of failing) expect((await api.call(method, path, { body })).status, `${method} ${path}`).toBe(status);
    await api.admin.settleWebhooks();
    expect(await api.admin.webhookDeliveries()).toEqual([]);
    expect(hook.received).toEqual([]);
    await subscribe('works@example.com'); // the receiver was listening all along
    expect((await hook.waitFor(1)).map((r) => r.json.event)).toEqual(['subscriber.created']);
  });

  mockTest('a receiver that fails twice gets the same signed bytes again 1 min and 5 min later, then it is delivered', async () => {
    const { api, register, subscribe } = setup();
    const hook = await receiver((_req, index) => (index < 2 ? 500 : 200));
    const registered = await register(hook.url);
    await subscribe('retried@example.com');
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const [first] = await api.admin.webhookDeliveries();
    expect(first).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ status: 500, outcome: 'retry' })] });
    const wait = Date.parse(first.next_attempt_at) - Date.parse(first.attempts[0].started_at);
    expect(wait).toBeGreaterThanOrEqual(60_000);
    expect(wait).toBeLessThan(61_000);

    await api.admin.advanceClock(60);
    await hook.waitFor(2);
    await api.admin.settleWebhooks();
    const [second] = await api.admin.webhookDeliveries();
    expect(second.status).toBe('pending');
    expect(Date.parse(second.next_attempt_at) - Date.parse(second.attempts[1].started_at)).toBeGreaterThanOrEqual(300_000);

    await api.admin.advanceClock(300);
    await hook.waitFor(3);
    await api.admin.settleWebhooks();
    const [done] = await api.admin.webhookDeliveries();
    expect(done.status).toBe('delivered');
    expect(done.attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    checkDelivered(hook.received, registered);
  });

  mockTest('after 5 failed attempts (retries at 1 min, 5 min, 30 min, 2 h) the delivery fails', async () => {
    const { api, register, subscribe } = setup();
    const hook = await receiver(() => 503);
    await register(hook.url);
    await subscribe('doomed@example.com');
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    for (const [n, seconds] of [60, 300, 1800, 7200].entries()) {
      await api.admin.advanceClock(seconds);
      await hook.waitFor(n + 2);
      await api.admin.settleWebhooks();
    }
    const [failed] = await api.admin.webhookDeliveries();
    expect(failed).toMatchObject({ status: 'failed', next_attempt_at: null, note: 'gave up after 5 attempts' });
    await api.admin.advanceClock(86_400);
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(5);
  });

  mockTest('a receiver that answers 410 deactivates its webhook (is_active false) and gets nothing more', async () => {
    const { api, register, subscribe } = setup();
    const hook = await receiver(() => 410);
    const registered = await register(hook.url);
    await subscribe('gone-1@example.com');
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const [logged] = await api.admin.webhookDeliveries();
    expect(logged).toMatchObject({ status: 'failed', note: 'the receiver asked to be disabled' });
    expect((await api.call('GET', `/v1/webhooks/${registered.key}`)).body.data.is_active).toBe(false);
    await subscribe('gone-2@example.com');
    await api.admin.settleWebhooks();
    expect(hook.received).toHaveLength(1);
    expect(await api.admin.webhookDeliveries()).toHaveLength(1);
  });

  mockTest('a receiver that does not answer in time is retried like a failure', async () => {
    // The sandbox waits 5 s as Partnero does; the server option shortens it so the test does not wait that long.
    const { api, register, subscribe } = setup({ server: { webhooks: { maxTimeoutMs: 200 } } });
    const hook = await receiver(() => 'hang');
    await register(hook.url);
    await subscribe('slow@example.com');
    await hook.waitFor(1);
    await api.admin.settleWebhooks();
    const [logged] = await api.admin.webhookDeliveries();
    expect(logged.status).toBe('pending');
    expect(logged.attempts[0]).toMatchObject({ error: 'timeout', status: null, outcome: 'retry' });
  });

  mockTest('a program\'s events never reach another program\'s webhooks', async () => {
    const { api, register, subscribe } = setup();
    const tenant = await api.admin.createTenant();
    const other = authHeadersFor('partnero', tenant.credentials);
    const mine = await receiver();
    const theirs = await receiver();
    const myHook = await register(mine.url);
    const theirHook = await register(theirs.url, {}, other);
    await subscribe('mine@example.com');
    await mine.waitFor(1);
    await api.admin.settleWebhooks();
    expect(theirs.received).toEqual([]);

    await subscribe('theirs@example.com', other);
    const [got] = await theirs.waitFor(1);
    checkDelivered([got], theirHook);
    expect(signedBy(got, myHook.signature)).toBe(false);
    await api.admin.settleWebhooks();
    expect(mine.received).toHaveLength(1);
    expect(await api.admin.webhookDeliveries({ tenant: tenant.tenant_id })).toHaveLength(1);
  });
});

describe('Partnero webhooks: durability', () => {
  mockTest('a delivery pending when the sandbox stops is sent by the next process over the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partnero-webhooks-'));
    const db = join(dir, 'db.json');
    const auth = { Authorization: 'Bearer pn_sandbox_key', Accept: 'application/json' };
    const back = createHttpServer();
    try {
      const first = createServer({ db, only: ['partnero'] });
      await first.locals.sandbox.ready;
      const down = await startReceiver();
      const url = `${down.url}/after-restart`;
      await down.close(); // the receiver is down: the first attempt is refused and a retry is due a minute later
      const hook = (await request(first).post('/v1/webhooks').set(auth).send({ name: 'durable', url, events: ['subscriber.created'] }).expect(201)).body.data;
      await request(first).post('/v1/subscribers').set(auth).send({ email: 'durable@example.com' }).expect(201);
      await first.locals.sandbox.webhooks.idle();
      const pending = (await request(first).get('/__sandbox/webhooks/deliveries?vendor=partnero')).body.data;
      expect(pending).toMatchObject([{ status: 'pending', attempts: [expect.objectContaining({ error: 'refused', outcome: 'retry' })] }]);

      // "Restart": a new process over the same file, the receiver back on its port.
      const got: Array<{ body: string; signature: string | undefined }> = [];
      back.on('request', (req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          got.push({ body, signature: req.headers.signature as string | undefined });
          res.end('ok');
        });
      });
      await new Promise<void>((resolve) => back.listen(Number(new URL(url).port), '127.0.0.1', resolve));
      const second = createServer({ db, only: ['partnero'] });
      await second.locals.sandbox.ready;
      await second.locals.sandbox.webhooks.idle();
      expect(got).toEqual([]); // not due yet
      await request(second).post('/__sandbox/clock').send({ advance_seconds: 60 }).expect(200);
      await second.locals.sandbox.webhooks.idle();
      expect(got).toHaveLength(1);
      expect(JSON.parse(got[0].body)).toMatchObject({ event: 'subscriber.created', webhook_key: hook.key, data: { email: 'durable@example.com' } });
      expect(got[0].signature).toBe(createHmac('sha256', hook.signature).update(got[0].body).digest('hex'));
      const [delivered] = (await request(second).get('/__sandbox/webhooks/deliveries?vendor=partnero')).body.data;
      expect(delivered.status).toBe('delivered');
      expect(delivered.attempts.map((a: { error: string | null; status: number | null }) => a.error ?? a.status)).toEqual(['refused', 200]);
    } finally {
      await new Promise((resolve) => back.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
