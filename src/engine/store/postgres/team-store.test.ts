// The team store in-process: several sandboxes (replicas) on one real PostgreSQL database. The process-level tests
// (three real replicas, 200 concurrent requests at each limit, kill -9) are in replicas.test.ts.
import { createServer as createTcpServer, connect, type Server, type Socket } from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../../server.js';
import { createIdSource } from '../../ids.js';
import { startTestReceiver } from '../../test-support/receiver.js';
import { createTestDatabase, dropTestDatabase, postgresUrlForTests } from '../../test-support/postgres-cluster.js';
import { createToyApp } from '../../test-support/toy-vendor.js';
import { migrate } from './migrations.js';

const adminUrl = postgresUrlForTests();
const databases: string[] = [];
const apps: Array<{ locals: { sandbox: { store: { close(): Promise<void> } } } }> = [];

afterAll(async () => {
  await Promise.all(apps.map((app) => app.locals.sandbox.store.close()));
  await Promise.all(databases.map((db) => dropTestDatabase(db)));
});

async function freshDatabase(): Promise<string> {
  const db = await createTestDatabase(adminUrl!);
  databases.push(db);
  return db;
}

/** Toy-vendor replicas on one database, each with its own id source (as separate processes would have). */
async function toyReplicas(db: string, count: number) {
  const replicas = Array.from({ length: count }, (_, index) => createToyApp({ db, ids: createIdSource(100 + index) }));
  apps.push(...replicas);
  await Promise.all(replicas.map((app) => app.locals.sandbox.ready));
  return replicas;
}

const toyAuth = { Authorization: 'Bearer toy_key' };
/** The items a tenant sees through one replica. */
const itemsOn = async (app: Parameters<typeof request>[0], auth = toyAuth): Promise<Array<{ id: number; name: string }>> =>
  (await request(app).get('/toy/items?limit=5').set(auth).expect(200)).body.items;

