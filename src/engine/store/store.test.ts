import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createToyApp, toy } from '../test-support/toy-vendor.js';
import { createIdSource } from '../ids.js';
import { mergeInto } from './merge.js';
import { createStore, readStoredDatabase } from './store.js';

const auth = { Authorization: 'Bearer toy_key' };
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'sandbox-store-')), 'nested', 'db.json');
/** What a restart would load: the snapshot with the log replayed. */
const onDisk = (file: string) => readStoredDatabase(file, [toy])!;
const snapshotOnly = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** A disk that fails on demand, as a full disk or an I/O error would. */
function failingDisk() {
  const disk = { failing: false, failpoint: () => {
    if (disk.failing) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  } };
  return disk;
}

describe('file store', () => {
  it('writes the default scenario on first start and survives a restart', async () => {
    const file = tempDb();
    const first = createToyApp({ db: file });
    await first.locals.sandbox.ready;
    expect(snapshotOnly(file).data.toy.default.items).toEqual([{ id: 100, name: 'seeded' }]);
    await request(first).post('/toy/items').set(auth).send({ name: 'kept' }).expect(201);
    const second = createToyApp({ db: file });
    expect((await request(second).get('/toy/items').set(auth)).body.items.map((i: { name: string }) => i.name)).toEqual(['seeded', 'kept']);
  });

  it('has every acknowledged write on disk when the response arrives, also under concurrency', async () => {
    const file = tempDb();
    const app = createToyApp({ db: file });
    await app.locals.sandbox.ready;
    const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => request(app).post('/toy/items').set(auth).send({ name: `n${i}` })));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const names = (onDisk(file).data.toy.default as { items: Array<{ name: string }> }).items.map((i) => i.name);
    for (let i = 0; i < 25; i++) expect(names).toContain(`n${i}`);
    const single = await request(app).post('/toy/items').set(auth).send({ name: 'last' });
    expect((onDisk(file).data.toy.default as { items: unknown[] }).items.at(-1)).toEqual(single.body);
  });

  it('a write that cannot reach the disk is a 503 saying so, is rolled back from memory, and never becomes durable later', async () => {
    const file = tempDb();
    const disk = failingDisk();
    const app = createToyApp({ db: file, storage: { failpoint: disk.failpoint } });
    await app.locals.sandbox.ready;
    disk.failing = true;
    const failed = await Promise.all([1, 2, 3].map((i) => request(app).post('/toy/items').set(auth).send({ name: `lost${i}` })));
    expect(failed.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(failed[0].body.toy_error).toMatchObject({ kind: 'storage_unavailable', message: expect.stringMatching(/could not save the change.*no space left/) });
    const listed = (await request(app).get('/toy/items').set(auth)).body.items.map((i: { name: string }) => i.name);
    expect(listed).toEqual(['seeded']);
    disk.failing = false;
    const ok = await request(app).post('/toy/items').set(auth).send({ name: 'kept' });
    expect(ok.status).toBe(201);
    expect((onDisk(file).data.toy.default as { items: Array<{ name: string }> }).items.map((i) => i.name)).toEqual(['seeded', 'kept']);
  });

  it('a line written whole whose fsync fails is cut off the log, so no crash can bring the failed write back', async () => {
    const file = tempDb();
    let failSync = false;
    const app = createToyApp({ db: file, storage: { failpoint: (step) => {
      if (failSync && step === 'sync') throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    } } });
    await app.locals.sandbox.ready;
    await request(app).post('/toy/items').set(auth).send({ name: 'kept' }).expect(201);
    failSync = true;
    expect((await request(app).post('/toy/items').set(auth).send({ name: 'failed' })).status).toBe(503);
    // what a restart right now (a crash before any other write) would load
    expect((onDisk(file).data.toy.default as { items: Array<{ name: string }> }).items.map((i) => i.name)).toEqual(['seeded', 'kept']);
    expect(readFileSync(`${file}.log`, 'utf8')).not.toContain('failed');
  });

  it('appends each group commit to the log instead of rewriting the snapshot, and a restart replays it', async () => {
    const file = tempDb();
    const app = createToyApp({ db: file });
    await app.locals.sandbox.ready;
    const snapshotBefore = readFileSync(file, 'utf8');
    for (let i = 0; i < 5; i++) await request(app).post('/toy/items').set(auth).send({ name: `one-by-one ${i}` }).expect(201);
    expect(readFileSync(file, 'utf8')).toBe(snapshotBefore); // the snapshot is untouched until a compaction
    const lines = readFileSync(`${file}.log`, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    // <crc32> {"s": sequence, "c": [changes]}: the item put into its collection, next_id set as a small field
    expect(lines[0]).toMatch(/^[0-9a-f]{8} \{"s":1,"c":\[/);
    expect(JSON.parse(lines[0].slice(9)).c).toEqual(expect.arrayContaining([['p', ['data', 'toy', 'default', 'items'], { id: 101, name: 'one-by-one 0' }]]));
    const restarted = createToyApp({ db: file, ids: createIdSource(2) }); // another run: other random ids
    const items = (restarted.locals.sandbox.store.db.data.toy.default as { items: Array<{ name: string }> }).items;
    expect(items.map((i) => i.name)).toEqual(['seeded', 'one-by-one 0', 'one-by-one 1', 'one-by-one 2', 'one-by-one 3', 'one-by-one 4']);
    const after = await request(restarted).post('/toy/items').set(auth).send({ name: 'after restart' });
    expect(after.body).toMatchObject({ id: 106 });
  });

  it('compacts the log into a new snapshot once it outgrows the threshold, losing nothing', async () => {
    const file = tempDb();
    const app = createToyApp({ db: file, storage: { compactAtBytes: 1 } }); // every append is past the threshold
    await app.locals.sandbox.ready;
    for (let i = 0; i < 6; i++) await request(app).post('/toy/items').set(auth).send({ name: `c${i}` }).expect(201);
    await app.locals.sandbox.store.close(); // waits for the background compaction, then folds in the rest
    expect(statSync(`${file}.log`).size).toBe(0);
    const snapshot = snapshotOnly(file);
    expect(snapshot.data.toy.default.items.map((i: { name: string }) => i.name)).toEqual(['seeded', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(snapshot.log_sequence).toBe(6);
  });

  it('drops a torn last log line (a crash mid-append) with a warning, and keeps everything before it', async () => {
    const file = tempDb();
    const app = createToyApp({ db: file });
    await app.locals.sandbox.ready;
    await request(app).post('/toy/items').set(auth).send({ name: 'acknowledged' }).expect(201);
    const good = readFileSync(`${file}.log`).length;
    appendFileSync(`${file}.log`, '0badc0de {"s":2,"c":[["p",["data","toy","default","items"],{"id":102,"na'); // no line end
    const warnings: string[] = [];
    const store = createStore(file, { warn: (message: string) => void warnings.push(message), error: () => undefined }, { vendors: [toy] });
    expect(warnings.join()).toMatch(/dropped a torn last line 2 .*cut short by a crash, never acknowledged/);
    expect((store.db.data.toy.default as { items: Array<{ name: string }> }).items.map((i) => i.name)).toEqual(['seeded', 'acknowledged']);
    expect(readFileSync(`${file}.log`).length).toBe(good); // cut back to the last good line
  });

  it('refuses to start when a log line in the middle is damaged, instead of replaying around it', async () => {
    const file = tempDb();
    const app = createToyApp({ db: file });
    await app.locals.sandbox.ready;
    for (const name of ['a', 'b']) await request(app).post('/toy/items').set(auth).send({ name }).expect(201);
    const log = readFileSync(`${file}.log`, 'utf8');
    writeFileSync(`${file}.log`, log.replace('"name":"a"', '"name":"x"')); // the checksum no longer matches
    expect(() => createToyApp({ db: file })).toThrow(/db\.json\.log is damaged at line 1 \(checksum mismatch\) and has lines after it/);
  });

  it('refuses to start over a corrupt database file instead of overwriting it', () => {
    const file = tempDb();
    createToyApp({ db: file });
    writeFileSync(file, '{"version": 1, "tenants": ');
    expect(() => createToyApp({ db: file })).toThrow(/Cannot load the sandbox database/);
  });
});

describe('mergeInto', () => {
  it('upserts records by id field by field, replaces arrays of plain values, merges objects, replaces scalars, ignores prototype keys', () => {
    const target: Record<string, unknown> = { list: [{ id: 1, a: 1, nested: { x: 1 } }], settings: { on: true, n: 1, locales: ['a', 'b'] }, name: 'a' };
    mergeInto(target, JSON.parse('{"list": [{"id": 1, "b": 2, "nested": {"y": 2}}, {"id": 2}], "settings": {"on": false, "locales": ["c"]}, "name": "b", "__proto__": {"polluted": true}}'));
    expect(target).toEqual({ list: [{ id: 1, a: 1, b: 2, nested: { x: 1, y: 2 } }, { id: 2 }], settings: { on: false, n: 1, locales: ['c'] }, name: 'b' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('createGroupCommit', () => {
  it('shares one flush among callers of the same moment and never resolves before a flush that saw their change', async () => {
    const { createGroupCommit } = await import('./store.js');
    let value = 0;
    const flushed: number[] = [];
    const commit = createGroupCommit(async () => {
      const seen = value; // a flush serialises the data when it starts
      await new Promise((r) => setTimeout(r, 5));
      flushed.push(seen);
    });
    const acks: Array<Promise<number>> = [];
    for (let i = 1; i <= 3; i++) {
      value = i;
      acks.push(commit().then(() => flushed.at(-1)!));
    }
    await new Promise((r) => setTimeout(r, 1)); // the first flush is now running
    value = 4;
    acks.push(commit().then(() => flushed.at(-1)!));
    value = 5;
    acks.push(commit().then(() => flushed.at(-1)!));
    const seenAtAck = await Promise.all(acks);
    expect(flushed).toEqual([3, 5]);
    expect(seenAtAck).toEqual([3, 3, 3, 5, 5]);
  });
});

describe('a database from an earlier version', () => {
  it('is upgraded on load: collections and fields added since are filled with today\'s defaults', async () => {
    const { createServer } = await import('../../server.js');
    const file = tempDb();
    const first = createServer({ db: file });
    await first.locals.sandbox.ready;
    // Make the file look older: drop a whole collection and a field of every record.
    const db = onDisk(file) as unknown as { schema_revision?: string; data: Record<string, Record<string, unknown>> };
    delete db.schema_revision; // versions before the revision stamp
    for (const state of Object.values(db.data.partnero) as Array<Record<string, unknown>>) delete state.webhooks;
    for (const state of Object.values(db.data.prefinery) as Array<{ betas: Array<Record<string, unknown>>; rewards?: unknown }>) {
      delete state.rewards;
      for (const beta of state.betas) delete beta.friend_invitations_allowed;
    }
    writeFileSync(file, JSON.stringify(db));
    const second = createServer({ db: file, validateResponses: true });
    await second.locals.sandbox.ready;
    expect((await request(second).get('/v1/webhooks').set('Authorization', 'Bearer pn_sandbox_key')).status).toBe(200);
    expect((await request(second).get('/api/v2/betas/1/rewards').set('Authorization', 'Bearer prefinery_sandbox_key')).status).toBe(200);
    const prefinery = second.locals.sandbox.store.db.data.prefinery.default as { betas: Array<{ friend_invitations_allowed: number }>; rewards: unknown[] };
    expect(prefinery.betas[0].friend_invitations_allowed).toBe(5); // the documented default allowance
    expect(Array.isArray(prefinery.rewards)).toBe(true);
    expect((await request(second).get('/v1/subscribers/partnero@partner.com').set('Authorization', 'Bearer pn_sandbox_key')).status).toBe(200);
  }, 20_000); // two full servers (five specs compiled each) on a shared 2-core machine
});

describe('one process per database file', () => {
  it('refuses a file another live process holds, and takes over a lock left by a process that is gone', async () => {
    const { spawn } = await import('node:child_process');
    const file = tempDb();
    await createToyApp({ db: file }).locals.sandbox.ready; // creates the file and its lock for this process
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(`${file}.lock`, String(other.pid));
      expect(() => createToyApp({ db: file })).toThrow(new RegExp(`in use by process ${other.pid}`));
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // The holder is gone: its lock is stale and taken over.
    const again = createToyApp({ db: file });
    await again.locals.sandbox.ready;
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
  });
});

describe('reads and writes in flight', () => {
  it('a read never shows a record whose write is then rolled back', async () => {
    const file = tempDb();
    const disk = failingDisk();
    const app = createToyApp({ db: file, storage: { failpoint: disk.failpoint } });
    await app.locals.sandbox.ready;
    disk.failing = true;
    // The write mutates memory, then waits for a flush that fails; the read arrives meanwhile.
    const write = request(app).post('/toy/items').set(auth).send({ name: 'doomed' }).then((r) => r.status);
    await new Promise((resolve) => setImmediate(resolve));
    const read = request(app).get('/toy/items').set(auth).then((r) => r.body.items.map((i: { name: string }) => i.name));
    const [status, names] = await Promise.all([write, read]);
    expect(status).toBe(503);
    expect(names).toEqual(['seeded']);
  });
});
