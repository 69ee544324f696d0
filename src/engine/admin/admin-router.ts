import express, { type NextFunction, type Request, type Response } from 'express';
import { parseIsoDuration, type SandboxClock } from '../clock.js';
import { EngineError, isEngineError } from '../errors/engine-error.js';
import { isAllowedHost, isCrossSite, type HostPolicy } from '../http/host-guard.js';
import { readBody } from '../http/read-body.js';
import type { Journal } from '../journal.js';
import { applyScenario } from '../store/scenario.js';
import { tenantIdProblem } from '../safe-keys.js';
import type { ResetTargets } from '../store/reset-targets.js';
import type { Store } from '../store/store.js';
import type { IdSource, ScenarioDocument, VendorApi } from '../types.js';
import type { Dispatcher } from '../webhooks/dispatcher.js';
import { addResetRoutes } from './reset-routes.js';
import { addWebhookRoutes } from './webhook-routes.js';
import { addFaultRoutes } from './fault-routes.js';
import { addJournalRoutes } from './journal-routes.js';
import { addDocsRoutes } from './docs-routes.js';
import { addDashboardRoutes } from './dashboard-routes.js';
import { consoleLog, type ProblemLog } from '../logger.js';
import type { Faults } from '../faults/faults.js';

export interface AdminDeps {
  /** The store is loaded and initialised (the team store loads after the app is built). */
  ready?: Promise<void>;
  vendors: VendorApi[];
  store: Store;
  clock: SandboxClock;
  ids: IdSource;
  journal: Journal;
  buildScenario(name: string): ScenarioDocument | undefined;
  generate?(request: { counts: unknown; seed?: unknown; tenant?: unknown }): ScenarioDocument;
  adminToken?: string;
  hostPolicy?: HostPolicy;
  webhooks: Dispatcher;
  faults: Faults;
  /** Where admin errors are reported; console.error without a logger. */
  log?: ProblemLog;
  /** The folder of the vendors' specs (the dashboard's example curls, the docs). */
  specDir?: string;
  /** What a reset can return to (the start-up state, registered documents); without it only built-in names. */
  targets?: ResetTargets;
}

