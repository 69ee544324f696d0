// The embedded store: a lowdb snapshot (<db>, one JSON document) plus an append-only change log (<db>.log).
//
// Vendor state lives in indexed collections (collection.ts) that report each change; a group commit cuts the
// changes made so far into one log line and fdatasyncs it before any request in it is acknowledged, so a write
// costs the size of its change, not of the database. When the log outgrows the snapshot, a new snapshot is written
// in the background and the log keeps only what came after it. Start-up loads the snapshot and replays the log.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Low, Memory } from 'lowdb';
import { EngineError } from '../errors/engine-error.js';
import { ownEntry } from '../safe-keys.js';
import type { Tenant, VendorApi } from '../types.js';
import { consoleLog, type ProblemLog } from '../logger.js';
import { hydrate, type SpecAt } from './apply-changes.js';
import { ChangeBatch, type Change } from './change-batch.js';
import { ChangeLog, encodeEntry } from './change-log.js';
import { Collection } from './collection.js';
import { collectionsOf, emptyDatabase, type Database, type VendorCollections } from './database.js';
import { lockDatabase, openStores, releaseLock } from './db-lock.js';
import { createGroupCommit } from './group-commit.js';
import { loadDatabase } from './load-database.js';
import { createShadowCheck } from './shadow-check.js';
import { SmallValues } from './small-values.js';
import { SnapshotFile } from './snapshot-file.js';

export { emptyDatabase, type Database } from './database.js';
export { createGroupCommit } from './group-commit.js';
export { readStoredDatabase } from './load-database.js';

export interface Store {
  readonly db: Database;
  /** ':memory:' or the absolute file path of the snapshot. */
  readonly location: string;
  /** True when there was no file to load (the caller seeds the default scenario). */
  readonly isNew: boolean;
  /** Bumped whenever memory is rolled back to the last durable state after a failed write. */
  readonly epoch: number;
  /**
   * Resolves once everything mutated so far is on disk; concurrent commits share one write (group commit).
   * Rejects when the write fails (memory is then rolled back to what is on disk) or, given the epoch read before the
   * caller mutated, when a rollback since then may have discarded the caller's change.
   */
  commit(sinceEpoch?: number): Promise<void>;
  /**
   * Resolves once every write begun so far has reached the disk or been rolled back (never rejects). Reads wait for
   * it, so a read never shows a record whose write may still be lost.
   */
  settled(): Promise<void>;
  replace(db: Database): void;
  tenantsOf(vendor: string): Tenant[];
  stateOf<S>(vendor: VendorApi<S>, tenantId: string): S;
  /** Swap in a tenant's whole state (a checked seed). */
  putState(vendor: string, tenantId: string, state: unknown): void;
  /** What the store is and holds, for /__sandbox/health. */
  describe(): StoreDescription;
  /** Wait for writes in flight, fold the log into a new snapshot, release the file. */
  close(): Promise<void>;
  /** True for the team store: other replicas write the same database, so requests enter a lease first. */
  readonly shared: boolean;
  /** Resolves once the store is loaded (the team store loads from PostgreSQL after it is built). */
  readonly loaded: Promise<void>;
  /**
   * A vendor request's hold on its tenant: the tenant's state is brought up to date and, for a write, no other
   * request here or on another replica writes that tenant until the lease is released. `commit` makes what the
   * request changed durable; `release` always runs (a write's changes are handed in then if not before; what a read
   * changed, such as a tenant's empty state, is saved with the tenant's next write).
   */
  enter(vendor: string, tenant: string, write: boolean): Promise<Lease>;
  /** Catch up on the global settings (credentials, clock, fault rules); with a vendor, on all its tenants too. */
  refresh(vendor?: string): Promise<void>;
  /** Catch up on everything (admin reads, the webhook dispatcher). */
  refreshAll(): Promise<void>;
  /** Run an admin change alone: no request here or on another replica writes meanwhile. */
  exclusive<T>(task: () => Promise<T> | T): Promise<T>;
}

export interface Lease {
  commit(): Promise<void>;
  release(): void;
}

export interface StoreDescription {
  kind: 'file' | 'memory' | 'postgres';
  location: string;
  /** Team store: this process among the replicas, and whether it is the one sending webhooks. */
  replica_id?: string;
  leader?: boolean;
  generation?: number;
  /** Bytes in the change log waiting for the next compaction. */
  log_bytes?: number;
  log_sequence?: number;
}

export interface StoreOptions {
  /** The vendors whose collections the store indexes (VendorApi.collections). */
  vendors?: VendorCollections;
  /** Compact once the log passes this many bytes and the snapshot's size (default 64 MiB). */
  compactAtBytes?: number;
  /** Replay every batch onto a shadow copy and fail loudly if it differs from memory (default: SANDBOX_VERIFY_LOG=1). */
  verify?: boolean;
  /** Test hook: called before each disk write; a throw acts as that write's I/O error (disk full, EIO). */
  failpoint?: (step: 'append' | 'sync' | 'snapshot') => void;
}

