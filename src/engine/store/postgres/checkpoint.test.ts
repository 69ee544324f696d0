// Checkpoints keep the team store's change rows bounded: the leader folds them into the snapshot and prunes them,
// under the global lock, so a joining replica replays the state, not its history. Real PostgreSQL, in-process replicas.
import pg from 'pg';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createIdSource } from '../../ids.js';
import { createTestDatabase, dropTestDatabase, postgresUrlForTests } from '../../test-support/postgres-cluster.js';
import { createToyApp } from '../../test-support/toy-vendor.js';
import type { PgStoreOptions } from './pg-store.js';

const adminUrl = postgresUrlForTests();
const databases: string[] = [];
const apps: ReturnType<typeof createToyApp>[] = [];
const auth = { Authorization: 'Bearer toy_key' };

afterAll(async () => {
  await Promise.all(apps.map((app) => app.locals.sandbox.store.close()));
  await Promise.all(databases.map((db) => dropTestDatabase(db)));
});

async function freshDatabase(): Promise<string> {
  const db = await createTestDatabase(adminUrl!);
  databases.push(db);
  return db;
}

let nextIds = 500;
async function replica(db: string, team: Omit<PgStoreOptions, 'vendors'> = {}) {
  const app = createToyApp({ db, ids: createIdSource(nextIds++), team: { leaderTickMs: 50, checkpointAtBytes: 4000, ...team } });
  apps.push(app);
  await app.locals.sandbox.ready;
  return app;
}

const create = (app: ReturnType<typeof createToyApp>, name: string) => request(app).post('/toy/items').set(auth).send({ name }).expect(201);
/** The item names a replica shows (the admin state catches up on every scope first). */
const names = async (app: ReturnType<typeof createToyApp>) => {
  const { body } = await request(app).get('/__sandbox/state?vendor=toy').expect(200);
  return (body.data.toy.default.items as Array<{ name: string }>).map((item) => item.name).sort();
};

async function query<T extends pg.QueryResultRow>(db: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
const rowCount = async (db: string) => Number((await query<{ n: string }>(db, 'SELECT count(*) AS n FROM sandbox_changes'))[0].n);
const until = async (check: () => Promise<boolean>, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.skipIf(!adminUrl)('team store checkpoints', () => {
  it("keeps the change rows bounded by the state, not the history; every replica and a new one see every write", async () => {
    const db = await freshDatabase();
    const [a, b] = [await replica(db), await replica(db)];
    const written: string[] = [];
    for (let i = 0; i < 300; i++) {
      const name = `item-${i}`;
      await create(i % 2 ? a : b, name);
      written.push(name);
    }
    // 300 writes of ~300 bytes each: the leader checkpoints whenever the rows outweigh the snapshot (or 4,000 bytes).
    const sizes = async () => (await query<{ log_bytes: string; snapshot_bytes: string }>(db, 'SELECT (SELECT coalesce(sum(bytes), 0) FROM sandbox_scopes) AS log_bytes, snapshot_bytes FROM sandbox_meta'))[0];
    // What a joining replica replays stays within the snapshot's size (or the 4,000-byte floor), whatever the history.
    await until(async () => {
      const { log_bytes, snapshot_bytes } = await sizes();
      return Number(log_bytes) <= Math.max(4000, Number(snapshot_bytes));
    });
    expect(await rowCount(db)).toBeLessThan(300 / 2);
    const [meta] = await query<{ positions: string; generation: string }>(db, 'SELECT positions, generation FROM sandbox_meta');
    expect(Object.keys(JSON.parse(meta.positions))).toContain('toy/default');
    expect(Number(meta.generation)).toBe(2); // no reload forced on the replicas: the generation stays
    const expected = ['seeded', ...written].sort();
    expect(await names(a)).toEqual(expected);
    expect(await names(b)).toEqual(expected);
    expect(await names(await replica(db))).toEqual(expected);
  }, 60_000);

  it('a replica joining while a checkpoint is being written loads a consistent state and converges', async () => {
    const db = await freshDatabase();
    let release!: () => void;
    let paused!: () => void;
    let first = true;
    const inCheckpoint = new Promise<void>((resolve) => (paused = resolve));
    const leader = await replica(db, {
      checkpointAtBytes: 3000,
      checkpointHook: () => {
        if (!first) return;
        first = false; // only the first checkpoint waits
        paused();
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    // Writes go on until the checkpoint starts; the one in flight then waits for it (it holds the global lock).
    const written: string[] = [];
    let pausedNow = false;
    void inCheckpoint.then(() => (pausedNow = true));
    const writing = (async () => {
      for (let i = 0; i < 400 && !pausedNow; i++) {
        await create(leader, `before-${i}`);
        written.push(`before-${i}`);
      }
    })();
    await Promise.race([inCheckpoint, new Promise((_, reject) => setTimeout(() => reject(new Error('no checkpoint started')), 20_000))]);
    const joining = replica(db, { checkpointAtBytes: 1e9 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    const joined = await joining;
    await writing;
    await create(joined, 'after-on-joined');
    await create(leader, 'after-on-leader');
    const expected = ['seeded', ...written, 'after-on-joined', 'after-on-leader'].sort();
    await until(async () => JSON.stringify(await names(joined)) === JSON.stringify(expected));
    expect(await names(leader)).toEqual(expected);
    // The checkpoint committed: the rows its snapshot holds are gone.
    const folded = JSON.parse((await query<{ positions: string }>(db, 'SELECT positions FROM sandbox_meta'))[0].positions)['toy/default'];
    expect(folded).toBeGreaterThan(0);
    expect((await query<{ n: string }>(db, `SELECT count(*) AS n FROM sandbox_changes WHERE scope = 'toy/default' AND seq <= ${Number(folded)}`))[0].n).toBe('0');
  }, 60_000);

  it('a checkpoint whose connection dies before its commit changes nothing; the replicas converge and it is retried', async () => {
    const db = await freshDatabase();
    let kills = 1;
    const leader = await replica(db, {
      checkpointAtBytes: 3000,
      checkpointHook: (client) => {
        if (kills-- <= 0) return;
        // As if the replica were killed mid-transaction: PostgreSQL aborts the checkpoint and frees the lock.
        (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      },
    });
    const other = await replica(db, { checkpointAtBytes: 1e9 });
    for (let i = 0; i < 40; i++) await create(i % 2 ? leader : other, `w-${i}`);
    await until(async () => kills < 0 && (await rowCount(db)) < 40); // the second try went through
    const expected = ['seeded', ...Array.from({ length: 40 }, (_, i) => `w-${i}`)].sort();
    await create(other, 'last');
    expected.push('last');
    expected.sort();
    await until(async () => JSON.stringify(await names(leader)) === JSON.stringify(expected));
    expect(await names(other)).toEqual(expected);
    expect(await names(await replica(db))).toEqual(expected);
  }, 60_000);
});