/** /__sandbox: control the sandbox from tests and scripts. Errors are {"error": {"message"}}. */
export function createAdminRouter(deps: AdminDeps) {
  const router = express.Router();
  router.use(refuseWebPages(deps.hostPolicy ?? {}));
  addDashboardRoutes(router, deps); // the page itself loads without the token (it then asks for it); its data does not
  addDocsRoutes(router, deps); // likewise: the docs pages are public, the documents and credentials they load are not
  router.use(requireToken(deps.adminToken));
  router.use(readJsonBody);
  if (deps.store?.shared) router.use(followOtherReplicas(deps.store, deps.ready ?? Promise.resolve()));

  router.get('/health', (_req, res) => {
    // A team store: which replica answered, and that its journal (/requests) is this replica's own.
    const replica = deps.store.shared ? { replica_id: deps.store.describe().replica_id, journal: 'per_replica' } : {};
    res.json({ status: 'ok', vendors: deps.vendors.map((v) => v.name), db: deps.store.location, store: deps.store.describe(), ...replica, now: deps.clock.now().toISOString() });
  });

  addResetRoutes(router, deps);
  router.get('/state', (req, res) => {
    const vendor = optionalVendor(deps, req.query.vendor);
    const { tenants, data } = deps.store.db;
    if (!vendor) return void res.json({ tenants, data });
    res.json({ tenants: { [vendor]: tenants[vendor] ?? [] }, data: { [vendor]: data[vendor] ?? {} } });
  });

  router.post('/seed', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    const summary = applyScenario(deps.store, deps.vendors, req.body as ScenarioDocument, deps.ids);
    await deps.store.commit(epoch);
    res.json({ status: 'seeded', vendors: Object.keys(req.body as object), records: summary });
  });

  // Seeding by script, in-process: generated records go through the same checked merge as a seed.
  router.post('/generate', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    if (!deps.generate) throw new EngineError('not_found', 'This sandbox has no record generator.');
    const body = (req.body ?? {}) as { counts?: unknown; seed?: unknown; tenant?: unknown };
    let doc: ScenarioDocument;
    try {
      doc = deps.generate({ counts: body.counts, seed: body.seed, tenant: body.tenant });
    } catch (error) {
      throw new EngineError('invalid_request', (error as Error).message);
    }
    const summary = applyScenario(deps.store, deps.vendors, doc, deps.ids);
    await deps.store.commit(epoch);
    const counts = Object.fromEntries(Object.entries(doc).flatMap(([vendor, s]) => Object.entries((s.tenants[0]?.data ?? {}) as Record<string, unknown[]>).map(([k, v]) => [`${vendor}.${k}`, v.length])));
    res.json({ status: 'generated', counts, records: summary });
  });

  router.post('/tenants', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    const body = (req.body ?? {}) as { vendor?: unknown; id?: unknown };
    const vendor = deps.vendors.find((v) => v.name === body.vendor);
    if (!vendor) throw new EngineError('invalid_request', `"vendor" must be one of: ${deps.vendors.map((v) => v.name).join(', ')}.`);
    const id = body.id === undefined ? `tenant_${deps.ids.hex(12)}` : body.id;
    const problem = tenantIdProblem(id);
    if (problem) throw new EngineError('invalid_request', `"id": ${problem}.`);
    if (typeof id !== 'string') throw new EngineError('invalid_request', '"id" must be a string.');
    if (deps.store.tenantsOf(vendor.name).some((t) => t.id === id)) throw new EngineError('invalid_request', `Tenant "${id}" already exists for ${vendor.name}.`);
    applyScenario(deps.store, deps.vendors, { [vendor.name]: { tenants: [{ id }] } }, deps.ids);
    await deps.store.commit(epoch);
    const tenant = deps.store.tenantsOf(vendor.name).find((t) => t.id === id)!;
    res.status(201).json({ vendor: vendor.name, tenant_id: id, credentials: tenant.credentials, usage: vendor.describeCredentials(tenant.credentials) });
  });

  router.get('/outbox', (req, res) => {
    const vendor = optionalVendor(deps, req.query.vendor);
    const tenant = typeof req.query.tenant === 'string' ? req.query.tenant : undefined;
    const messages = deps.store.db.outbox.filter((m) => (!vendor || m.vendor === vendor) && (!tenant || m.tenant === tenant));
    res.json({ data: messages.slice().reverse() });
  });

  const clockView = () => ({ now: deps.clock.now().toISOString(), frozen: deps.clock.frozen });
  router.get('/clock', (_req, res) => void res.json(clockView()));
  router.post('/clock', async (req, res) => {
    const change = readClockChange(req.body);
    if (change.set) deps.clock.set(change.set);
    if (change.advanceMs) deps.clock.advance(change.advanceMs);
    if (change.freeze === true) deps.clock.freeze();
    if (change.freeze === false) deps.clock.unfreeze();
    await deps.store.commit(); // a team store shares the clock with every replica before answering
    deps.webhooks.kick(); // retries that fell due on the moved clock go out now
    res.json(clockView());
  });

  addWebhookRoutes(router, deps);
  addFaultRoutes(router, deps);
  addJournalRoutes(router, deps);

  router.use((req, res) => void res.status(404).json({ error: { message: `No admin route ${req.method} ${req.baseUrl}${req.path}.` } }));
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = isEngineError(error) ? (error.kind === 'invalid_request' ? 400 : error.status) : 500;
    if (status === 500) (deps.log ?? consoleLog).error('admin error', error);
    res.status(status).json({ error: { message: error instanceof Error ? error.message : 'Internal sandbox error.' } });
  });
  return router;
}

/**
 * Team store: an admin read first catches up on every replica's writes; a change runs alone (no request on any
 * replica writes meanwhile) and is saved before it is answered. After the Host, Origin and token checks, so a refused
 * request never takes the global lock; a database that is down is this router's 503.
 */
function followOtherReplicas(store: Store, ready: Promise<void>) {
  return (req: Request, res: Response, next: NextFunction) => {
    const pass = () => next();
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return void ready.then(() => store.refreshAll()).then(pass, next);
    ready
      .then(() => store.exclusive(() => new Promise<void>((resolve) => (res.once('close', resolve), next()))))
      .catch((error) => (res.headersSent ? undefined : next(error)));
  };
}