export const MEMORY = ':memory:';

/** A write that did not reach the disk; its change is no longer in memory either. Vendors answer it 503. */
export class StorageError extends EngineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('storage_unavailable', message);
    this.name = 'StorageError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

const DEFAULT_COMPACT_AT = 64 * 1024 * 1024;
/** A tenant state put whole (a seed) with this many records goes to a new snapshot rather than to the log. */
const SNAPSHOT_AT_RECORDS = 50_000;
const recordsIn = (state: unknown) => (state && typeof state === 'object' ? Object.values(state).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0) : 0);

/** A database folder the sandbox cannot create or write to: one line naming the path and the way out. */
function describeUnwritable(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code || !['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC', 'EEXIST'].includes(code)) return error;
  const why = { EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOTDIR: 'a part of the path is a file', ENOSPC: 'no space left', EEXIST: 'a part of the path is a file' }[code];
  return new Error(`cannot write the database ${path} (${code}: ${why}); pass --db a writable path, or --db :memory:`);
}

export function createStore(location: string = MEMORY, log: ProblemLog = consoleLog, options: StoreOptions = {}): Store {
  const inMemory = location === MEMORY;
  const path = inMemory ? MEMORY : resolve(location);
  const logPath = `${path}.log`;
  const specAt: SpecAt = collectionsOf(options.vendors ?? []);
  const verify = options.verify ?? process.env.SANDBOX_VERIFY_LOG === '1';
  const compactAt = options.compactAtBytes ?? DEFAULT_COMPACT_AT;
  const failpoint = options.failpoint ?? (() => undefined);

  if (!inMemory) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      lockDatabase(path);
    } catch (error) {
      throw describeUnwritable(error, path);
    }
  }
  const loaded = inMemory ? null : loadDatabase(path, specAt);
  const snapshotFile = inMemory ? null : new SnapshotFile(path, (message, error) => log.warn(message, error));
  const low = new Low<Database>(snapshotFile ?? new Memory<Database>(), emptyDatabase());

  let batch = new ChangeBatch();
  /** Small values (fields of tenant states, the tenant list) as last logged. */
  const smallValues = new SmallValues();
  /** Tenants handed out since the last cut: their small fields are compared then. */
  const touched = new Map<string, [vendor: string, tenant: string]>();
  let sequence = loaded?.sequence ?? 0;
  let logSize = loaded?.logSize ?? 0;
  let changeLog: ChangeLog | undefined;
  let needsSnapshot = loaded === null; // a new file, or a replaced database
  let snapshotBytes = 0;
  let compacting: Promise<void> | null = null;
  /** Bumped by every whole snapshot (new file, reset): a compaction that started before one is stale. */
  let generation = 0;
  let snapshotWrites: Promise<unknown> = Promise.resolve();
  /** Snapshot writes never overlap, so an older snapshot can never be renamed over a newer one. */
  const oneSnapshotAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = snapshotWrites.catch(() => undefined).then(task);
    snapshotWrites = run;
    return run;
  };
  let epoch = 0;
  /** Set when memory can no longer be trusted to match the disk (a rollback that failed, another store on the file). */
  let broken: Error | undefined;
  const shadow = verify ? createShadowCheck(specAt) : null;

  const install = (db: Database) => {
    low.data = hydrate(db, [], specAt) as Database;
    attachCollections(low.data);
    smallValues.clear();
    touched.clear();
    rememberSmallValues(low.data);
    shadow?.resetFrom(JSON.stringify(low.data));
  };
  install(loaded?.db ?? emptyDatabase());
  if (loaded?.torn) log.warn(loaded.torn);

  function attachCollections(db: Database): void {
    const attach = (value: unknown, at: string[]) => {
      if (value instanceof Collection) value.attach(at, batch);
    };
    attach(db.outbox, ['outbox']);
    attach(db.webhooks.deliveries, ['webhooks', 'deliveries']);
    attach(db.webhooks.endpoints, ['webhooks', 'endpoints']);
    for (const [vendor, byTenant] of Object.entries(db.data)) {
      for (const [tenant, state] of Object.entries(byTenant)) attachState(vendor, tenant, state);
    }
  }

  function attachState(vendor: string, tenant: string, state: unknown): void {
    if (typeof state !== 'object' || state === null) return;
    for (const [field, value] of Object.entries(state)) {
      if (value instanceof Collection) value.attach(['data', vendor, tenant, field], batch);
    }
  }

  function rememberSmallValues(db: Database): void {
    smallValues.remember(['tenants'], db.tenants);
    smallValues.remember(['schema_revision'], db.schema_revision);
    for (const [vendor, byTenant] of Object.entries(db.data)) {
      for (const [tenant, state] of Object.entries(byTenant)) smallValues.rememberState(vendor, tenant, state);
    }
  }

  /** Everything changed since the last cut, as log changes: collection changes as they came, small values by diff. */
  function cutChanges(): Change[] {
    const db = low.data;
    // Engine collections swapped for plain arrays (a filter assigned back) are logged whole and indexed again.
    for (const at of [['outbox'], ['webhooks', 'deliveries'], ['webhooks', 'endpoints']] as const) {
      const parent = (at.length === 1 ? db : db.webhooks) as unknown as Record<string, unknown>;
      const name = at[at.length - 1];
      if (!(parent[name] instanceof Collection)) {
        parent[name] = Collection.over(specAt(at)!, parent[name] as object[], at, batch);
        batch.set([...at], parent[name]);
      }
    }
    smallValues.logIfChanged(['tenants'], db.tenants, batch);
    smallValues.logIfChanged(['schema_revision'], db.schema_revision, batch);
    for (const [vendor, tenant] of touched.values()) {
      const state = db.data[vendor]?.[tenant] as Record<string, unknown> | undefined;
      if (state) smallValues.logTenantState(vendor, tenant, state, batch, specAt);
    }
    touched.clear();
    return batch.cut();
  }

  /** Verification mode: the bytes just logged, replayed onto the shadow, must give exactly what memory holds. */
  function checkAgainstShadow(entryJson: string | null, snapshotText: string | null): void {
    if (!shadow) return;
    if (snapshotText !== null) return shadow.resetFrom(snapshotText);
    const where = shadow.replayAndCompare(entryJson, low.data);
    if (where === undefined) return;
    const error = new StorageError(`change log verification failed: ${where} changed in memory without reaching the log (mutate records through their collection: push, update, remove)`);
    log.error(error.message, undefined);
    throw error;
  }

  async function writeSnapshotNow(): Promise<void> {
    generation += 1;
    low.data.log_sequence = sequence;
    const text = JSON.stringify(low.data);
    cutChanges(); // the snapshot holds all of it
    checkAgainstShadow(null, text);
    await oneSnapshotAtATime(async () => {
      failpoint('snapshot');
      await snapshotFile!.writeText(text);
    });
    snapshotBytes = Buffer.byteLength(text);
    changeLog ??= await ChangeLog.open(logPath, logSize, () => failpoint('sync'));
    await changeLog.dropBefore(changeLog.size);
    logSize = 0;
    needsSnapshot = false;
  }

  async function appendBatch(): Promise<void> {
    const changes = cutChanges();
    if (changes.length === 0) {
      checkAgainstShadow(null, null);
      return;
    }
    const next = sequence + 1;
    const line = encodeEntry(next, changes);
    checkAgainstShadow(line.slice(9), null);
    // Compaction serialises now, while memory holds exactly what this entry and those before it hold.
    const snapshotText = !compacting && logSize + line.length > Math.max(compactAt, snapshotBytes) ? JSON.stringify({ ...low.data, log_sequence: next }) : null;
    failpoint('append');
    changeLog ??= await ChangeLog.open(logPath, logSize, () => failpoint('sync'));
    await changeLog.append(line);
    sequence = next;
    logSize = changeLog.size;
    if (snapshotText) compacting = compact(snapshotText, changeLog.size, generation);
  }

  /** In the background: write the snapshot, then drop the log entries it holds (appends continue meanwhile). */
  async function compact(text: string, heldUpTo: number, startedIn: number): Promise<void> {
    try {
      const written = await oneSnapshotAtATime(async () => {
        if (generation !== startedIn) return false; // a whole snapshot came since: this one is older
        failpoint('snapshot');
        await snapshotFile!.writeText(text);
        return true;
      });
      if (!written) return;
      snapshotBytes = Buffer.byteLength(text);
      await groupCommit.exclusive(async () => {
        if (generation !== startedIn) return; // that snapshot emptied the log already
        await changeLog!.dropBefore(heldUpTo);
        logSize = changeLog!.size;
      });
    } catch (error) {
      log.warn(`could not compact ${path}; the log keeps growing until the next try`, error);
    } finally {
      compacting = null;
    }
  }

  const flush = async () => {
    if (broken) throw new StorageError(`The sandbox cannot save changes any more (${broken.message}); restart it.`);
    if (inMemory) {
      const changes = cutChanges();
      if (verify) checkAgainstShadow(JSON.stringify({ c: changes }), null);
      return;
    }
    try {
      if (needsSnapshot) await writeSnapshotNow();
      else await appendBatch();
    } catch (error) {
      if (error instanceof StorageError) throw error; // verification: memory is as the handler left it
      // Nothing unacknowledged may stay visible: go back to what the disk holds, and fail every waiting caller.
      epoch += 1;
      try {
        const durable = loadDatabase(path, specAt, logSize);
        batch = new ChangeBatch();
        install(durable?.db ?? emptyDatabase());
        if (durable) sequence = durable.sequence;
      } catch (reloadError) {
        // Memory may hold changes no log entry has: nothing more may be written from it.
        broken = reloadError as Error;
        log.error(`could not reload ${path} after a failed write; the sandbox refuses writes until restarted`, reloadError);
      }
      log.error(`could not write ${needsSnapshot ? path : logPath}; unacknowledged changes were rolled back`, error);
      throw new StorageError(`The sandbox could not save the change: ${(error as Error).message}`, { cause: error });
    }
  };
  const groupCommit = createGroupCommit(flush);

  // This store's entry among the open ones (db-lock.ts): closed at a clean stop, retired if the file is opened again.
  const registration = {
    close: () => store.close(),
    retire: () => {
      broken ??= new Error(`${path} was opened again in this process`);
      void changeLog?.close().catch(() => undefined); // its handle would otherwise stay open until garbage collection
    },
  };
  const store: Store = {
    get db() {
      return low.data;
    },
    shared: false,
    loaded: Promise.resolve(),
    async enter(_vendor, _tenant, write) {
      // A read waits for the writes in flight: it never shows a record whose write may still fail and be rolled back.
      if (!write) await store.settled();
      const since = epoch;
      return { commit: () => store.commit(since), release: () => undefined };
    },
    refresh: () => store.settled(),
    refreshAll: () => store.settled(),
    exclusive: async (task) => task(),
    location: path,
    isNew: loaded === null,
    get epoch() {
      return epoch;
    },
    async commit(sinceEpoch) {
      await groupCommit();
      if (sinceEpoch !== undefined && sinceEpoch !== epoch) {
        throw new StorageError('The sandbox rolled back unsaved changes after a failed write; this change was not saved.');
      }
    },
    settled() {
      return groupCommit.pending().catch(() => undefined);
    },
    replace(db) {
      batch = new ChangeBatch();
      install(db);
      needsSnapshot = true;
    },
    tenantsOf(vendor) {
      return ownEntry(low.data.tenants, vendor, () => []);
    },
    stateOf<S>(vendor: VendorApi<S>, tenantId: string): S {
      const byTenant = ownEntry<Record<string, unknown>>(low.data.data, vendor.name, () => ({}));
      touched.set(`${vendor.name}\u0000${tenantId}`, [vendor.name, tenantId]);
      if (Object.hasOwn(byTenant, tenantId)) return byTenant[tenantId] as S;
      return putState(vendor.name, tenantId, vendor.emptyState()) as S;
    },
    putState(vendor, tenantId, state) {
      putState(vendor, tenantId, state);
    },
    describe() {
      return inMemory ? { kind: 'memory', location: path } : { kind: 'file', location: path, log_bytes: logSize, log_sequence: sequence };
    },
    async close() {
      await store.settled();
      if (compacting) await compacting;
      if (!inMemory && (logSize > 0 || needsSnapshot)) {
        await groupCommit.exclusive(() => writeSnapshotNow()).catch((error) => log.warn(`could not compact ${path} at shutdown; the log is replayed at the next start`, error));
      }
      await changeLog?.close();
      changeLog = undefined;
      if (openStores.get(path) === registration) openStores.delete(path);
      if (!inMemory) releaseLock(path);
    },
  };

  function putState(vendor: string, tenantId: string, state: unknown): unknown {
    const byTenant = ownEntry<Record<string, unknown>>(low.data.data, vendor, () => ({}));
    ownEntry(byTenant, tenantId, () => state);
    const at = ['data', vendor, tenantId];
    byTenant[tenantId] = hydrate(state, at, specAt);
    attachState(vendor, tenantId, byTenant[tenantId]);
    smallValues.rememberState(vendor, tenantId, byTenant[tenantId]);
    batch.set(at, byTenant[tenantId]);
    // A large seed would be logged whole and then, being larger than the log may grow, compacted at once: write the
    // snapshot instead (one serialisation, one fsync; 1M subscribers are about 370 MB either way).
    if (recordsIn(state) >= SNAPSHOT_AT_RECORDS) needsSnapshot = true;
    return byTenant[tenantId];
  }

  if (!inMemory) {
    // A second store on the same file in this process (a restart inside a test) takes the file over: the first one
    // refuses writes from now on, so two never append to one log.
    openStores.get(path)?.retire();
    openStores.set(path, registration);
  }
  return store;
}

