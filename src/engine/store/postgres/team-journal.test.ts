// The request journal of a team: every replica answers /__sandbox/requests for all of them. Real PostgreSQL.
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../../server.js';
import { createTestDatabase, dropTestDatabase, postgresUrlForTests } from '../../test-support/postgres-cluster.js';

const adminUrl = postgresUrlForTests();
const databases: string[] = [];
const apps: ReturnType<typeof createServer>[] = [];
const PARTNERO = { Authorization: 'Bearer pn_sandbox_key' };

afterAll(async () => {
  await Promise.all(apps.map((app) => app.locals.sandbox.store.close()));
  await Promise.all(databases.map((db) => dropTestDatabase(db)));
});

async function team(count: number) {
  const db = await createTestDatabase(adminUrl!);
  databases.push(db);
  const replicas = Array.from({ length: count }, () => createServer({ db, only: ['partnero'] }));
  apps.push(...replicas);
  await Promise.all(replicas.map((app) => app.locals.sandbox.ready));
  return replicas;
}

describe.skipIf(!adminUrl)('team journal (PostgreSQL)', () => {
  it('a request answered by one replica is counted and listed by every other at once, with the replica that answered', async () => {
    const [a, b, c] = await team(3);
    const replicaOf = async (app: typeof a) => (await request(app).get('/__sandbox/health')).body.store.replica_id as string;
    for (let i = 0; i < 5; i++) {
      await request(a).post('/v1/subscribers').set(PARTNERO).send({ email: `journal-${i}@example.com` }).expect(201);
      // Asked right after the answer, on another replica: already there.
      expect((await request(i % 2 ? b : c).get('/__sandbox/requests/count?operation_id=createSubscriber')).body).toEqual({ count: i + 1 });
    }
    await request(b).get('/v1/subscribers/nobody@example.com').set(PARTNERO).expect(404);
    for (const app of [a, b, c]) {
      expect((await request(app).get('/__sandbox/requests/count?vendor=partnero')).body.count).toBe(6);
      expect((await request(app).get('/__sandbox/requests/count?status=4xx')).body.count).toBe(1);
    }
    const listed = (await request(c).get('/__sandbox/requests?limit=2')).body.data;
    expect(listed.map((e: { operation_id: string; status: number }) => [e.operation_id, e.status])).toEqual([
      ['getSubscriber', 404],
      ['createSubscriber', 201],
    ]);
    expect(listed[0].replica).toBe(await replicaOf(b));
    expect(listed[1].replica).toBe(await replicaOf(a));
    expect(listed[1].request.body).toEqual({ email: 'journal-4@example.com' });
    expect(listed[1].response.headers).toHaveProperty('content-type');
  }, 60_000);

  it('emptying the journal on one replica (DELETE or a reset) empties it for the team', async () => {
    const [a, b] = await team(2);
    await request(a).get('/v1/program').set(PARTNERO).expect(200);
    expect((await request(b).get('/__sandbox/requests/count')).body.count).toBe(1);
    await request(b).delete('/__sandbox/requests').expect(204);
    expect((await request(a).get('/__sandbox/requests/count')).body.count).toBe(0);
    await request(a).get('/v1/program').set(PARTNERO).expect(200);
    await request(b).post('/__sandbox/reset').expect(200);
    expect((await request(a).get('/__sandbox/requests')).body.data).toEqual([]);
  }, 60_000);
});
