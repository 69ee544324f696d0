// The team store's memory: the whole database, as the embedded store holds it, with its changes kept per scope.
// It knows nothing of PostgreSQL: rows go in through applyRows, changes come out through takeChanges.
import { ownEntry } from '../../safe-keys.js';
import { applyChanges, hydrate, type SpecAt } from '../apply-changes.js';
import type { Change } from '../change-batch.js';
import { Collection } from '../collection.js';
import { emptyDatabase, type Database } from '../database.js';
import { SmallValues } from '../small-values.js';
import { GLOBAL_SCOPE, ScopedBatches } from './scopes.js';

/** Thrown when memory cannot follow the rows (one is missing): the replica reloads everything, then tries again. */
export const RELOAD = Symbol('reload');

/** A row of sandbox_changes as the catch-up query returns it (null columns: no rows, only the generation). */
export interface ChangeRow {
  generation: string;
  scope: string | null;
  seq: string | null;
  changes: string | null;
  /** A scope asked for was pruned past this replica's position (a checkpoint deleted rows it never applied). */
  pruned_past?: boolean;
}

export type ScopedMemory = ReturnType<typeof createScopedMemory>;

export function createScopedMemory(specAt: SpecAt, onSettings: (settings: Record<string, unknown>) => void) {
  let db: Database = emptyDatabase();
  const sink = new ScopedBatches();
  /** The last row of each scope applied to memory. */
  const positions = new Map<string, number>();
  /** Rows this replica is committing (already in memory): a read's catch-up must not apply them again. */
  const committing = new Map<string, number>();
  /** Small values (fields of tenant states, credentials, settings) as last written or read. */
  const smallValues = new SmallValues();
  /** The settings (clock, fault rules) as last handed to the engine. */
  let settingsSeen = 'null';
  /** Tenant scopes handed out since their last cut: their small fields are compared then. */
  const touched = new Map<string, [vendor: string, tenant: string]>();

  function install(next: Database): void {
    db = hydrate(next, [], specAt) as Database;
    sink.clear();
    smallValues.clear();
    settingsSeen = JSON.stringify(next.settings ?? null);
    touched.clear();
    attachEngineCollections();
    for (const [vendor, byTenant] of Object.entries(db.data)) for (const tenant of Object.keys(byTenant)) attachState(vendor, tenant);
    rememberGlobal();
    for (const [vendor, byTenant] of Object.entries(db.data)) for (const tenant of Object.keys(byTenant)) rememberFields(vendor, tenant);
  }

  function attachEngineCollections(): void {
    for (const [parent, name, at] of [[db, 'outbox', ['outbox']], [db.webhooks, 'deliveries', ['webhooks', 'deliveries']], [db.webhooks, 'endpoints', ['webhooks', 'endpoints']]] as const) {
      const value = (parent as unknown as Record<string, unknown>)[name];
      if (value instanceof Collection) value.attach(at, sink);
      else (parent as unknown as Record<string, unknown>)[name] = Collection.over(specAt(at)!, (value as object[]) ?? [], at, sink);
    }
  }

  function attachState(vendor: string, tenant: string): void {
    const state = db.data[vendor]?.[tenant];
    if (typeof state !== 'object' || state === null) return;
    for (const [field, value] of Object.entries(state)) {
      if (value instanceof Collection) value.attach(['data', vendor, tenant, field], sink);
    }
  }

  function rememberGlobal(): void {
    smallValues.remember(['tenants'], db.tenants);
    smallValues.remember(['schema_revision'], db.schema_revision);
    smallValues.remember(['settings'], db.settings);
  }

  function rememberFields(vendor: string, tenant: string): void {
    smallValues.rememberState(vendor, tenant, db.data[vendor]?.[tenant]);
  }

  /** A scope's changes since its last cut: collection changes as made, small values by comparison. */
  function cutScope(scope: string): Change[] {
    if (scope === GLOBAL_SCOPE) {
      smallValues.logIfChanged(['tenants'], db.tenants, sink);
      smallValues.logIfChanged(['schema_revision'], db.schema_revision, sink);
      smallValues.logIfChanged(['settings'], db.settings, sink);
      return sink.cut(scope);
    }
    const owner = touched.get(scope);
    touched.delete(scope);
    const state = owner ? (db.data[owner[0]]?.[owner[1]] as Record<string, unknown> | undefined) : undefined;
    if (owner && state) smallValues.logTenantState(owner[0], owner[1], state, sink, specAt);
    return sink.cut(scope);
  }

  /** Apply rows read from the database (their scope's next rows, in order). */
  function applyRows(rows: ChangeRow[]): number {
    let applied = 0;
    for (const row of rows) {
      if (row.scope === null || row.seq === null || row.changes === null) continue;
      const seq = Number(row.seq);
      const at = positions.get(row.scope) ?? 0;
      if (seq <= at || committing.get(row.scope) === seq) continue;
      if (seq !== at + 1) throw RELOAD; // rows this replica never saw are gone (compacted): start over
      const changes = JSON.parse(row.changes) as Change[];
      // A value another replica replaced (a whole tenant state, a field) wins over what this replica had pending on it.
      for (const [kind, path] of changes) if (kind === 's' || kind === 'x') sink.dropUnder(path);
      applyChanges(db, changes, specAt);
      positions.set(row.scope, seq);
      afterApply(row.scope);
      applied += 1;
    }
    return applied;
  }

  function afterApply(scope: string): void {
    if (scope === GLOBAL_SCOPE) {
      rememberGlobal();
      const settings = JSON.stringify(db.settings ?? null);
      if (settings !== settingsSeen) onSettings(db.settings ?? {});
      settingsSeen = settings;
      return;
    }
    const slash = scope.indexOf('/');
    const [vendor, tenant] = [scope.slice(0, slash), scope.slice(slash + 1)];
    attachState(vendor, tenant);
    rememberFields(vendor, tenant);
  }

  function takeChanges(scopes: Iterable<string>): Map<string, Change[]> {
    const changes = new Map<string, Change[]>();
    for (const scope of new Set(scopes)) {
      const cut = cutScope(scope);
      if (cut.length > 0) changes.set(scope, cut);
    }
    return changes;
  }

  function putState(vendor: string, tenantId: string, state: unknown): unknown {
    const byTenant = ownEntry<Record<string, unknown>>(db.data, vendor, () => ({}));
    ownEntry(byTenant, tenantId, () => state);
    const at = ['data', vendor, tenantId];
    byTenant[tenantId] = hydrate(state, at, specAt);
    attachState(vendor, tenantId);
    rememberFields(vendor, tenantId);
    sink.set(at, byTenant[tenantId]);
    return byTenant[tenantId];
  }

  return {
    get db() {
      return db;
    },
    sink,
    positions,
    committing,
    touched,
    install,
    cutScope,
    takeChanges,
    applyRows,
    afterApply,
    rememberGlobal,
    putState,
  };
}
