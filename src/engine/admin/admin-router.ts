import express, { type NextFunction, type Request, type Response } from 'express';
import type { SandboxClock } from '../clock.js';
import { EngineError, isEngineError } from '../errors/engine-error.js';
import { readBody } from '../http/read-body.js';
import type { Journal } from '../journal.js';
import { applyScenario, ensureDefaultTenants } from '../store/scenario.js';
import { emptyDatabase, type Store } from '../store/store.js';
import type { IdSource, ScenarioDocument, VendorApi } from '../types.js';

export interface AdminDeps {
  vendors: VendorApi[];
  store: Store;
  clock: SandboxClock;
  ids: IdSource;
  journal: Journal;
  buildScenario(name: string): ScenarioDocument | undefined;
  adminToken?: string;
}

/** /__sandbox: control the sandbox from tests and scripts. Errors are {"error": {"message"}}. */
export function createAdminRouter(deps: AdminDeps) {
  const router = express.Router();
  router.use(requireToken(deps.adminToken));
  router.use(readJsonBody);

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', vendors: deps.vendors.map((v) => v.name), db: deps.store.location, now: deps.clock.now().toISOString() });
  });

  router.post('/reset', async (req, res) => {
    const scenario = typeof req.query.scenario === 'string' ? req.query.scenario : 'default';
    resetTo(deps, scenario);
    await deps.store.commit();
    res.json({ status: 'reset', scenario });
  });

  router.get('/state', (req, res) => {
    const vendor = optionalVendor(deps, req.query.vendor);
    const { tenants, data } = deps.store.db;
    if (!vendor) return void res.json({ tenants, data });
    res.json({ tenants: { [vendor]: tenants[vendor] ?? [] }, data: { [vendor]: data[vendor] ?? {} } });
  });

  router.post('/seed', async (req, res) => {
    applyScenario(deps.store, deps.vendors, req.body as ScenarioDocument, deps.ids);
    await deps.store.commit();
    res.json({ status: 'seeded', vendors: Object.keys(req.body as object) });
  });

  router.post('/tenants', async (req, res) => {
    const body = (req.body ?? {}) as { vendor?: unknown; id?: unknown };
    const vendor = deps.vendors.find((v) => v.name === body.vendor);
    if (!vendor) throw new EngineError('invalid_request', `"vendor" must be one of: ${deps.vendors.map((v) => v.name).join(', ')}.`);
    const id = typeof body.id === 'string' && body.id !== '' ? body.id : `tenant_${deps.ids.hex(12)}`;
    if (deps.store.tenantsOf(vendor.name).some((t) => t.id === id)) throw new EngineError('invalid_request', `Tenant "${id}" already exists for ${vendor.name}.`);
    applyScenario(deps.store, deps.vendors, { [vendor.name]: { tenants: [{ id }] } }, deps.ids);
    await deps.store.commit();
    const tenant = deps.store.tenantsOf(vendor.name).find((t) => t.id === id)!;
    res.status(201).json({ vendor: vendor.name, tenant_id: id, credentials: tenant.credentials, usage: vendor.describeCredentials(tenant.credentials) });
  });

  router.get('/requests', (req, res) => {
    const limit = Number(req.query.limit ?? 100);
    res.json({ data: deps.journal.list(Number.isInteger(limit) && limit > 0 ? limit : 100) });
  });

  router.get('/outbox', (req, res) => {
    const vendor = optionalVendor(deps, req.query.vendor);
    const tenant = typeof req.query.tenant === 'string' ? req.query.tenant : undefined;
    const messages = deps.store.db.outbox.filter((m) => (!vendor || m.vendor === vendor) && (!tenant || m.tenant === tenant));
    res.json({ data: messages.slice().reverse() });
  });

  router.get('/clock', (_req, res) => void res.json({ now: deps.clock.now().toISOString() }));
  router.post('/clock', (req, res) => {
    const seconds = (req.body as { advance_seconds?: unknown } | undefined)?.advance_seconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new EngineError('invalid_request', '"advance_seconds" must be a non-negative number.');
    }
    deps.clock.advance(seconds * 1000);
    res.json({ now: deps.clock.now().toISOString() });
  });

  router.use((req, res) => void res.status(404).json({ error: { message: `No admin route ${req.method} ${req.baseUrl}${req.path}.` } }));
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = isEngineError(error) ? (error.kind === 'invalid_request' ? 400 : error.status) : 500;
    if (status === 500) console.error('[referral-sandbox] admin error:', error);
    res.status(status).json({ error: { message: error instanceof Error ? error.message : 'Internal sandbox error.' } });
  });
  return router;
}

/** Replace all state with a named scenario ('empty' = default tenants, no data). */
export function resetTo(deps: Pick<AdminDeps, 'vendors' | 'store' | 'ids' | 'buildScenario'>, scenario: string): void {
  const doc = scenario === 'empty' ? {} : deps.buildScenario(scenario);
  if (!doc) throw new EngineError('invalid_request', `Unknown scenario "${scenario}".`);
  deps.store.replace(emptyDatabase());
  applyScenario(deps.store, deps.vendors, doc, deps.ids);
  ensureDefaultTenants(deps.store, deps.vendors);
}

function optionalVendor(deps: AdminDeps, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !deps.vendors.some((v) => v.name === value)) {
    throw new EngineError('invalid_request', `"vendor" must be one of: ${deps.vendors.map((v) => v.name).join(', ')}.`);
  }
  return value;
}

function requireToken(token: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!token || req.headers.authorization === `Bearer ${token}`) return next();
    res.status(401).json({ error: { message: 'The admin API needs Authorization: Bearer <SANDBOX_ADMIN_TOKEN>.' } });
  };
}

// The same guarded parser as vendor bodies: size limit, clear errors, no __proto__ keys.
function readJsonBody(req: Request, _res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  readBody(req, { json: 'always' }).then(({ body }) => {
    req.body = body;
    next();
  }, next);
}
