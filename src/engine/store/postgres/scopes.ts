// Scopes: the unit the team store serialises and logs. Each tenant of each vendor is one scope ("vendor/tenant"),
// holding its vendor data and its outbox messages, webhook endpoints and deliveries; everything else (tenant
// credentials, shared settings) is the global scope. Writers hold their scope's advisory lock across replicas.
import { ChangeBatch, type Change } from '../change-batch.js';
import type { ChangeSink } from '../collection.js';

export const GLOBAL_SCOPE = '_global';

/** Advisory locks are (namespace, key) pairs; the namespace keeps ours apart from anyone else's on the server. */
export const LOCK_NAMESPACE = 0x5a4e_5342; // "ZNSB"
/** Key of the global lock: every tenant write holds it shared, admin changes hold it exclusively. */
export const GLOBAL_LOCK = 0;
export const MIGRATION_LOCK = 1;
export const LEADER_LOCK = 2;

export function tenantScope(vendor: string, tenant: string): string {
  return `${vendor}/${tenant}`;
}

/** The 32-bit key of a scope's lock (FNV-1a): two scopes sharing one only serialise more than needed. */
export function lockKeyOf(scope: string): number {
  if (scope === GLOBAL_SCOPE) return GLOBAL_LOCK;
  let hash = 0x811c9dc5;
  for (let i = 0; i < scope.length; i++) {
    hash ^= scope.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // never 0-2 (the global, migration and leader locks)
  return (hash | 0) >= 0 && (hash | 0) < 3 ? 3 : hash | 0;
}

/** Which scope a change at `path` belongs to; engine collections file each record under its own tenant. */
export function scopeOf(path: readonly string[], record?: object): string {
  if (path[0] === 'data' && path.length >= 3) return tenantScope(path[1], path[2]);
  if ((path[0] === 'outbox' || path[0] === 'webhooks') && record) {
    const { vendor, tenant } = record as { vendor?: unknown; tenant?: unknown };
    if (typeof vendor === 'string' && typeof tenant === 'string') return tenantScope(vendor, tenant);
  }
  return GLOBAL_SCOPE;
}

/** A change sink that keeps one batch per scope, so each scope's changes are written under that scope's lock. */
export class ScopedBatches implements ChangeSink {
  readonly #batches = new Map<string, ChangeBatch>();

  #batch(scope: string): ChangeBatch {
    let batch = this.#batches.get(scope);
    if (!batch) this.#batches.set(scope, (batch = new ChangeBatch()));
    return batch;
  }

  put(path: readonly string[], key: string | number, record: object): void {
    this.#batch(scopeOf(path, record)).put(path, key, record);
  }

  del(path: readonly string[], key: string | number, record?: object): void {
    this.#batch(scopeOf(path, record)).del(path, key);
  }

  whole(path: readonly string[], collection: readonly object[]): void {
    if (path[0] === 'data') return this.#batch(scopeOf(path)).set(path, collection);
    // An engine collection reordered: each record is put again under its own tenant (a shared store keeps no
    // cross-tenant order).
    for (const record of collection) this.put(path, (record as { id: string }).id, record);
  }

  set(path: readonly string[], value: unknown): void {
    this.#batch(scopeOf(path)).set(path, value);
  }

  unset(path: readonly string[]): void {
    this.#batch(scopeOf(path)).unset(path);
  }

  /** Forget pending changes at or under a path another replica just replaced: they were made on a value now gone. */
  dropUnder(path: readonly string[]): void {
    this.#batches.get(scopeOf(path))?.dropUnder(path);
  }

  /** Scopes with changes waiting. */
  dirty(): string[] {
    return [...this.#batches].filter(([, batch]) => batch.size > 0).map(([scope]) => scope);
  }

  cut(scope: string): Change[] {
    const batch = this.#batches.get(scope);
    if (!batch) return [];
    this.#batches.delete(scope);
    return batch.cut();
  }

  clear(): void {
    this.#batches.clear();
  }
}
