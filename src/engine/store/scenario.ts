import { EngineError } from '../errors/engine-error.js';
import type { IdSource, ScenarioDocument, VendorApi } from '../types.js';
import { isPlainObject, mergeInto } from './merge.js';
import type { Store } from './store.js';

export const DEFAULT_TENANT = 'default';

/** Merge a scenario document into the store: tenants are created or updated, their data merged. */
export function applyScenario(store: Store, vendors: VendorApi[], doc: ScenarioDocument, ids: IdSource): void {
  checkScenario(vendors, doc);
  for (const [name, scenario] of Object.entries(doc)) {
    const vendor = vendors.find((v) => v.name === name)!;
    for (const entry of scenario.tenants) {
      const tenants = store.tenantsOf(name);
      let tenant = tenants.find((t) => t.id === entry.id);
      if (!tenant) {
        tenant = { id: entry.id, credentials: entry.id === DEFAULT_TENANT ? { ...vendor.defaultCredentials } : vendor.newCredentials(ids) };
        tenants.push(tenant);
      }
      if (entry.credentials) Object.assign(tenant.credentials, entry.credentials);
      const state = store.stateOf(vendor, tenant.id);
      if (entry.data === undefined) continue;
      if (vendor.seed) vendor.seed(state, entry.data, ids);
      else mergeInto(state as Record<string, unknown>, entry.data as Record<string, unknown>);
    }
  }
}

/** Every vendor gets its default tenant, so the well-known credentials work even in the empty scenario. */
export function ensureDefaultTenants(store: Store, vendors: VendorApi[]): void {
  for (const vendor of vendors) {
    const tenants = store.tenantsOf(vendor.name);
    if (!tenants.some((t) => t.id === DEFAULT_TENANT)) tenants.push({ id: DEFAULT_TENANT, credentials: { ...vendor.defaultCredentials } });
    store.stateOf(vendor, DEFAULT_TENANT);
  }
}

function checkScenario(vendors: VendorApi[], doc: unknown): asserts doc is ScenarioDocument {
  const fail = (message: string) => {
    throw new EngineError('invalid_request', message);
  };
  if (!isPlainObject(doc)) fail('A scenario document is an object keyed by vendor name.');
  for (const [name, scenario] of Object.entries(doc as object)) {
    if (!vendors.some((v) => v.name === name)) fail(`Unknown vendor "${name}"; known: ${vendors.map((v) => v.name).join(', ')}.`);
    if (!isPlainObject(scenario) || !Array.isArray(scenario.tenants)) fail(`${name}: expected {"tenants": [...]}.`);
    for (const entry of (scenario as { tenants: unknown[] }).tenants) {
      if (!isPlainObject(entry) || typeof entry.id !== 'string' || entry.id === '') fail(`${name}: every tenant needs a string "id".`);
      if ((entry as { data?: unknown }).data !== undefined && !isPlainObject((entry as { data?: unknown }).data)) fail(`${name}: tenant "data" must be an object.`);
    }
  }
}
