import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createToyApp } from '../test-support/toy-vendor.js';
import { parseHeader, seededDraw } from './faults.js';

const auth = { Authorization: 'Bearer toy_key' };
type App = ReturnType<typeof createToyApp>;
const addFault = (app: App, rule: Record<string, unknown>) => request(app).post('/__sandbox/faults').send(rule);
const items = async (app: App) => (await request(app).get('/toy/items').set(auth)).body.items;

describe('fault rules', () => {
  it('error: the status in the vendor envelope, the handler never runs, the journal names the rule', async () => {
    const app = createToyApp();
    const rule = (await addFault(app, { vendor: 'toy', operation_id: 'createItem', action: 'error', status: 503 }).expect(201)).body;
    const res = await request(app).post('/toy/items').set(auth).send({ name: 'never' });
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ toy_error: { kind: 'injected_error', message: 'Injected fault: 503.', issues: [] } });
    expect((await items(app)).map((i: { name: string }) => i.name)).toEqual(['seeded']);
    const [, entry] = (await request(app).get('/__sandbox/requests')).body.data;
    expect(entry).toMatchObject({ status: 503, operation_id: 'createItem', fault: { rule: rule.id, action: 'error 503' } });
  });

  it('times: only the next N matching requests; method, path pattern and tenant narrow the match', async () => {
    const app = createToyApp();
    await addFault(app, { method: 'GET', path: '/toy/items/*', action: 'error', status: 502, times: 2 }).expect(201);
    expect((await request(app).get('/toy/items').set(auth)).status).toBe(200); // the pattern wants a segment after items/
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await request(app).get('/toy/items/100').set(auth)).status);
    expect(statuses).toEqual([502, 502, 200]);
    // Used up, it stays listed with its counts, so the journal's rule id can still be looked up.
    expect((await request(app).get('/__sandbox/faults')).body.data).toEqual([expect.objectContaining({ remaining: 0, applied: 2, seen: 2, source: 'admin' })]);
    await addFault(app, { tenant: 'someone-else', action: 'error' }).expect(201);
    expect((await request(app).get('/toy/items/100').set(auth)).status).toBe(200);
  });

  it('a startup rule with times comes back whole after a reset, and stays listed once used up', async () => {
    const app = createToyApp({ startupFaults: [{ vendor: 'toy', action: 'error', status: 500, times: 1 }] });
    await app.locals.sandbox.ready;
    const twice = async () => [(await request(app).get('/toy/items').set(auth)).status, (await request(app).get('/toy/items').set(auth)).status];
    expect(await twice()).toEqual([500, 200]);
    expect((await request(app).get('/__sandbox/faults')).body.data).toEqual([expect.objectContaining({ source: 'startup', remaining: 0, applied: 1 })]);
    await request(app).post('/__sandbox/reset').expect(200);
    expect((await request(app).get('/__sandbox/faults')).body.data).toEqual([expect.objectContaining({ source: 'startup', remaining: 1, applied: 0, seen: 0 })]);
    expect(await twice()).toEqual([500, 200]);
  });

  it('probability with a seed: the same pattern on every run', async () => {
    const run = async () => {
      const app = createToyApp();
      await addFault(app, { action: 'error', status: 500, probability: 0.5, seed: 42 }).expect(201);
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await request(app).get('/toy/items').set(auth)).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(first.filter((s) => s === 500).length).toBe(Array.from({ length: 12 }, (_, n) => seededDraw(42, n + 1)).filter((d) => d < 0.5).length);
  });

  it('latency delays the real answer; rate_limit is a 429 with Retry-After', async () => {
    const app = createToyApp();
    await addFault(app, { operation_id: 'getItem', action: 'latency', ms: 60 }).expect(201);
    await addFault(app, { operation_id: 'listItems', action: 'rate_limit', retry_after: 30 }).expect(201);
    const slow = await request(app).get('/toy/items/100').set(auth);
    expect(slow.status).toBe(200);
    const [entry] = (await request(app).get('/__sandbox/requests')).body.data;
    expect(entry.duration_ms).toBeGreaterThanOrEqual(55);
    expect(entry.fault.action).toBe('latency 60 ms');
    const limited = await request(app).get('/toy/items').set(auth);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
  });

  it('reset drops the connection and timeout never answers; neither changes state', async () => {
    const app = createToyApp();
    await addFault(app, { operation_id: 'createItem', action: 'reset', times: 1 }).expect(201);
    await expect(request(app).post('/toy/items').set(auth).send({ name: 'reset' })).rejects.toThrow(/socket hang up|ECONNRESET/);
    await addFault(app, { operation_id: 'createItem', action: 'timeout', times: 1 }).expect(201);
    await expect(request(app).post('/toy/items').set(auth).send({ name: 'timeout' }).timeout(300)).rejects.toThrow(/Timeout/);
    expect((await items(app)).map((i: { name: string }) => i.name)).toEqual(['seeded']);
    const journal = (await request(app).get('/__sandbox/requests')).body.data;
    expect(journal.filter((e: { fault?: { action: string } }) => e.fault).map((e: { status: number; fault: { action: string } }) => [e.status, e.fault.action])).toEqual([
      [0, 'timeout'],
      [0, 'reset'],
    ]);
  });

  it('refuses a malformed rule with a 400 naming the field, and keeps nothing', async () => {
    const app = createToyApp();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ vendor: 'nobody', action: 'error' }, /"vendor"/],
      [{ operation_id: 'noSuchOp', action: 'error' }, /"operation_id"/],
      [{ action: 'error', status: 302 }, /"status"/],
      [{ action: 'latency', ms: -1 }, /"ms"/],
      [{ action: 'error', probability: 1.5 }, /"probability"/],
      [{ action: 'explode' }, /"action"/],
      [{ action: 'error', surprise: 1 }, /"surprise"/],
    ];
    for (const [rule, message] of cases) {
      const res = await addFault(app, rule);
      expect(res.status, JSON.stringify(rule)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect((await request(app).post('/__sandbox/faults').send({ rules: [{ action: 'error' }, { action: 'nope' }] })).body.error.message).toMatch(/^rules\[1\]/);
    expect((await request(app).get('/__sandbox/faults')).body.data).toEqual([]);
  });

  it('a reset forgets admin rules but keeps startup rules (--faults, --latency)', async () => {
    const app = createToyApp({ startupFaults: [{ operation_id: 'getItem', action: 'error', status: 504 }] });
    await addFault(app, { operation_id: 'listItems', action: 'error' }).expect(201);
    await request(app).post('/__sandbox/reset').expect(200);
    expect((await request(app).get('/toy/items').set(auth)).status).toBe(200);
    expect((await request(app).get('/toy/items/100').set(auth)).status).toBe(504);
    expect(() => createToyApp({ startupFaults: [{ action: 'error', status: 99 }] })).toThrow(/fault rule 1: "status"/);
  });
});

