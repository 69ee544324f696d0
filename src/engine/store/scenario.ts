import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { closest } from '../did-you-mean.js';
import { EngineError } from '../errors/engine-error.js';
import { tenantIdProblem } from '../safe-keys.js';
import type { IdSource, ScenarioDocument, Tenant, VendorApi } from '../types.js';
import { isPlainObject, mergeInto } from './merge.js';
import type { Store } from './store.js';

export const DEFAULT_TENANT = 'default';

interface StagedTenant {
  vendor: VendorApi;
  tenant: Tenant;
  isNew: boolean;
  state: unknown;
  /** Where the tenant appears in the document, for error messages. */
  where: string;
  /** Per collection: records before the merge, and the document's records for it (to name a merged record's index in the document). */
  before: Map<string, number>;
  incoming: Map<string, number>;
  entries: number;
}

/** Per "vendor.collection": records the document added, and records it named that were already there (merged into). */
export type SeedSummary = Record<string, { added: number; existing: number }>;

/**
 * Merge a scenario document into the store: tenants are created or updated, their data merged. All or nothing:
 * every tenant's state is merged on a copy and checked against its vendor's state schema; only if every copy passes
 * is anything swapped in, so a bad seed is a 400 naming the path and rule and changes nothing.
 */
export function applyScenario(store: Store, vendors: VendorApi[], doc: ScenarioDocument, ids: IdSource): SeedSummary {
  checkScenario(vendors, doc);
  const staged = new Map<string, StagedTenant>();
  for (const [name, scenario] of Object.entries(doc)) {
    const vendor = vendors.find((v) => v.name === name)!;
    scenario.tenants.forEach((entry, index) => {
      const where = `${name}.tenants[${index}]`;
      const key = `${name}\u0000${entry.id}`;
      let stage = staged.get(key);
      if (!stage) {
        const existing = store.tenantsOf(name).find((t) => t.id === entry.id);
        const credentials = existing
          ? { ...existing.credentials }
          : entry.id === DEFAULT_TENANT
            ? { ...vendor.defaultCredentials }
            : vendor.newCredentials(ids);
        const state = existing ? structuredClone(store.stateOf(vendor, entry.id)) : vendor.emptyState();
        const before = new Map(Object.entries(isPlainObject(state) ? state : {}).flatMap(([k, v]) => (Array.isArray(v) ? [[k, v.length] as const] : [])));
        stage = { vendor, tenant: { id: entry.id, credentials }, isNew: !existing, state, where, before, incoming: new Map(), entries: 0 };
        staged.set(key, stage);
      }
      stage.where = where;
      stage.entries += 1;
      if (isPlainObject(entry.data)) for (const [k, v] of Object.entries(entry.data)) if (Array.isArray(v)) stage.incoming.set(k, (stage.incoming.get(k) ?? 0) + v.length);
      if (entry.credentials) Object.assign(stage.tenant.credentials, entry.credentials);
      if (entry.data === undefined) return;
      if (vendor.seed) vendor.seed(stage.state, entry.data, ids);
      else mergeInto(stage.state as Record<string, unknown>, entry.data as Record<string, unknown>);
    });
  }
  for (const stage of staged.values()) checkState(stage);
  checkCredentialsUnique(store, [...staged.values()]);

  const summary: SeedSummary = {};
  for (const stage of staged.values()) {
    for (const [collection, incoming] of stage.incoming) {
      const now = (stage.state as Record<string, unknown>)[collection];
      const added = Math.max(0, (Array.isArray(now) ? now.length : 0) - (stage.before.get(collection) ?? 0));
      const key = `${stage.vendor.name}.${collection}`;
      const sum = (summary[key] ??= { added: 0, existing: 0 });
      sum.added += added;
      sum.existing += Math.max(0, incoming - added);
    }
  }
  for (const { vendor, tenant, isNew, state } of staged.values()) {
    const tenants = store.tenantsOf(vendor.name);
    if (isNew) tenants.push(tenant);
    else tenants.find((t) => t.id === tenant.id)!.credentials = tenant.credentials;
    store.putState(vendor.name, tenant.id, state);
  }
  return summary;
}

