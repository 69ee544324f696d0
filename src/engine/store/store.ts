import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low, Memory, type Adapter } from 'lowdb';
import { ownEntry } from '../safe-keys.js';
import type { OutboxMessage, Tenant, VendorApi } from '../types.js';
import type { WebhookDelivery, WebhookEndpoint } from '../webhooks/types.js';
import { consoleLog, type ProblemLog } from '../logger.js';

export interface Database {
  version: 1;
  /** Credential sets per vendor. */
  tenants: Record<string, Tenant[]>;
  /** Vendor state per vendor, per tenant id. */
  data: Record<string, Record<string, unknown>>;
  outbox: OutboxMessage[];
  /** Admin-configured receivers and the delivery log (pending deliveries are state: they survive a restart). */
  webhooks: { endpoints: WebhookEndpoint[]; deliveries: WebhookDelivery[] };
}

export interface Store {
  readonly db: Database;
  /** ':memory:' or the absolute file path. */
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
}

export const MEMORY = ':memory:';

/** A write that did not reach the disk; its change is no longer in memory either. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function emptyDatabase(): Database {
  return { version: 1, tenants: {}, data: {}, outbox: [], webhooks: { endpoints: [], deliveries: [] } };
}

/** lowdb over a JSON file (fsynced temp file + rename + fsynced directory) or over memory. */
export function createStore(location: string = MEMORY, log: ProblemLog = consoleLog): Store {
  const inMemory = location === MEMORY;
  const path = inMemory ? MEMORY : resolve(location);
  const initial = inMemory ? null : readDatabase(path);
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const adapter: Adapter<Database> = inMemory ? new Memory<Database>() : new DurableJsonFile(path, log);
  const low = new Low<Database>(adapter, emptyDatabase());
  low.data = initial ?? emptyDatabase();
  let epoch = 0;

  const flush = async () => {
    try {
      await low.write();
    } catch (error) {
      // Nothing written may stay visible: go back to what the disk holds, and fail every waiting caller.
      epoch += 1;
      low.data = readDatabase(path) ?? emptyDatabase();
      log.error(`could not write ${path}; unacknowledged changes were rolled back`, error);
      throw new StorageError(`The sandbox could not save the change to ${path}: ${(error as Error).message}`, { cause: error });
    }
  };
  const groupCommit = createGroupCommit(flush);
  if (!inMemory) lockDatabase(path);

  return {
    get db() {
      return low.data;
    },
    location: path,
    isNew: initial === null,
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
      low.data = db;
    },
    tenantsOf(vendor) {
      return ownEntry(low.data.tenants, vendor, () => []);
    },
    stateOf<S>(vendor: VendorApi<S>, tenantId: string): S {
      const byTenant = ownEntry(low.data.data, vendor.name, () => ({}));
      return ownEntry(byTenant, tenantId, () => vendor.emptyState()) as S;
    },
    putState(vendor, tenantId, state) {
      const byTenant = ownEntry<Record<string, unknown>>(low.data.data, vendor, () => ({}));
      ownEntry(byTenant, tenantId, () => state);
      byTenant[tenantId] = state;
    },
  };
}

/**
 * Acknowledged means fsynced: the temp file is flushed to disk before the rename, and the directory after it, so a
 * power cut leaves either the old file or the new one. The temp name carries the pid, so two processes never share it.
 */
class DurableJsonFile implements Adapter<Database> {
  constructor(
    private readonly path: string,
    private readonly log: ProblemLog,
  ) {}

  async read(): Promise<Database | null> {
    return readDatabase(this.path);
  }

  async write(data: Database): Promise<void> {
    const text = JSON.stringify(data); // compact: the whole database is serialised per flush
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      const file = await open(temp, 'w');
      try {
        await file.writeFile(text);
        await file.datasync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    // The rename is the commit point: a failed directory sync after it is logged, not reported as a lost write
    // (the new file is already what a restart reads).
    try {
      const dir = await open(dirname(this.path), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch (error) {
      this.log.warn(`could not fsync the directory of ${this.path}`, error);
    }
  }
}

/**
 * Group commit: callers that arrive while a flush is running share the next flush, so N concurrent writes cost
 * at most two serialisations of the database instead of N. Each promise resolves only after a flush that began
 * after its caller's mutation has reached the disk.
 */
export function createGroupCommit(flush: () => Promise<void>): (() => Promise<void>) & { pending(): Promise<void> } {
  let inFlight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const commit = () => {
    if (next) return next;
    const waitFor = inFlight ? inFlight.catch(() => undefined) : Promise.resolve();
    const scheduled: Promise<void> = waitFor.then(() => {
      next = null; // callers from here on need a later flush; this one serialises the data as it is now
      const current = flush();
      inFlight = current;
      return current.finally(() => {
        if (inFlight === current) inFlight = null;
      });
    });
    next = scheduled;
    return scheduled;
  };
  // The latest write scheduled or running: waiting for it covers every mutation made before the call.
  return Object.assign(commit, { pending: () => next ?? inFlight ?? Promise.resolve() });
}

/**
 * One process per database file: a second sandbox on the same file would overwrite the first one's acknowledged
 * writes. The lock file holds the owner's pid; a lock left by a process that is gone is taken over.
 */
function lockDatabase(path: string): void {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      holdLock(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (owner === process.pid) return; // this process reopens its own database (a restart inside tests)
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(`The sandbox database ${path} is in use by process ${owner} (${lock}); stop that sandbox, point --db elsewhere, or delete the lock file if that process is not a sandbox.`);
      }
      unlinkSync(lock); // left by a process that is gone
    }
  }
}

/** Lock files this process holds, removed when it exits (also on Ctrl-C or a container stop). */
const heldLocks = new Set<string>();

function holdLock(lock: string): void {
  if (heldLocks.size === 0) {
    process.once('exit', () => {
      for (const held of heldLocks) {
        try {
          if (readFileSync(held, 'utf8') === String(process.pid)) unlinkSync(held);
        } catch {
          // already gone
        }
      }
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // Exit as the signal would have, so the exit handler runs; only when nobody else handles the signal.
      if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
    }
  }
  heldLocks.add(lock);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Read synchronously at start-up so createServer() can stay synchronous.
function readDatabase(path: string): Database | null {
  if (path === MEMORY || !existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  try {
    const parsed = JSON.parse(text) as Database;
    if (parsed?.version !== 1 || typeof parsed.tenants !== 'object') throw new Error('not a referral-sandbox database');
    parsed.outbox ??= [];
    parsed.data ??= {};
    parsed.webhooks ??= { endpoints: [], deliveries: [] };
    return parsed;
  } catch (error) {
    throw new Error(`Cannot load the sandbox database ${path}: ${(error as Error).message}. Move it away or point SANDBOX_DB elsewhere.`);
  }
}
