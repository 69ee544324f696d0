import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createToyApp } from '../test-support/toy-vendor.js';

const auth = { Authorization: 'Bearer toy_key' };

describe('/__sandbox admin API', () => {
  it('reports health', async () => {
    const res = await request(createToyApp()).get('/__sandbox/health');
    expect(res.body).toMatchObject({ status: 'ok', vendors: ['toy'], db: ':memory:', store: { kind: 'memory', location: ':memory:' } });
  });

  it('reports the file store and its change log waiting for compaction', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sandbox-health-')), 'db.json');
    const app = createToyApp({ db });
    await app.locals.sandbox.ready;
    await request(app).post('/toy/items').set(auth).send({ name: 'logged' }).expect(201);
    const { store } = (await request(app).get('/__sandbox/health')).body;
    expect(store).toMatchObject({ kind: 'file', location: db, log_sequence: 1 });
    expect(store.log_bytes).toBe(statSync(`${db}.log`).size);
  });

  it('resets to the default scenario or to empty, keeping the default credentials working', async () => {
    const app = createToyApp();
    await request(app).post('/toy/items').set(auth).send({ name: 'extra' }).expect(201);
    await request(app).post('/__sandbox/reset').expect(200);
    expect((await request(app).get('/toy/items').set(auth)).body.items).toEqual([{ id: 100, name: 'seeded' }]);
    await request(app).post('/__sandbox/reset?scenario=empty').expect(200);
    expect((await request(app).get('/toy/items').set(auth)).body.items).toEqual([]);
    expect((await request(app).post('/__sandbox/reset?scenario=nope')).status).toBe(400);
  });

  it('seeds by merging: records upsert by id field by field', async () => {
    const app = createToyApp();
    await request(app)
      .post('/__sandbox/seed')
      .send({ toy: { tenants: [{ id: 'default', data: { items: [{ id: 100, size: 3 }, { id: 7, name: 'new' }] } }] } })
      .expect(200);
    const items = (await request(app).get('/toy/items').set(auth)).body.items;
    expect(items).toEqual([{ id: 100, name: 'seeded', size: 3 }, { id: 7, name: 'new' }]);
  });

  it('takes seeds well past 1 MiB, and names its 64 MiB limit when a body passes it', async () => {
    const app = createToyApp();
    const items = Array.from({ length: 40_000 }, (_, i) => ({ id: 1_000 + i, name: `bulk item ${i} `.padEnd(40, '.') }));
    const big = JSON.stringify({ toy: { tenants: [{ id: 'default', data: { items } }] } });
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    expect((await request(app).post('/__sandbox/seed').set('Content-Type', 'application/json').send(big)).status).toBe(200);
    const tooBig = await request(app).post('/__sandbox/seed').set('Content-Type', 'application/json').send(`{"pad":"${'x'.repeat(64 * 1024 * 1024)}"}`);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toBe('The request body is larger than 64 MiB.');
  }, 30_000); // 40k records in, then 64 MiB streamed and refused: seconds when the suite runs everything at once

  it('rejects a seed for an unknown vendor or of the wrong shape with 400', async () => {
    const app = createToyApp();
    expect((await request(app).post('/__sandbox/seed').send({ nobody: { tenants: [] } })).status).toBe(400);
    expect((await request(app).post('/__sandbox/seed').send({ toy: { tenants: [{ data: {} }] } })).status).toBe(400);
    expect((await request(app).post('/__sandbox/seed').set('Content-Type', 'application/json').send('{"toy":')).status).toBe(400);
  });

  it('dumps state per vendor', async () => {
    const res = await request(createToyApp()).get('/__sandbox/state?vendor=toy');
    expect(res.body.tenants.toy[0]).toMatchObject({ id: 'default', credentials: { keyAuth: 'toy_key' } });
    expect(res.body.data.toy.default.items).toHaveLength(1);
  });

  it('journals requests newest first with method, path, status, vendor and time', async () => {
    const app = createToyApp();
    await request(app).get('/toy/items').set(auth);
    await request(app).get('/toy/items/100').set(auth);
    await request(app).get('/toy/items');
    const journal = (await request(app).get('/__sandbox/requests')).body.data;
    expect(journal.map((e: { path: string; status: number }) => `${e.path} ${e.status}`)).toEqual(['/toy/items 401', '/toy/items/100 200', '/toy/items 200']);
    expect(journal[0]).toMatchObject({ method: 'GET', vendor: 'toy', operation_id: 'listItems', time: '2026-01-01T00:00:00.000Z' });
  });

  it('keeps the outbox newest first and moves the clock', async () => {
    const app = createToyApp();
    await request(app).post('/toy/items').set(auth).send({ name: 'a' });
    await request(app).post('/__sandbox/clock').send({ advance_seconds: 60 }).expect(200);
    await request(app).post('/toy/items').set(auth).send({ name: 'b' });
    const outbox = (await request(app).get('/__sandbox/outbox?vendor=toy')).body.data;
    expect(outbox.map((m: { subject: string; created_at: string }) => [m.subject, m.created_at])).toEqual([
      ['created b', '2026-01-01T00:01:00.000Z'],
      ['created a', '2026-01-01T00:00:00.000Z'],
    ]);
    expect((await request(app).post('/__sandbox/clock').send({ advance_seconds: -1 })).status).toBe(400);
  });

  it('requires SANDBOX_ADMIN_TOKEN when one is set', async () => {
    const app = createToyApp({ adminToken: 's3cret' });
    expect((await request(app).get('/__sandbox/health')).status).toBe(401);
    expect((await request(app).get('/__sandbox/health').set('Authorization', 'Bearer s3cret')).status).toBe(200);
  });
});
