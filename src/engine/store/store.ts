import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
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
  const low = new Low<Database>(inMemory ? new Memory<Database>() : new JSONFile<Database>(path), emptyDatabase());
  low.data = initial ?? emptyDatabase();

  return {
    get db() {
      return low.data;
    },
    location: path,
    isNew: initial === null,
    commit: () => low.write(),
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
