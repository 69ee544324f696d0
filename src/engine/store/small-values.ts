// The small values of a database (tenant credentials, the schema stamp, each tenant state's non-collection fields):
// logged by comparison with what was last logged, since they change by plain assignment. Both stores use it, the
// embedded one for its log lines and the team store per scope.
import type { SpecAt } from './apply-changes.js';
import { Collection, type ChangeSink } from './collection.js';

/** Where a changed value goes: the store's batch (one, or one per scope). */
export interface ValueSink extends ChangeSink {
  set(path: readonly string[], value: unknown): void;
  unset(path: readonly string[]): void;
}

export class SmallValues {
  /** JSON of each small value as last logged, by path. */
  readonly #logged = new Map<string, string>();

  clear(): void {
    this.#logged.clear();
  }

  remember(path: readonly string[], value: unknown): void {
    this.#logged.set(path.join('\u0000'), JSON.stringify(value ?? null));
  }

  /** Remember every small field of a tenant's state as it is (after a load, a seed, or rows from another replica). */
  rememberState(vendor: string, tenant: string, state: unknown): void {
    if (typeof state !== 'object' || state === null) return;
    for (const [field, value] of Object.entries(state)) {
      if (!(value instanceof Collection)) this.remember(['data', vendor, tenant, field], value);
    }
  }

  /** Log the value at a path if it differs from what was last logged; returns whether it did. */
  logIfChanged(path: string[], value: unknown, sink: ValueSink): boolean {
    const key = path.join('\u0000');
    const json = JSON.stringify(value ?? null);
    if (this.#logged.get(key) === json) return false;
    this.#logged.set(key, json);
    sink.set(path, value ?? null);
    return true;
  }

  /**
   * Log what changed in a tenant's state since it was last logged: fields deleted, fields set, and a collection
   * assigned as a plain array (logged whole and indexed again).
   */
  logTenantState(vendor: string, tenant: string, state: Record<string, unknown>, sink: ValueSink, specAt: SpecAt): void {
    const prefix = ['data', vendor, tenant, ''].join('\u0000');
    for (const key of [...this.#logged.keys()]) {
      if (key.startsWith(prefix) && !Object.hasOwn(state, key.slice(prefix.length))) {
        this.#logged.delete(key);
        sink.unset(['data', vendor, tenant, key.slice(prefix.length)]);
      }
    }
    for (const [field, value] of Object.entries(state)) {
      if (value instanceof Collection) continue;
      const at = ['data', vendor, tenant, field];
      const spec = specAt(at);
      if (spec && Array.isArray(value)) {
        state[field] = Collection.over(spec, value as object[], at, sink);
        sink.set(at, state[field]);
        continue;
      }
      this.logIfChanged(at, value, sink);
    }
  }
}
