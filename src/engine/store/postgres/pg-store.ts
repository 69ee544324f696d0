// The team store: several sandbox processes (replicas) on one PostgreSQL database.
//
// Each replica keeps the whole state in memory, in the same indexed collections as the embedded store, and shares
// the embedded store's change format. What differs is where a change goes and when a replica learns of others':
// - A write holds its tenant's advisory lock (and the global lock, shared) from before the handler runs until its
//   changes are committed as one row of sandbox_changes, numbered per scope. So a rule checked on one replica is
//   applied before any other replica can check it again: limits stay exact across replicas.
// - Before a request is handled, the replica applies the rows of that tenant it has not seen (reads too, so a
//   write acknowledged anywhere is read back everywhere).
// - Admin changes hold the global lock exclusively. A reset writes a new snapshot and bumps the generation, which
//   makes every replica reload.
// - One replica at a time (a session advisory lock) is the leader: it follows every scope and sends the webhooks.
import type { Journal } from '../../journal.js';
import { createTeamJournal } from './team-journal.js';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { consoleLog, type ProblemLog } from '../../logger.js';
import { ownEntry } from '../../safe-keys.js';
import type { Tenant, VendorApi } from '../../types.js';
import { applyChanges, type SpecAt } from '../apply-changes.js';
import type { Change } from '../change-batch.js';
import { collectionsOf, emptyDatabase, type Database, type VendorCollections } from '../database.js';
import { StorageError, type Store, type StoreDescription } from '../store.js';
import type { SharedCounter } from '../../faults/faults.js';
import { createLeader } from './leader.js';
import { createLeases } from './leases.js';
import { Gate, KeyedMutex } from './local-locks.js';
import { createScopedMemory, RELOAD, type ChangeRow } from './scoped-memory.js';
import { migrate } from './migrations.js';
import { describeConnectError, INCREMENT, INSERT_CHANGES, lockSql, quoteIdent, readUrl, SELECT_SCOPES } from './sql.js';
import { createCheckpoints } from './checkpoint.js';

export { dbSettingProblem, isPostgresUrl } from './sql.js';
import { GLOBAL_LOCK, GLOBAL_SCOPE, LOCK_NAMESPACE, tenantScope } from './scopes.js';


/** What the engine shares through the store besides data: the clock and the admin fault rules. */
export interface SharedSettingsHooks {
  exportSettings(): Record<string, unknown>;
  importSettings(settings: Record<string, unknown>): void;
  /** Called on the leader after each catch-up on everything (it then sends what fell due). */
  onLeaderTick?(): void;
}

export interface PgStoreOptions {
  vendors?: VendorCollections;
  replicaId?: string;
  /** Connections per replica (default 20, SANDBOX_PG_POOL). */
  poolSize?: number;
  /** How often the leader catches up on every scope (default 250 ms). */
  leaderTickMs?: number;
  /** Checkpoint once the change rows pass this many bytes and the snapshot's size (default 8 MiB, SANDBOX_PG_CHECKPOINT_BYTES). */
  checkpointAtBytes?: number;
  /** Test hook: runs inside a checkpoint's transaction, before its COMMIT (to pause it, or break its connection). */
  checkpointHook?: (client: unknown /* the checkpoint's pg PoolClient; typed loosely so the package's types need no @types/pg */) => Promise<void> | void;
}

const DEFAULT_CHECKPOINT_AT = 8 * 1024 * 1024;

export interface PgStore extends Store {
  readonly replicaId: string;
  bindSettings(hooks: SharedSettingsHooks): void;
  /** Whether this replica is the one sending webhooks. */
  readonly leader: boolean;
  /** A cheap round trip to the database (health). */
  ping(): Promise<void>;
  /** Rate-limit windows and fault budgets counted across replicas. */
  readonly counter: SharedCounter;
  /** The team's request journal (sandbox_journal), read and written by every replica. */
  journal(size?: number): Journal;
}




type Queryable = pg.Pool | pg.PoolClient;

