// A --db value that is almost a PostgreSQL URL, and a PostgreSQL that refuses the one given: both are one line that
// names the setting, never a silent file store or a driver's riddle.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../config.js';
import { createServer } from '../../../server.js';
import { findPostgresBin, startThrowawayCluster, type PostgresServer } from '../../test-support/postgres-cluster.js';
import { dbSettingProblem } from './sql.js';

describe('--db that looks like a URL', () => {
  it('refuses any scheme but postgres:// and postgresql://, with a "did you mean" and the password hidden', () => {
    expect(dbSettingProblem('postgress://sandbox:secret@127.0.0.1:5432/sandbox')).toBe('"postgress://sandbox:***@127.0.0.1:5432/sandbox" is not a database the sandbox can use (a file path, :memory:, or a postgres:// URL); did you mean postgres://sandbox:***@127.0.0.1:5432/sandbox?');
    expect(dbSettingProblem('postgres:/broken')).toMatch(/did you mean postgres:\/\/broken\?$/);
    expect(dbSettingProblem('postgresql:host/db')).toMatch(/did you mean postgresql:\/\/host\/db\?$/);
    expect(dbSettingProblem('mysql://root:pw@db/x')).toBe('"mysql://root:***@db/x" is not a database the sandbox can use (a file path, :memory:, or a postgres:// URL).');
    for (const fine of ['postgres://u:p@h/db', 'POSTGRESQL://h/db', ':memory:', '.sandbox/db.json', '/tmp/db.json', 'C:\\sandbox\\db.json', 'db.json']) expect(dbSettingProblem(fine), fine).toBeUndefined();
  });

  it('start refuses it (exit 2) naming --db or SANDBOX_DB, and makes no directory named after the password', () => {
    expect(() => readConfig(['--db', 'postgress://sandbox:secret@127.0.0.1:5432/sandbox'], {})).toThrow(/^Invalid --db: .*did you mean postgres:\/\//);
    expect(() => readConfig([], { SANDBOX_DB: 'postgres:/broken' })).toThrow(/^Invalid SANDBOX_DB: /);
    expect(() => readConfig(['--db', 'postgress://sandbox:secret@h/db'], {})).not.toThrow(/secret/);
    expect(existsSync('postgress:')).toBe(false);
  });
});

// A real PostgreSQL that asks for a password (scram-sha-256), started for this file.
describe.skipIf(!findPostgresBin() && !process.env.CI)('a PostgreSQL that refuses the URL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startThrowawayCluster({ password: 'team-secret' });
  }, 60_000);
  afterAll(() => server?.stop());

  const withAuth = (user: string) => {
    const url = new URL(server.url);
    url.username = user.split(':')[0];
    url.password = user.split(':')[1] ?? '';
    return url.toString();
  };
  const startError = async (db: string) => {
    const app = createServer({ db, only: ['partnero'] });
    const error = await app.locals.sandbox.ready.then(
      () => undefined,
      (e: Error) => e,
    );
    await app.locals.sandbox.store.close();
    return error?.message;
  };

  it('a URL without a password says so (not "SASL: client password must be a string")', async () => {
    const message = await startError(withAuth('postgres'));
    expect(message).toMatch(/^cannot use the team database postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres \(--db \/ SANDBOX_DB\): the URL has no password/);
  });

  it('a wrong password names the user and what to check, and never shows the password', async () => {
    const message = await startError(withAuth('postgres:wrong-one'));
    expect(message).toMatch(/\(--db \/ SANDBOX_DB\): password authentication failed for user "postgres" \(check the user and password in the URL\)/);
    expect(message).not.toMatch(/wrong-one/);
  });

  it('a port nobody listens on asks whether PostgreSQL runs there', async () => {
    expect(await startError('postgres://postgres:x@127.0.0.1:9/postgres')).toMatch(/nothing accepts connections there \(connect ECONNREFUSED 127\.0\.0\.1:9\); is PostgreSQL running/);
  });

  it('the right password works', async () => {
    expect(await startError(server.url)).toBeUndefined();
  }, 30_000);
});