describe.skipIf(!adminUrl)('team store (PostgreSQL), in-process replicas', () => {
  it('creates its schema on first start through versioned migrations, and a second start applies none', async () => {
    const db = await freshDatabase();
    await toyReplicas(db, 1);
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT version, name FROM sandbox_migrations ORDER BY version');
      expect(rows).toEqual([
        { version: 1, name: 'change log per scope' },
        { version: 2, name: 'shared counters' },
        { version: 3, name: 'checkpoints' },
        { version: 4, name: 'team journal' },
      ]);
      expect(await migrate(client)).toEqual([]);
      const tables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
      expect(tables.rows.map((row) => row.table_name)).toEqual(['sandbox_changes', 'sandbox_counters', 'sandbox_journal', 'sandbox_meta', 'sandbox_migrations', 'sandbox_scopes']);
    } finally {
      await client.end();
    }
  });

  it('replicas starting together seed the new database once', async () => {
    const db = await freshDatabase();
    const [a, b] = await toyReplicas(db, 3);
    expect((await itemsOn(b)).map((item) => item.id)).toEqual([100]);
    expect((await request(a).get('/__sandbox/health').expect(200)).body.store.generation).toBe(2); // empty, then one seed
  });

  it('writes spread over replicas are read back on each, and the tenant counter never repeats an id', async () => {
    const db = await freshDatabase();
    const replicas = await toyReplicas(db, 3);
    const created = await Promise.all(Array.from({ length: 30 }, (_, i) => request(replicas[i % 3]).post('/toy/items').set(toyAuth).send({ name: `item ${i}` })));
    expect(created.map((r) => r.status)).toEqual(Array(30).fill(201));
    const ids = created.map((r) => r.body.id as number).sort((x, y) => x - y);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => 101 + i));
    for (const replica of replicas) {
      const read = await Promise.all(ids.map((id) => request(replica).get(`/toy/items/${id}`).set(toyAuth)));
      expect(read.map((r) => r.status)).toEqual(Array(30).fill(200));
    }
  });

  it('admin changes reach every replica: reset, new tenants, the clock, fault rules', async () => {
    const db = await freshDatabase();
    const [a, b, c] = await toyReplicas(db, 3);
    await request(b).post('/toy/items').set(toyAuth).send({ name: 'before reset' }).expect(201);
    await request(a).post('/__sandbox/reset').expect(200);
    expect((await itemsOn(c)).map((item) => item.name)).toEqual(['seeded']);

    const tenant = (await request(a).post('/__sandbox/tenants').send({ vendor: 'toy', id: 'team_b' }).expect(201)).body;
    const key = { Authorization: `Bearer ${tenant.credentials.keyAuth}` };
    await request(b).post('/toy/items').set(key).send({ name: 'only team_b' }).expect(201);
    expect((await itemsOn(c, key)).map((item) => item.name)).toContain('only team_b');
    expect((await itemsOn(c)).map((item) => item.name)).not.toContain('only team_b');

    await request(a).post('/__sandbox/clock').send({ advance_seconds: 3600 }).expect(200);
    expect((await request(b).get('/__sandbox/clock').expect(200)).body.now).toBe('2026-01-01T01:00:00.000Z');

    const rule = (await request(a).post('/__sandbox/faults').send({ vendor: 'toy', operation_id: 'listItems', action: 'error', status: 503 }).expect(201)).body;
    await request(c).get('/toy/items').set(toyAuth).expect(503);
    await request(b).delete(`/__sandbox/faults/${rule.id}`).expect(204);
    await request(c).get('/toy/items').set(toyAuth).expect(200);
  });

  it('a documented rate limit and a fault budget count requests across replicas, not per replica', async () => {
    const db = await freshDatabase();
    const replicas = await toyReplicas(db, 3);
    // the toy documents 3 requests a minute; switched on through one replica, it holds for the three together
    await request(replicas[0]).post('/__sandbox/faults/settings').send({ vendor: 'toy', rate_limits: true }).expect(200);
    const limited = [];
    for (let i = 0; i < 9; i++) limited.push((await request(replicas[i % 3]).get('/toy/items').set(toyAuth)).status);
    expect(limited.filter((status) => status === 200)).toHaveLength(3);
    expect(limited.filter((status) => status === 429)).toHaveLength(6);
    await request(replicas[1]).post('/__sandbox/faults/settings').send({ vendor: 'toy', rate_limits: false }).expect(200);

    // "the next 2 requests" fail twice in all, wherever they land
    await request(replicas[2]).post('/__sandbox/faults').send({ vendor: 'toy', operation_id: 'listItems', action: 'error', status: 503, times: 2 }).expect(201);
    const faulted = [];
    for (let i = 0; i < 6; i++) faulted.push((await request(replicas[i % 3]).get('/toy/items').set(toyAuth)).status);
    expect(faulted).toEqual([503, 503, 200, 200, 200, 200]);
  });

  it('a start-up rule\'s budget is one across replicas, and a reset through any replica gives it back on all', async () => {
    const db = await freshDatabase();
    const startupFaults = [{ vendor: 'toy', operation_id: 'listItems', action: 'error', status: 503, times: 1 }];
    const replicas = Array.from({ length: 2 }, (_, index) => createToyApp({ db, ids: createIdSource(200 + index), startupFaults }));
    apps.push(...replicas);
    await Promise.all(replicas.map((app) => app.locals.sandbox.ready));
    const round = async () => [(await request(replicas[0]).get('/toy/items').set(toyAuth)).status, (await request(replicas[1]).get('/toy/items').set(toyAuth)).status];
    expect(await round()).toEqual([503, 200]); // once in all, not once per replica
    await request(replicas[1]).post('/__sandbox/reset').expect(200);
    expect(await round()).toEqual([503, 200]); // whole again on the replica that was not asked to reset
  });

  it('one replica leads and sends each webhook once, whichever replica took the request', async () => {
    const db = await freshDatabase();
    const replicas = await toyReplicas(db, 3);
    const healths = await Promise.all(replicas.map(async (app) => (await request(app).get('/__sandbox/health').expect(200)).body));
    expect(new Set(healths.map((h) => h.replica_id)).size).toBe(3);
    expect(healths.filter((h) => h.store.leader)).toHaveLength(1);
    expect(healths.every((h) => h.journal === 'per_replica')).toBe(true);

    const hook = await startTestReceiver();
    await request(replicas[1]).post('/__sandbox/webhooks/endpoints').send({ vendor: 'toy', url: `${hook.url}/hooks`, secret: 'toy_secret' }).expect(201);
    const created = await Promise.all(replicas.map((app, i) => request(app).post('/toy/items').set(toyAuth).send({ name: `hooked ${i}` }).expect(201)));
    const received = await hook.waitFor(3, 10_000);
    expect(received.map((r) => r.json.data.id).sort()).toEqual(created.map((r) => r.body.id).sort());
    await new Promise((resolve) => setTimeout(resolve, 700)); // several leader ticks: nothing is sent twice
    expect(hook.received).toHaveLength(3);
    const deliveries = (await request(replicas[2]).get('/__sandbox/webhooks/deliveries').expect(200)).body.data;
    await expect.poll(async () => (await request(replicas[2]).get('/__sandbox/webhooks/deliveries').expect(200)).body.data.map((d: { status: string }) => d.status), { timeout: 5000 }).toEqual(['delivered', 'delivered', 'delivered']);
    expect(deliveries).toHaveLength(3);
  });

  it('the outbox is shared, and keeps its limit per tenant', async () => {
    const db = await freshDatabase();
    const a = createServer({ db, only: ['prefinery'], outboxLimit: 3 });
    const b = createServer({ db, only: ['prefinery'], outboxLimit: 3 });
    apps.push(a, b);
    await Promise.all([a.locals.sandbox.ready, b.locals.sandbox.ready]);
    const auth = { Authorization: 'Bearer prefinery_sandbox_key' };
    await request(a).post('/__sandbox/seed').send({ prefinery: { tenants: [{ id: 'default', data: { testers: [{ id: 1, status: 'active', friend_invitations_allowed: 10 }] } }] } }).expect(200);
    const sender = (await request(b).get('/api/v2/betas/1/testers/1').set(auth).expect(200)).body;
    for (let i = 0; i < 5; i++) {
      const app = i % 2 ? a : b;
      const invited = await request(app).post('/api/v2/betas/1/friend_invitations').set(auth).send({ friend_invitation: { sender_email: sender.email, recipient_email: `friend${i}@example.com` } });
      expect(invited.status, invited.text).toBeLessThan(300);
    }
    const outbox = (await request(a).get('/__sandbox/outbox?vendor=prefinery').expect(200)).body.data;
    expect(outbox.map((m: { to: string }) => m.to).sort()).toEqual(['friend2@example.com', 'friend3@example.com', 'friend4@example.com']);
    expect((await request(b).get('/__sandbox/outbox?vendor=prefinery').expect(200)).body.data).toHaveLength(3);
  });

  it('a write whose COMMIT fails is answered 503 and undone: writes queued behind it neither see it nor leave a gap', async () => {
    const db = await freshDatabase();
    const [a] = await toyReplicas(db, 1);
    // A deferred trigger makes COMMIT fail for the transaction carrying "fail-me" (the INSERT itself succeeds).
    const admin = new pg.Client({ connectionString: db });
    await admin.connect();
    await admin.query(`CREATE FUNCTION refuse_marked() RETURNS trigger AS $$ BEGIN IF NEW.changes LIKE '%fail-me%' THEN PERFORM pg_sleep(0.4); RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await admin.query('CREATE CONSTRAINT TRIGGER refuse_marked AFTER INSERT ON sandbox_changes DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_marked()');
    await admin.end();
    // The failing COMMIT takes 0.4 s: the writes sent meanwhile queue behind it, for the next transaction.
    const failing = request(a).post('/toy/items').set(toyAuth).send({ name: 'fail-me' }).then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const queued = await Promise.all(Array.from({ length: 5 }, (_, i) => request(a).post('/toy/items').set(toyAuth).send({ name: `queued ${i}` })));
    expect((await failing).status).toBe(503);
    expect(queued.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    // the refused write is nowhere; the queued ones are there, on this replica and on a new one (which loads: no gap)
    const fresh = (await toyReplicas(db, 1))[0];
    for (const app of [a, fresh]) {
      for (const r of queued) expect((await request(app).get(`/toy/items/${r.body.id}`).set(toyAuth).expect(200)).body.name).toBe(r.body.name);
      expect((await itemsOn(app)).map((item) => item.name)).not.toContain('fail-me');
    }
    expect(new Set(queued.map((r) => r.body.id)).size).toBe(5);
  });

  it('a webhook endpoint disabled by the leader does not undo an endpoint added meanwhile on another replica', async () => {
    const db = await freshDatabase();
    const replicas = await toyReplicas(db, 2);
    const leader = replicas.find((app) => (app.locals.sandbox.store as unknown as { leader: boolean }).leader)!;
    const other = replicas.find((app) => app !== leader)!;
    const gone = await startTestReceiver(() => 410); // 410 disables the toy's receiver
    await request(other).post('/__sandbox/webhooks/endpoints').send({ vendor: 'toy', url: `${gone.url}/gone`, secret: 's' }).expect(201);
    await request(other).post('/toy/items').set(toyAuth).send({ name: 'to a gone receiver' }).expect(201);
    await gone.waitFor(1, 10_000);
    const added = (await request(other).post('/__sandbox/webhooks/endpoints').send({ vendor: 'toy', url: `${gone.url}/new`, secret: 's' }).expect(201)).body;
    await expect
      .poll(async () => (await request(other).get('/__sandbox/webhooks/endpoints').expect(200)).body.data.map((e: { url: string; enabled: boolean }) => [e.url.split('/').pop(), e.enabled]), { timeout: 5000 })
      .toEqual([
        ['gone', false],
        ['new', true],
      ]);
    expect((await request(leader).get('/__sandbox/webhooks/endpoints').expect(200)).body.data.map((e: { id: string }) => e.id)).toContain(added.id);
  });

  it('a replica that loses its database answers 503 in the vendor envelope, then recovers without losing acknowledged writes', async () => {
    const db = await freshDatabase();
    const proxy = await startProxy(new URL(db));
    try {
      const through = new URL(db);
      through.port = String(proxy.port);
      const app = createServer({ db: through.toString(), only: ['partnero'] });
      apps.push(app);
      await app.locals.sandbox.ready;
      const auth = { Authorization: 'Bearer pn_sandbox_key' };
      await request(app).post('/v1/subscribers').set(auth).send({ email: 'kept@example.com' }).expect(201);

      await proxy.cut();
      const refused = await request(app).post('/v1/subscribers').set(auth).send({ email: 'refused@example.com' });
      expect(refused.status).toBe(503);
      expect(refused.body).toEqual({ status: 0, message: expect.stringContaining('PostgreSQL') }); // Partnero's envelope
      expect((await request(app).get('/v1/subscribers/kept@example.com').set(auth)).status).toBe(503);
      const health = await request(app).get('/__sandbox/health');
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ error: { message: expect.stringContaining('PostgreSQL') } }); // the admin API's envelope

      await proxy.restore();
      await request(app).post('/v1/subscribers').set(auth).send({ email: 'after@example.com' }).expect(201);
      await request(app).get('/v1/subscribers/kept@example.com').set(auth).expect(200);
      await request(app).get('/v1/subscribers/refused@example.com').set(auth).expect(404);
      // a replica that never saw the outage reads the same
      const other = createServer({ db, only: ['partnero'] });
      apps.push(other);
      await other.locals.sandbox.ready;
      await request(other).get('/v1/subscribers/after@example.com').set(auth).expect(200);
    } finally {
      await proxy.close();
    }
  });
});

/** A TCP proxy to PostgreSQL whose connection can be cut (every socket dropped, new ones refused) and restored. */
async function startProxy(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const open = (port = 0) =>
    new Promise<Server>((resolve) => {
      const server = createTcpServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  let server: Server | undefined = await open();
  const port = (server.address() as { port: number }).port;
  const cut = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise((resolve) => closing.close(resolve));
  };
  return {
    port,
    cut,
    async restore() {
      server = await open(port);
    },
    close: cut,
  };
}