export function createPgStore(url: string, log: ProblemLog = consoleLog, options: PgStoreOptions = {}): PgStore {
  const { connectionString, schema, location } = readUrl(url);
  const replicaId = options.replicaId ?? `replica-${randomBytes(4).toString('hex')}`;
  const specAt: SpecAt = collectionsOf(options.vendors ?? []);
  const poolOptions: pg.PoolConfig = {
    connectionString,
    max: options.poolSize ?? (Number(process.env.SANDBOX_PG_POOL) || 20),
    connectionTimeoutMillis: 5000,
    // A database that stops answering must cost a request a 503 in bounded time, not a hang: a dead peer is noticed
    // by TCP keep-alive, a lock or statement that waits this long means trouble, and no query outlives query_timeout.
    keepAlive: true,
    keepAliveInitialDelayMillis: 5000,
    lock_timeout: 20_000,
    statement_timeout: 30_000,
    query_timeout: 35_000,
    application_name: `referral-sandbox ${replicaId}`,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool(poolOptions);
  // An idle connection that dies: the pool replaces it (its message is enough; the error object holds the whole client).
  pool.on('error', (error) => log.warn(`PostgreSQL connection lost (the pool reconnects): ${error.message}`));
  // A checked-out client whose connection drops emits 'error' too (the pool listens only while it is idle): without a
  // listener that would be an uncaught exception. The query in progress fails, and its caller answers 503.
  pool.on('connect', (client) => client.on('error', (error) => log.warn(`PostgreSQL connection lost mid-transaction: ${error.message}`)));

  let generation = 0;
  let isNew = true;
  let needsSnapshot = false;
  let stale = false;
  let epoch = 0;
  /**
   * The admin change in progress (its client holds the global lock), for the code that runs inside it: its commits go
   * through that client, one at a time. Anything else (a webhook attempt, a timer) commits on its own.
   */
  const sessions = new AsyncLocalStorage<{ client: pg.PoolClient; open: boolean; saving: Promise<void> }>();
  const openSession = () => {
    const session = sessions.getStore();
    return session?.open ? session : undefined;
  };
  const gate = new Gate();
  const mutex = new KeyedMutex();
  /** Counter prefixes to forget at the next admin save (a reset, rate limits switched on or off). */
  const counterClears: string[] = [];
  let hooks: SharedSettingsHooks | undefined;
  const memory = createScopedMemory(specAt, (settings) => hooks?.importSettings(settings));
  const { sink, positions, committing, touched } = memory;

  // ---- reading the database ----

  async function catchUp(on: Queryable, scopes: string[]): Promise<number> {
    const { rows } = await on.query<ChangeRow>(SELECT_SCOPES, [scopes, scopes.map((scope) => positions.get(scope) ?? 0)]);
    if (rows.length === 0 || Number(rows[0].generation) !== generation || rows[0].pruned_past) throw RELOAD;
    return memory.applyRows(rows);
  }

  /** Scopes the database has rows for that this replica has not applied (optionally only one vendor's). */
  async function scopesBehind(on: Queryable, vendor?: string): Promise<string[]> {
    const { rows } = await on.query<{ generation: string; scope: string | null; head: string | null }>(
      `SELECT m.generation, s.scope, s.head FROM sandbox_meta m LEFT JOIN sandbox_scopes s ON ($1::text IS NULL OR s.scope = '${GLOBAL_SCOPE}' OR starts_with(s.scope, $1::text || '/'))`,
      [vendor ?? null],
    );
    if (rows.length === 0 || Number(rows[0].generation) !== generation) throw RELOAD;
    return rows.filter((row) => row.scope !== null && Number(row.head) > (positions.get(row.scope) ?? 0)).map((row) => row.scope!);
  }

  /** Read the snapshot and every row, consistently, and make memory exactly that. */
  async function loadEverything(client: pg.PoolClient): Promise<void> {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const meta = await client.query<{ generation: string; snapshot: string | null; positions: string }>('SELECT generation, snapshot, positions FROM sandbox_meta');
      const rows = await client.query<ChangeRow>('SELECT 0 AS generation, scope, seq, changes FROM sandbox_changes ORDER BY scope, seq');
      await client.query('COMMIT');
      generation = Number(meta.rows[0].generation);
      isNew = meta.rows[0].snapshot === null;
      memory.install(isNew ? emptyDatabase() : (JSON.parse(meta.rows[0].snapshot!) as Database));
      positions.clear();
      // A checkpointed snapshot holds each scope up to its position; the rows after it follow.
      for (const [scope, seq] of Object.entries(JSON.parse(meta.rows[0].positions ?? '{}') as Record<string, number>)) positions.set(scope, seq);
      try {
        memory.applyRows(rows.rows);
      } catch (error) {
        if (error !== RELOAD) throw error;
        throw new Error('the change rows in PostgreSQL have a gap (a row missing in a scope): the database cannot be loaded; reset it or restore a backup');
      }
      stale = false;
      hooks?.importSettings(memory.db.settings ?? {});
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  let reloading: Promise<void> | null = null;
  /** Drop memory and load again (after a failed write, a reset elsewhere, or missed rows); alone in this replica. */
  function reload(): Promise<void> {
    reloading ??= (async () => {
      const release = await gate.exclusive();
      try {
        if (!stale) return;
        await withClient((client) => loadEverything(client));
        epoch += 1;
      } finally {
        release();
        reloading = null;
      }
    })();
    return reloading;
  }

  async function withClient<T>(task: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      const result = await task(client);
      client.release();
      return result;
    } catch (error) {
      client.release(error instanceof Error ? error : undefined); // a broken connection is not reused
      throw error;
    }
  }

  // ---- writing ----


  /**
   * Write each scope's changes as its next row. With `client`, the caller holds the locks and memory was caught up
   * before the changes were made; without, take the locks now, apply what other replicas wrote meanwhile, and
   * apply these changes again on top (they are whole records and values, so the last one written wins everywhere).
   */
  async function writeScopes(changes: Map<string, Change[]>, held?: pg.PoolClient): Promise<void> {
    const scopes = [...changes.keys()];
    const texts = scopes.map((scope) => JSON.stringify(changes.get(scope)));
    const write = async (client: pg.PoolClient) => {
      if (!held) {
        await client.query(lockSql(scopes, scopes.includes(GLOBAL_SCOPE)));
        if ((await catchUp(client, scopes)) > 0) {
          for (const [index, scope] of scopes.entries()) {
            applyChanges(memory.db, JSON.parse(texts[index]) as Change[], specAt);
            memory.afterApply(scope);
          }
        }
      }
      const seqs = scopes.map((scope) => (positions.get(scope) ?? 0) + 1);
      await client.query(INSERT_CHANGES, [scopes, seqs, texts, replicaId]);
      scopes.forEach((scope, index) => committing.set(scope, seqs[index]));
      try {
        await commitOrThrow(client);
        scopes.forEach((scope, index) => positions.set(scope, seqs[index]));
      } finally {
        for (const scope of scopes) committing.delete(scope);
      }
    };
    if (held) return write(held);
    await withClient(async (client) => {
      try {
        await write(client);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /** COMMIT, or throw: on a transaction that failed, PostgreSQL answers COMMIT with a ROLLBACK and no error. */
  async function commitOrThrow(client: pg.PoolClient): Promise<void> {
    const result = await client.query('COMMIT');
    if (result.command !== 'COMMIT') throw new Error('the transaction was rolled back');
  }

  /** Memory may now hold changes the database does not: the next request here reloads first. */
  function failed(error: unknown, what: string): StorageError {
    if (error === RELOAD) {
      stale = true;
      return new StorageError('The database was reset by another replica while this change was being saved; it was not saved.');
    }
    stale = true;
    epoch += 1;
    if (error instanceof StorageError) return error;
    log.error(`team store: could not ${what}; this replica reloads from PostgreSQL before its next request`, error);
    return new StorageError(`The sandbox's PostgreSQL database is unavailable (${(error as Error).message}).`, { cause: error });
  }

  function unavailable(error: unknown): StorageError {
    if (error instanceof StorageError) return error;
    if (error === RELOAD) return new StorageError('The database was reset or changed under this replica; try again.');
    return new StorageError(`The sandbox's PostgreSQL database is unavailable (${(error as Error).message}).`, { cause: error });
  }


  async function writeSnapshot(client: pg.PoolClient): Promise<void> {
    for (const scope of [...sink.dirty(), ...touched.keys()]) memory.cutScope(scope); // the snapshot holds all of it
    const text = JSON.stringify(memory.db);
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ generation: string }>("UPDATE sandbox_meta SET generation = generation + 1, snapshot = $1, positions = '{}', snapshot_bytes = octet_length($1), written_at = now() RETURNING generation", [text]);
      await client.query('DELETE FROM sandbox_changes');
      await client.query('DELETE FROM sandbox_scopes');
      await client.query('DELETE FROM sandbox_counters');
      counterClears.length = 0;
      await client.query('COMMIT');
      generation = Number(rows[0].generation);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    positions.clear();
    memory.rememberGlobal();
    needsSnapshot = false;
    isNew = false;
  }

  /** Inside an admin change: write everything changed (or a new snapshot after a reset). */
  async function commitSession(client: pg.PoolClient): Promise<void> {
    if (hooks) memory.db.settings = hooks.exportSettings();
    if (needsSnapshot) return writeSnapshot(client);
    while (counterClears.length > 0) await client.query('DELETE FROM sandbox_counters WHERE starts_with(key, $1)', [counterClears[0]]).then(() => counterClears.shift());
    const changes = memory.takeChanges([...sink.dirty(), ...touched.keys(), GLOBAL_SCOPE]);
    if (changes.size === 0) return;
    await client.query('BEGIN');
    await writeScopes(changes, client);
  }

  /** Outside any lease: the webhook dispatcher's bookkeeping. */
  async function commitLoose(): Promise<void> {
    const releaseGate = await gate.shared();
    try {
      await commitScopesLoose([...new Set([...sink.dirty(), ...touched.keys(), GLOBAL_SCOPE])]);
    } finally {
      releaseGate();
    }
  }

  /** Write these scopes' changes under their locks (the caller holds the gate). */
  async function commitScopesLoose(scopes: string[]): Promise<void> {
    const releaseScopes = await mutex.lockAll(scopes);
    try {
      if (stale) return; // memory is about to be reloaded; these changes were made on state that is gone
      const changes = memory.takeChanges(scopes);
      if (changes.size > 0) await writeScopes(changes);
    } catch (error) {
      throw failed(error, 'save a change');
    } finally {
      releaseScopes();
    }
  }

  // ---- leases (leases.ts) ----

  const { enter, catchUpRound } = createLeases({
    pool,
    memory,
    gate,
    mutex,
    replicaId,
    get loaded() {
      return loaded;
    },
    isStale: () => stale,
    markStale: () => void (stale = true),
    reload,
    catchUp,
    commitOrThrow,
    commitScopesLoose,
    failed,
    unavailable,
  });

  // ---- catching up outside a request ----

  async function catchUpScopes(vendor?: string): Promise<void> {
    await loaded;
    if (stale) await reload();
    const releaseGate = await gate.shared();
    try {
      const behind = await scopesBehind(pool, vendor);
      if (behind.length === 0) return;
      const releaseScopes = await mutex.lockAll(behind);
      try {
        await catchUp(pool, behind);
      } finally {
        releaseScopes();
      }
    } catch (error) {
      if (error === RELOAD) stale = true;
      else throw unavailable(error);
    } finally {
      releaseGate();
    }
    if (stale) await reload().catch((error) => Promise.reject(unavailable(error)));
  }

  /** Catch up on the global scope (credentials, settings) before a request authenticates. */
  async function refreshGlobal(): Promise<void> {
    await loaded;
    if (stale) await reload().catch((error) => Promise.reject(unavailable(error)));
    try {
      await catchUpRound(GLOBAL_SCOPE);
    } catch (error) {
      if (error !== RELOAD) throw unavailable(error);
      stale = true;
      await reload().catch((reloadError) => Promise.reject(unavailable(reloadError)));
    }
  }

  // ---- admin changes ----

  async function exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    await loaded;
    const releaseGate = await gate.exclusive();
    let client: pg.PoolClient | undefined;
    let locked = false;
    let session: { client: pg.PoolClient; open: boolean; saving: Promise<void> } | undefined;
    try {
      client = await pool.connect();
      await client.query(`SELECT pg_advisory_lock(${LOCK_NAMESPACE}, ${GLOBAL_LOCK})`);
      locked = true;
      try {
        if (stale) throw RELOAD;
        const behind = await scopesBehind(client);
        if (behind.length > 0) await catchUp(client, behind);
      } catch (error) {
        if (error !== RELOAD) throw error;
        stale = true;
        await loadEverything(client);
        epoch += 1;
      }
      session = { client, open: true, saving: Promise.resolve() };
      const result = await sessions.run(session, task);
      await saveInSession(session);
      return result;
    } catch (error) {
      if (session) throw failed(error, 'save an admin change');
      throw unavailable(error);
    } finally {
      if (session) session.open = false;
      if (client) {
        // a failed save leaves its transaction open: roll it back, or the unlock fails and the lock outlives us
        await client.query('ROLLBACK').catch(() => undefined);
        const unlocked = locked ? await client.query(`SELECT pg_advisory_unlock(${LOCK_NAMESPACE}, ${GLOBAL_LOCK})`).then(() => true, () => false) : true;
        client.release(unlocked ? undefined : new Error('could not release the global lock')); // a broken one is closed
      }
      releaseGate();
    }
  }

  /** Save what an admin change made so far, one save at a time on its client. */
  function saveInSession(session: { client: pg.PoolClient; saving: Promise<void> }): Promise<void> {
    const next = session.saving.catch(() => undefined).then(() => commitSession(session.client));
    session.saving = next;
    return next;
  }

  // ---- checkpoints (checkpoint.ts) ----

  const checkpoints = createCheckpoints({
    pool,
    positions,
    serialise: () => JSON.stringify(memory.db),
    exclusive: (task) => exclusive(() => task(openSession()!.client)),
    commitOrThrow,
    atBytes: options.checkpointAtBytes ?? (Number(process.env.SANDBOX_PG_CHECKPOINT_BYTES) || DEFAULT_CHECKPOINT_AT),
    hook: options.checkpointHook,
    log,
  });

  // ---- the leader ----

  const leader = createLeader({
    connection: poolOptions,
    replicaId,
    log,
    tickMs: options.leaderTickMs ?? 250,
    tick: async () => {
      await catchUpScopes();
      hooks?.onLeaderTick?.();
      await checkpoints.runIfDue();
    },
  });

  // ---- start ----

  const loaded: Promise<void> = (async () => {
    await withClient(async (client) => {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await migrate(client);
      await loadEverything(client);
    }).catch((error) => Promise.reject(describeConnectError(error, location)));
    await leader.elect().catch((error) => log.warn('team store: could not take part in the leader election yet', error));
    leader.start();
  })();
  loaded.catch(() => undefined); // reported by whoever awaits it (start-up)

  const store: PgStore = {
    get db() {
      return memory.db;
    },
    location,
    get isNew() {
      return isNew;
    },
    get epoch() {
      return epoch;
    },
    shared: true,
    loaded,
    replicaId,
    get leader() {
      return leader.leading;
    },
    async commit(sinceEpoch) {
      const session = openSession();
      if (session) {
        try {
          await saveInSession(session);
        } catch (error) {
          throw failed(error, 'save an admin change');
        }
      } else await commitLoose();
      if (sinceEpoch !== undefined && sinceEpoch !== epoch) throw new StorageError('This replica reloaded its state from PostgreSQL after a failed write; this change was not saved.');
    },
    settled: () => Promise.resolve(),
    replace(next) {
      if (!openSession()) log.error('team store: a whole database was replaced outside an admin change; it is written at the next admin change', undefined);
      memory.install(next);
      needsSnapshot = true;
    },
    tenantsOf(vendor) {
      return ownEntry<Tenant[]>(memory.db.tenants, vendor, () => []);
    },
    stateOf<S>(vendor: VendorApi<S>, tenantId: string): S {
      const byTenant = ownEntry<Record<string, unknown>>(memory.db.data, vendor.name, () => ({}));
      touched.set(tenantScope(vendor.name, tenantId), [vendor.name, tenantId]);
      if (Object.hasOwn(byTenant, tenantId)) return byTenant[tenantId] as S;
      return memory.putState(vendor.name, tenantId, vendor.emptyState()) as S;
    },
    putState(vendor, tenantId, state) {
      memory.putState(vendor, tenantId, state);
    },
    describe(): StoreDescription {
      return { kind: 'postgres', location, replica_id: replicaId, leader: leader.leading, generation };
    },
    enter,
    refresh: (vendor) => (vendor ? catchUpScopes(vendor) : refreshGlobal()),
    refreshAll: () => catchUpScopes(),
    exclusive,
    bindSettings(next) {
      hooks = next;
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    journal: (size) => createTeamJournal(() => pool, replicaId, size, (message, error) => log.warn(message, error)),
    counter: {
      async increment(key, window) {
        try {
          const { rows } = await pool.query<{ count: string }>(INCREMENT, [key, window]);
          return Number(rows[0].count);
        } catch (error) {
          throw unavailable(error);
        }
      },
      clear(prefix) {
        counterClears.push(prefix);
      },
    },
    async close() {
      await leader.close();
      const release = await gate.exclusive(); // requests in progress finish first
      release();
      await pool.end().catch(() => undefined);
    },
  };


  return store;
}