/** Every vendor gets its default tenant, so the well-known credentials work even in the empty scenario. */
export function ensureDefaultTenants(store: Store, vendors: VendorApi[]): void {
  for (const vendor of vendors) {
    const tenants = store.tenantsOf(vendor.name);
    if (!tenants.some((t) => t.id === DEFAULT_TENANT)) tenants.push({ id: DEFAULT_TENANT, credentials: { ...vendor.defaultCredentials } });
    store.stateOf(vendor, DEFAULT_TENANT);
  }
}

function fail(message: string): never {
  throw new EngineError('invalid_request', message.replace(/\?\.$/, '?')); // a question ends the sentence
}

function checkScenario(vendors: VendorApi[], doc: unknown): asserts doc is ScenarioDocument {
  if (!isPlainObject(doc)) fail('A scenario document is an object keyed by vendor name.');
  for (const [name, scenario] of Object.entries(doc as object)) {
    const vendor = vendors.find((v) => v.name === name);
    if (!vendor) fail(`Unknown vendor "${name}"; known: ${vendors.map((v) => v.name).join(', ')}.`);
    if (!isPlainObject(scenario) || !Array.isArray(scenario.tenants)) fail(`${name}: expected {"tenants": [...]}.`);
    (scenario.tenants as unknown[]).forEach((entry, index) => {
      const where = `${name}.tenants[${index}]`;
      if (!isPlainObject(entry)) fail(`${where}: a tenant is an object with an "id".`);
      const problem = tenantIdProblem(entry.id);
      if (problem) fail(`${where}.id: ${problem}.`);
      if (entry.data !== undefined && !isPlainObject(entry.data)) fail(`${where}.data: tenant "data" must be an object.`);
      if (entry.credentials !== undefined) checkCredentials(vendor, entry.credentials, `${where}.credentials`);
    });
  }
}

/** Credentials are keyed by the vendor's security scheme names and are non-empty strings. */
function checkCredentials(vendor: VendorApi, credentials: unknown, where: string): void {
  if (!isPlainObject(credentials)) fail(`${where}: credentials are an object keyed by security scheme name.`);
  const schemes = Object.keys(vendor.defaultCredentials);
  for (const [scheme, value] of Object.entries(credentials)) {
    if (!schemes.includes(scheme)) fail(`${where}.${scheme}: unknown security scheme; ${vendor.name} has ${schemes.join(', ')}.`);
    if (typeof value !== 'string' || value.trim() === '' || value.length > 256) fail(`${where}.${scheme}: a credential is a non-empty string of at most 256 characters.`);
  }
}

/** No two tenants of a vendor may hold the same credential, or a key would silently act as whichever comes first. */
function checkCredentialsUnique(store: Store, staged: StagedTenant[]): void {
  const byVendor = new Map<string, StagedTenant[]>();
  for (const stage of staged) byVendor.set(stage.vendor.name, [...(byVendor.get(stage.vendor.name) ?? []), stage]);
  for (const [vendor, stages] of byVendor) {
    const stagedIds = new Set(stages.map((s) => s.tenant.id));
    const tenants = [...store.tenantsOf(vendor).filter((t) => !stagedIds.has(t.id)), ...stages.map((s) => s.tenant)];
    const owner = new Map<string, string>();
    for (const tenant of tenants) {
      for (const [scheme, value] of Object.entries(tenant.credentials)) {
        const other = owner.get(`${scheme}\u0000${value}`);
        if (other !== undefined && other !== tenant.id) fail(`${vendor}: tenants "${other}" and "${tenant.id}" would share the ${scheme} credential.`);
        owner.set(`${scheme}\u0000${value}`, tenant.id);
      }
    }
  }
}

const stateValidators = new WeakMap<object, ValidateFunction>();
let stateAjv: Ajv2020 | undefined;