describe('X-Sandbox-Fault', () => {
  it('applies one action to one request, unless the tenant switched it off', async () => {
    const app = createToyApp();
    expect((await request(app).get('/toy/items').set(auth).set('X-Sandbox-Fault', 'error=503')).status).toBe(503);
    expect((await request(app).get('/toy/items').set(auth)).status).toBe(200);
    expect((await request(app).get('/toy/items').set(auth).set('X-Sandbox-Fault', 'rate_limit=5')).headers['retry-after']).toBe('5');
    expect((await request(app).get('/toy/items').set(auth).set('X-Sandbox-Fault', 'bogus')).status).toBe(422);
    await request(app).post('/__sandbox/faults/settings').send({ vendor: 'toy', header_faults: false }).expect(200);
    expect((await request(app).get('/toy/items').set(auth).set('X-Sandbox-Fault', 'error=503')).status).toBe(200);
  });

  it('parses every documented form', () => {
    expect(parseHeader('error')).toEqual({ type: 'error', status: 500 });
    expect(parseHeader('latency=100-300')).toEqual({ type: 'latency', min_ms: 100, max_ms: 300 });
    expect(parseHeader(' timeout ')).toEqual({ type: 'timeout' });
    expect(() => parseHeader('error=200')).toThrow(/400-599/);
  });
});

describe('emulated vendor rate limits', () => {
  it('are off by default; once on, the limit holds per tenant per window on the sandbox clock', async () => {
    const app = createToyApp();
    for (let i = 0; i < 5; i++) expect((await request(app).get('/toy/items').set(auth)).status).toBe(200);
    const settings = await request(app).post('/__sandbox/faults/settings').send({ vendor: 'toy', rate_limits: true }).expect(200);
    expect(settings.body).toMatchObject({ vendor: 'toy', tenant: 'default', rate_limits: true, header_faults: true });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(app).get('/toy/items').set(auth)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(app).get('/toy/items/100').set(auth);
    expect(limited.headers).toMatchObject({ 'retry-after': '60', 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '0' });
    expect((await request(app).get('/toy/open')).status).toBe(200); // not a counted operation
    await request(app).post('/__sandbox/clock').send({ advance_seconds: 60 }).expect(200);
    expect((await request(app).get('/toy/items').set(auth)).status).toBe(200);
  });
});

describe('the clock', () => {
  it('sets, advances by seconds or ISO duration, freezes, unfreezes and resets with the state', async () => {
    const app = createToyApp();
    const clock = (body: unknown) => request(app).post('/__sandbox/clock').send(body as object);
    expect((await clock({ set: '2027-03-01T12:00:00Z' }).expect(200)).body).toEqual({ now: '2027-03-01T12:00:00.000Z', frozen: true });
    expect((await clock({ advance: 'P1DT2H' }).expect(200)).body.now).toBe('2027-03-02T14:00:00.000Z');
    expect((await clock({ advance_seconds: 30 }).expect(200)).body.now).toBe('2027-03-02T14:00:30.000Z');
    expect((await clock({ freeze: false }).expect(200)).body.frozen).toBe(false);
    expect((await clock({ freeze: true }).expect(200)).body.frozen).toBe(true);
    const created = await request(app).post('/toy/items').set(auth).send({ name: 'when' }).expect(201);
    expect(created.status).toBe(201);
    for (const bad of [{ set: 'tomorrow' }, { advance: '1h' }, { advance_seconds: -5 }, { freeze: 'yes' }, { jump: 1 }, {}]) {
      expect((await clock(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    await request(app).post('/__sandbox/reset').expect(200);
    expect((await request(app).get('/__sandbox/clock')).body).toEqual({ now: '2026-01-01T00:00:00.000Z', frozen: true });
  });
});
