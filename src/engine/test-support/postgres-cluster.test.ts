// The PostgreSQL test support: the server the global setup provides answers, and test databases come and go.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase, postgresUrlForTests } from './postgres-cluster.js';

const url = postgresUrlForTests();

describe.skipIf(!url)('postgres test support', () => {
  async function query(target: string, sql: string) {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  }

  it('provides a server that answers select 1', async () => {
    expect((await query(url!, 'select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('creates a database to write in and drops it again', async () => {
    const testUrl = await createTestDatabase(url!);
    const name = new URL(testUrl).pathname.slice(1);
    expect(name).toMatch(/^sandbox_test_[0-9a-f]{12}$/);
    await query(testUrl, 'create table t (id int primary key); insert into t values (1)');
    expect((await query(testUrl, 'select id from t')).rows).toEqual([{ id: 1 }]);
    await dropTestDatabase(testUrl);
    const left = await query(url!, `select 1 from pg_database where datname = '${name}'`);
    expect(left.rowCount).toBe(0);
  });
});