function checkState(stage: Pick<StagedTenant, 'vendor' | 'state' | 'where'> & Partial<StagedTenant>): void {
  const { vendor, state, where } = stage;
  if (!vendor.stateSchema) return;
  let validate = stateValidators.get(vendor.stateSchema);
  if (!validate) {
    validate = ajv().compile(vendor.stateSchema);
    stateValidators.set(vendor.stateSchema, validate);
  }
  if (validate(state)) {
    const problem = vendor.checkState?.(state);
    if (problem) fail(`${where}.data${problem.path}: ${problem.message}.`);
    return;
  }
  // Found only once merged (a field the vendor's seed could not complete, a rule across records): the path is in the
  // merged state, whose collections hold the records that were there before the document's.
  // Checked once merged (each vendor's seed completes and tidies records first), and worded for the document: a
  // merged record's index mapped back to the document's, unknown names with a "did you mean".
  const error = validate.errors![0];
  const path = pathOf(error.instancePath);
  fail(`${where}.data${stage.before ? documentPath(stage as StagedTenant, path) : path}: ${describeRule(error, knownNames(vendor.stateSchema, path), vendor.name)}.`);
}

/** The names a path's object may have: the collections at the top, a record's fields inside a collection. */
function knownNames(schema: unknown, path: string): string[] {
  const root = schema as { properties?: Record<string, { items?: { properties?: object } }> };
  if (path === '') return Object.keys(root.properties ?? {});
  const collection = /^\.([^.[]+)\[\d+\]$/.exec(path)?.[1];
  const fields = collection && Object.hasOwn(root.properties ?? {}, collection) ? root.properties![collection].items?.properties : undefined;
  return fields ? Object.keys(fields) : [];
}

/**
 * A merged record's path as the document names it: when every record the document gave a collection was new, they
 * sit after the ones already there, in order, so subscribers[5] after 5 existing ones is the document's subscribers[0].
 * Otherwise the merged index is kept and said to be one.
 */
function documentPath(stage: StagedTenant, path: string): string {
  const match = /^\.([^.[]+)\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  const [, collection, index, rest] = match;
  const state = stage.state as Record<string, unknown>;
  const before = stage.before.get(collection) ?? 0;
  const incoming = stage.incoming.get(collection) ?? 0;
  const now = Array.isArray(state[collection]) ? (state[collection] as unknown[]).length : 0;
  if (stage.entries === 1 && Number(index) >= before && now - before === incoming) return `.${collection}[${Number(index) - before}]${rest}`;
  return `${path} (of the merged collection, which held ${before} records before)`;
}

const pathOf = (pointer: string) => pointer.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.');

function describeRule(error: ErrorObject, known: string[] = [], vendor = 'this vendor\'s'): string {
  if (error.keyword === 'required') return `required property "${String(error.params.missingProperty)}" is missing`;
  if (error.keyword === 'additionalProperties') {
    const name = String(error.params.additionalProperty);
    const guess = closest(name, known);
    const what = error.instancePath === '' ? `"${name}" is not a ${vendor} collection` : `unknown field "${name}"`;
    return `${what}${guess ? `; did you mean "${guess}"?` : known.length && error.instancePath === '' ? `; ${vendor} has ${known.join(', ')}` : ''}`;
  }
  return `${error.message ?? 'is invalid'} (${error.keyword})`;
}

function ajv(): Ajv2020 {
  if (!stateAjv) {
    stateAjv = new Ajv2020({ strict: false, allErrors: false, useDefaults: true });
    addFormats(stateAjv);
  }
  return stateAjv;
}

/**
 * A database written by an earlier version may lack fields and collections the vendors have since gained. On load,
 * each tenant's stored state is seeded into a fresh empty state (the vendor's seed completes records with today's
 * defaults) and swapped in if the result passes the vendor's checks; otherwise it is kept as stored and reported.
 */
export function upgradeStoredStates(store: Store, vendors: VendorApi[], ids: IdSource): string[] {
  const problems: string[] = [];
  for (const vendor of vendors) {
    for (const tenant of store.tenantsOf(vendor.name)) {
      const stored = store.stateOf(vendor, tenant.id);
      const fresh = vendor.emptyState();
      try {
        if (vendor.seed) vendor.seed(fresh, structuredClone(stored), ids);
        else mergeInto(fresh as Record<string, unknown>, structuredClone(stored) as Record<string, unknown>);
        checkState({ vendor, tenant: { ...tenant }, isNew: false, state: fresh, where: `${vendor.name}.tenants[${tenant.id}]` });
        store.putState(vendor.name, tenant.id, fresh);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  return problems;
}
