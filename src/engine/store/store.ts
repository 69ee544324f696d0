import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Low, Memory } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { OutboxMessage, Tenant, VendorApi } from '../types.js';

export interface Database {
  version: 1;
  /** Credential sets per vendor. */
  tenants: Record<string, Tenant[]>;
  /** Vendor state per vendor, per tenant id. */
  data: Record<string, Record<string, unknown>>;
  outbox: OutboxMessage[];
}

export interface Store {
  readonly db: Database;
  /** ':memory:' or the absolute file path. */
  readonly location: string;
  /** True when there was no file to load (the caller seeds the default scenario). */
  readonly isNew: boolean;
  /** Resolves once everything mutated so far is on disk; concurrent commits share one write (group commit). */
  commit(): Promise<void>;
  replace(db: Database): void;
  tenantsOf(vendor: string): Tenant[];
  stateOf<S>(vendor: VendorApi<S>, tenantId: string): S;
}

export const MEMORY = ':memory:';

export function emptyDatabase(): Database {
  return { version: 1, tenants: {}, data: {}, outbox: [] };
}

/** lowdb over a JSON file (atomic temp-file + rename writes via steno) or over memory. */
export function createStore(location: string = MEMORY): Store {
  const inMemory = location === MEMORY;
  const path = inMemory ? MEMORY : resolve(location);
  const initial = inMemory ? null : readDatabase(path);
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  // Compact JSON: the whole database is serialised per flush, and indentation made that a third slower.
  const adapter = inMemory ? new Memory<Database>() : new DataFile<Database>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) });
  const low = new Low<Database>(adapter, emptyDatabase());
  low.data = initial ?? emptyDatabase();
  const commit = createGroupCommit(() => low.write());

  return {
    get db() {
      return low.data;
    },
    location: path,
    isNew: initial === null,
    commit,
    replace(db) {
      low.data = db;
    },
    tenantsOf(vendor) {
      return (low.data.tenants[vendor] ??= []);
    },
    stateOf<S>(vendor: VendorApi<S>, tenantId: string): S {
      const byTenant = (low.data.data[vendor.name] ??= {});
      return (byTenant[tenantId] ??= vendor.emptyState()) as S;
    },
  };
}

/**
 * Group commit: callers that arrive while a flush is running share the next flush, so N concurrent writes cost
 * at most two serialisations of the database instead of N. Each promise resolves only after a flush that began
 * after its caller's mutation has reached the disk.
 */
export function createGroupCommit(flush: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  return () => {
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
}

// Read synchronously at start-up so createServer() can stay synchronous.
function readDatabase(path: string): Database | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  try {
    const parsed = JSON.parse(text) as Database;
    if (parsed?.version !== 1 || typeof parsed.tenants !== 'object') throw new Error('not a referral-sandbox database');
    parsed.outbox ??= [];
    parsed.data ??= {};
    return parsed;
  } catch (error) {
    throw new Error(`Cannot load the sandbox database ${path}: ${(error as Error).message}. Move it away or point SANDBOX_DB elsewhere.`);
  }
}