/** POST /__sandbox/clock: {set?: ISO time, advance?: ISO duration, advance_seconds?: number, freeze?: boolean}. */
function readClockChange(body: unknown): { set?: Date; advanceMs?: number; freeze?: boolean } {
  const input = (body ?? {}) as Record<string, unknown>;
  const known = ['set', 'advance', 'advance_seconds', 'freeze'];
  const unknown = Object.keys(input).filter((k) => !known.includes(k));
  if (typeof body !== 'object' || body === null || Array.isArray(body) || unknown.length > 0 || Object.keys(input).length === 0) {
    throw new EngineError('invalid_request', `The clock takes {"set": ISO time, "advance": ISO duration, "advance_seconds": number, "freeze": boolean}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`);
  }
  const change: { set?: Date; advanceMs?: number; freeze?: boolean } = {};
  if (input.set !== undefined) {
    const at = typeof input.set === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(input.set) ? new Date(input.set) : undefined;
    if (!at || Number.isNaN(at.getTime())) throw new EngineError('invalid_request', '"set" must be an ISO 8601 date-time, e.g. 2026-12-31T23:59:00Z.');
    change.set = at;
  }
  if (input.advance_seconds !== undefined) {
    const seconds = input.advance_seconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) throw new EngineError('invalid_request', '"advance_seconds" must be a non-negative number.');
    change.advanceMs = seconds * 1000;
  }
  if (input.advance !== undefined) {
    const ms = typeof input.advance === 'string' ? parseIsoDuration(input.advance) : undefined;
    if (ms === undefined) throw new EngineError('invalid_request', '"advance" must be an ISO 8601 duration such as PT1H or P1DT30M.');
    change.advanceMs = (change.advanceMs ?? 0) + ms;
  }
  if (input.freeze !== undefined) {
    if (typeof input.freeze !== 'boolean') throw new EngineError('invalid_request', '"freeze" must be true or false.');
    change.freeze = input.freeze;
  }
  return change;
}

function optionalVendor(deps: AdminDeps, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !deps.vendors.some((v) => v.name === value)) {
    throw new EngineError('invalid_request', `"vendor" must be one of: ${deps.vendors.map((v) => v.name).join(', ')}.`);
  }
  return value;
}

export function requireToken(token: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!token || req.headers.authorization === `Bearer ${token}`) return next();
    res.status(401).json({ error: { message: 'The admin API needs Authorization: Bearer <SANDBOX_ADMIN_TOKEN>.' } });
  };
}

/**
 * The admin API is for scripts and tests, never for web pages: a foreign Host (DNS rebinding) or a cross-site
 * Origin is refused with 403, and a POST must be JSON (or carry no Content-Type), which a page can only send after
 * a CORS preflight the sandbox never grants.
 */
function refuseWebPages(policy: HostPolicy) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!isAllowedHost(req.headers.host, policy)) {
      return void res.status(403).json({ error: { message: `The admin API does not serve Host "${req.headers.host ?? ''}"; allow it with --allowed-hosts.` } });
    }
    // A link from another site to the dashboard or the docs opens the page (a top-level navigation, whose answer the
    // linking site cannot read); every other cross-site request is refused.
    const page = (req.method === 'GET' || req.method === 'HEAD') && req.headers['sec-fetch-mode'] === 'navigate' && /^\/($|docs(\/|$)|assets\/)/i.test(req.path);
    if (isCrossSite(req.headers) && !page) return void res.status(403).json({ error: { message: 'The admin API refuses cross-site requests.' } });
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (req.method !== 'GET' && req.method !== 'HEAD' && type !== '' && type !== 'application/json') {
      return void res.status(415).json({ error: { message: `The admin API takes application/json bodies, not "${type}".` } });
    }
    next();
  };
}

/** Seeds from a script can be large (10,000 generated subscribers are about 6 MiB); vendor bodies stay at 1 MiB. */
export const ADMIN_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

// The same guarded parser as vendor bodies: size limit, depth limit, clear errors, no __proto__ keys.
function readJsonBody(req: Request, _res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  readBody(req, { json: 'always' }, ADMIN_BODY_LIMIT_BYTES).then(({ body }) => {
    req.body = body;
    next();
  }, next);
}
