// The team store's schema, as ordered, append-only migrations: every replica applies what is missing when it starts,
// one replica at a time (an advisory lock), each migration in its own transaction. Never edit a released one; add
// the next number.
import type pg from 'pg';
import { LOCK_NAMESPACE, MIGRATION_LOCK } from './scopes.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'change log per scope',
    sql: `
      -- The snapshot every replica starts from (null until the first replica seeds the database), and its generation:
      -- a reset or a compaction writes a new snapshot, empties the log and bumps it, and replicas reload.
      CREATE TABLE sandbox_meta (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        generation bigint NOT NULL,
        snapshot text,
        written_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO sandbox_meta (generation, snapshot) VALUES (1, NULL);
      -- One row per committed write: the changes (JSON, as the embedded store's log line) to one scope, a tenant or
      -- the global settings, numbered without gaps per scope because each scope's writers hold its advisory lock.
      CREATE TABLE sandbox_changes (
        scope text NOT NULL,
        seq bigint NOT NULL,
        changes text NOT NULL,
        replica text NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, seq)
      );
      -- Each scope's last sequence number: a replica catching up on everything reads this, not the whole log.
      CREATE TABLE sandbox_scopes (
        scope text PRIMARY KEY,
        head bigint NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'shared counters',
    sql: `
      -- Rate-limit windows and fault-rule budgets every replica counts in (one row per counter; a new window starts
      -- the count again).
      CREATE TABLE sandbox_counters (
        key text PRIMARY KEY,
        time_window bigint NOT NULL,
        count bigint NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'checkpoints',
    sql: `
      -- A checkpoint folds the change rows into the snapshot without a new generation (replicas keep their memory):
      -- the snapshot then holds each scope up to positions[scope], and rows up to there are deleted. A replica
      -- whose position in a scope is below that scope's pruned mark missed rows that are gone, and reloads.
      ALTER TABLE sandbox_meta ADD COLUMN positions text NOT NULL DEFAULT '{}';
      ALTER TABLE sandbox_meta ADD COLUMN snapshot_bytes bigint NOT NULL DEFAULT 0;
      ALTER TABLE sandbox_scopes ADD COLUMN pruned bigint NOT NULL DEFAULT 0;
      -- Bytes of change rows written to the scope since the last checkpoint (what a joining replica replays).
      ALTER TABLE sandbox_scopes ADD COLUMN bytes bigint NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    name: 'team journal',
    sql: `
      -- The request journal of every replica, so /__sandbox/requests answers the same on each. The newest rows are
      -- kept (the journal size), older ones are deleted as new ones come; the entry is the JSON the journal shows.
      CREATE TABLE sandbox_journal (
        id bigserial PRIMARY KEY,
        replica text NOT NULL,
        at timestamptz NOT NULL,
        vendor text,
        tenant text,
        operation_id text,
        method text NOT NULL,
        status integer NOT NULL,
        entry text NOT NULL
      );
    `,
  },
];

/** Apply the migrations this database lacks; returns the versions applied. */
export async function migrate(client: pg.ClientBase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await client.query(`SELECT pg_advisory_lock(${LOCK_NAMESPACE}, ${MIGRATION_LOCK})`);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS sandbox_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM sandbox_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const newest = Math.max(0, ...done);
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > latest) throw new Error(`the database is at schema version ${newest}, newer than this sandbox knows (${latest}): upgrade the sandbox`);
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO sandbox_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${LOCK_NAMESPACE}, ${MIGRATION_LOCK})`).catch(() => undefined);
  }
}
