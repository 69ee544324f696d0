import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createAdminRouter } from './admin/admin-router.js';
import { buildTarget, resetTo } from './admin/reset-routes.js';
import { createResetTargets } from './store/reset-targets.js';
import { fingerprintOf, readStamp, writeStamp } from './store/scenario-stamp.js';
import { redirectToDashboard } from './admin/dashboard-routes.js';
import { createSystemClock, type SandboxClock } from './clock.js';
import { createIdSource } from './ids.js';
import { createJournal, redactQuery } from './journal.js';
import { consoleLog, createEngineLogger, type EngineLogger, type LoggerOptions } from './logger.js';
import { loadSpec, specPath } from './openapi/load-spec.js';
import { buildRouteTable } from './openapi/route-table.js';
import { compileSpec } from './openapi/validators.js';
import { createPipeline } from './pipeline.js';
import { applyScenario, ensureDefaultTenants, upgradeStoredStates } from './store/scenario.js';
import { createStore, MEMORY, type Store, type StoreOptions } from './store/store.js';
import { createPgStore, isPostgresUrl, type PgStore, type PgStoreOptions } from './store/postgres/pg-store.js';
import type { IdSource, ScenarioDocument, VendorApi } from './types.js';
import { createFaults, type FaultRule, type Faults } from './faults/faults.js';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from './webhooks/dispatcher.js';

export interface EngineOptions {
  vendors: VendorApi[];
  specDir: string;
  buildScenario(name: string): ScenarioDocument | undefined;
  /** Fake records for POST /__sandbox/generate: {counts: {"vendor.collection": N}, seed?, tenant?} to a scenario document. */
  generate?(request: { counts: unknown; seed?: unknown; tenant?: unknown }): ScenarioDocument;
  /** A JSON file path, ':memory:' (the default), or a postgres:// URL (the team store: README, Team sandbox). */
  db?: string;
  /** Team store tuning (replica id, pool size, how often the leader catches up). */
  team?: Omit<PgStoreOptions, 'vendors'>;
  /** Store tuning and test hooks (compaction threshold, an I/O failpoint). */
  storage?: Pick<StoreOptions, 'compactAtBytes' | 'failpoint' | 'verify'>;
  /** Loaded when the database is new (no file yet, or memory). Default 'default'. */
  initialScenario?: string;
  clock?: SandboxClock;
  ids?: IdSource;
  /** Check every vendor response against its spec; a mismatch becomes a 500 naming the problem. */
  validateResponses?: boolean;
  adminToken?: string;
  /** Requests kept in the journal (/__sandbox/requests), newest first. Default 500. */
  journalSize?: number;
  /**
   * Request lines and sandbox problems via pino (src/main.ts passes one). Without it (tests) nothing is logged per
   * request and problems go to console.error.
   */
  logger?: LoggerOptions;
  /**
   * Host names served beyond loopback names and IP literals ('all': any). The admin API always checks Host; vendor
   * routes check it unless `vendorRoutesAnyHost` (set by the CLI when it binds beyond loopback).
   */
  allowedHosts?: string[] | 'all';
  vendorRoutesAnyHost?: boolean;
  /** Webhook delivery limits (concurrency, queue, log, a cap on timeouts for tests). */
  webhooks?: DispatcherOptions;
  /**
   * Let browser clients call the vendor routes from any origin (Access-Control-Allow-*, preflights answered). Off by
   * default: without it a web page cannot read vendor answers, and cross-site writes are refused. Never applies to
   * the admin API.
   */
  cors?: boolean;
  /**
   * A scenario document merged into the state at start (on top of the initial scenario of a new database), all or
   * nothing; a bare reset returns to it. Refused on an embedded database that already holds data unless `fresh`.
   */
  scenario?: ScenarioDocument;
  /** Start from the start-up scenario whatever the embedded database holds (--fresh). */
  fresh?: boolean;
  /** Documents a reset can name (--scenario NAME=FILE): each on top of the default scenario. */
  scenarios?: Record<string, ScenarioDocument>;
  /** The built-in scenario names (fixtures/), so a reset can list them. */
  builtInScenarios?: string[];
  /** Fault rules that hold from start to stop (--faults FILE, --latency), in the admin API's rule format. */
  startupFaults?: unknown[];
  outboxLimit?: number;
}

export interface SandboxApp extends Express {
  locals: Express['locals'] & {
    sandbox: {
      store: Store;
      clock: SandboxClock;
      ready: Promise<void>;
      webhooks: Dispatcher;
      faults: Faults;
      logger?: EngineLogger;
      serve: (req: IncomingMessage, res: ServerResponse) => void;
      /**
       * --watch: a start-up file changed. New fault rules replace the start-up rules; a new start-up document becomes
       * what a bare reset returns to, and the state is reset to it (journal, outbox and clock kept). All checked
       * first: a bad file throws and changes nothing.
       */
      reload(change: { scenario?: ScenarioDocument; faults?: unknown[] }): Promise<void>;
    };
  };
}

/** Build the whole sandbox as an Express app. It never listens: src/main.ts does, tests use supertest. */
export function createApp(options: EngineOptions): SandboxApp {
  const clock = options.clock ?? createSystemClock();
  const ids = options.ids ?? createIdSource();
  const logger = options.logger ? createEngineLogger(options.logger) : undefined;
  const store: Store = isPostgresUrl(options.db)
    ? createPgStore(options.db, logger ?? consoleLog, { vendors: options.vendors, ...options.team })
    : createStore(options.db ?? MEMORY, logger, { vendors: options.vendors, ...options.storage });
  // A team answers /__sandbox/requests for every replica: its journal is in PostgreSQL.
  const journal = store.shared ? (store as PgStore).journal(options.journalSize) : createJournal(options.journalSize);
  const specs = new Map(
    options.vendors.map((vendor) => {
      const doc = loadSpec(specPath(options.specDir, vendor.spec));
      return [vendor.name, { doc, compiled: compileSpec(doc, vendor.name) }] as const;
    }),
  );
  const routes = buildRouteTable(options.vendors.map((vendor) => ({ vendor, spec: specs.get(vendor.name)!.doc })));

  const targets = createResetTargets({ initial: options.initialScenario, startup: options.scenario, registered: options.scenarios, builtIn: () => options.builtInScenarios ?? [] });
  const resetDeps = { vendors: options.vendors, store, buildScenario: options.buildScenario, targets };
  // Every registered document is built (and checked) now: one that cannot be applied fails the start, not a reset.
  for (const name of Object.keys(options.scenarios ?? {})) buildTarget(resetDeps, targets.named(name));
  // A new database gets the initial scenario; a stored one gets any missing default tenants, and is upgraded when it
  // was written under other state schemas (linear in the data, so only then). The team store does this once loaded,
  // as an admin change, so replicas starting together seed the database once.
  const initialise = (): boolean => {
    if (store.isNew) {
      resetTo(resetDeps, options.initialScenario ?? 'default');
      store.db.schema_revision = schemaRevision(options.vendors);
      return true;
    }
    ensureDefaultTenants(store, options.vendors);
    const revision = schemaRevision(options.vendors);
    if (store.db.schema_revision === revision) return false;
    for (const problem of upgradeStoredStates(store, options.vendors, ids)) (logger ?? consoleLog).warn(`stored state kept as it was: ${problem}`);
    store.db.schema_revision = revision;
    return true;
  };
  let ready = Promise.resolve();
  if (!store.shared) {
    // The embedded store starts from the start-up target (the initial scenario and --scenario's document) when it is
    // new or `fresh`, exactly as a bare reset returns to it. A start-up document on a database that already holds
    // data is refused: applied again it would add its records again, and skipped it would leave a cached CI
    // workspace silently on other data.
    const onDisk = store.location !== MEMORY;
    const fingerprint = fingerprintOf(options.scenario);
    if (options.scenario && !store.isNew && !options.fresh && readStamp(store.location) !== fingerprint) {
      throw new Error(`--scenario cannot be applied: ${store.location} already holds data from another start (pass --fresh to start from the scenario, drop --scenario to keep the data, or use --db :memory:)`);
    }
    if (store.isNew || options.fresh) {
      resetTo(resetDeps, targets.startup());
      store.db.schema_revision = schemaRevision(options.vendors);
      // main.ts awaits this before listening, so a fresh file exists once the URL is printed
      ready = store.commit().then(() => (onDisk ? writeStamp(store.location, fingerprint) : undefined));
    } else if (initialise()) ready = store.commit();
  }

  // A vendor's own host names are served too (its routes answer there alone).
  const vendorHostNames = options.vendors.flatMap((v) => v.hosts ?? []);
  const hostPolicy = { allowedHosts: options.allowedHosts === 'all' ? ('all' as const) : [...(options.allowedHosts ?? []), ...vendorHostNames] };
  const faults = createFaults({
    vendors: options.vendors,
    operationIds: (vendor) => routes.routes.filter((r) => r.vendor.name === vendor).map((r) => r.operationId),
    clock,
    nextId: () => ids.hex(12),
    counter: store.shared ? (store as PgStore).counter : undefined,
  });
  /**
   * Start-up rules (--faults, --latency), all checked: a bad one stops the start (or a --watch reload) with its problem,
   * like a bad flag. Named by position, so replicas started with the same rules share their `times` budgets.
   */
  const parseStartupRules = (inputs: unknown[]): FaultRule[] =>
    inputs.map((input, index) => {
      try {
        return { ...faults.parseRule(input, 'startup'), id: `fault_startup_${index + 1}` };
      } catch (error) {
        throw new Error(`fault rule ${index + 1}: ${(error as Error).message}`);
      }
    });
  for (const rule of parseStartupRules(options.startupFaults ?? [])) faults.add(rule);
  const webhooks = createDispatcher({ store, clock, ids, vendors: options.vendors, log: logger, sends: store.shared ? () => (store as PgStore).leader : undefined }, options.webhooks);
  const applyStartScenario = (isNew: boolean) => {
    // Replicas of a team store share one database: the first to start seeds it, the others join what is there.
    if (options.scenario && isNew) applyScenario(store, options.vendors, options.scenario, ids);
    else if (options.scenario) (logger ?? consoleLog).warn(`--scenario not applied: the team database already holds data (another replica seeded it; \`referral-sandbox reset\` returns it to the scenario)`);
  };
  if (store.shared) {
    shareThroughStore(store as PgStore, clock, faults, webhooks);
    ready = store.loaded.then(() =>
      store.exclusive(async () => {
        const isNew = store.isNew;
        initialise();
        applyStartScenario(isNew);
        await store.commit();
      }),
    );
  }
  // Deliveries left pending by an earlier run go out once the state is ready.
  ready = ready.then(() => webhooks.kick());
  // Whoever serves waits for `ready` and reports its failure (main.ts, each request); a sandbox closed before it was
  // ready must not also raise an unhandled rejection.
  ready.catch(() => undefined);

  const app = express() as SandboxApp;
  app.disable('x-powered-by');
  app.set('etag', false);
  if (options.cors) {
    const allow = cors({ origin: true, maxAge: 600, exposedHeaders: ['Retry-After', 'X-Rate-Limit-Limit', 'X-Rate-Limit-Remaining', 'X-Rate-Limit-Retry', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-Pagination'] });
    app.use((req, res, next) => (req.path.toLowerCase().startsWith('/__sandbox') ? next() : allow(req, res, next)));
  }
  const reload = async (change: { scenario?: ScenarioDocument; faults?: unknown[] }) => {
    const rules = change.faults && parseStartupRules(change.faults);
    let built: string | undefined;
    if (change.scenario !== undefined) built = buildTarget(resetDeps, { ...targets.startup(), name: 'document', doc: change.scenario });
    if (rules) faults.replaceStartupRules(rules);
    if (built === undefined) return;
    await ready;
    await store.exclusive(async () => {
      const epoch = store.epoch;
      targets.setStartup(change.scenario, built);
      const outbox = store.db.outbox;
      resetTo(resetDeps, targets.startup());
      store.db.outbox.push(...outbox); // a reload is a reset that keeps the journal, the outbox and the clock
      await store.commit(epoch);
      if (!store.shared && store.location !== MEMORY) writeStamp(store.location, fingerprintOf(change.scenario));
    });
  };
  app.locals.sandbox = { store, clock, ready, webhooks, faults, logger, serve: app, reload };
  if (logger) app.use('/__sandbox', logAdminRequests(logger));
  app.use(
    '/__sandbox',
    createAdminRouter({ ready, vendors: options.vendors, store, clock, ids, journal, buildScenario: options.buildScenario, generate: options.generate, adminToken: options.adminToken, hostPolicy, webhooks, faults, log: logger, specDir: options.specDir, targets }),
  );
  app.get('/', redirectToDashboard); // exactly "/": every other path is the vendors'
  const pipeline = createPipeline({ ready, routes, specs, store, clock, ids, journal, logger, validateResponses: Boolean(options.validateResponses), outboxLimit: options.outboxLimit ?? 1000, webhooks, faults, allowCrossSite: Boolean(options.cors), vendorHosts: options.vendorRoutesAnyHost ? undefined : hostPolicy, vendors: options.vendors });
  app.use(pipeline);
  // What the HTTP server calls: vendor paths go straight to the pipeline (Express's routing cost about a sixth of a
  // small vendor request); the admin API, the dashboard redirect and --cors's middleware stay with Express.
  app.locals.sandbox.serve = options.cors
    ? app
    : (req, res) => {
        if (goesThroughExpress(req.url ?? '/')) return void app(req, res);
        pipeline(req as Parameters<typeof pipeline>[0], res).catch((error) => {
          (logger ?? consoleLog).error('vendor request failed outside the pipeline', error);
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end();
        });
      };
  return app;
}

/**
 * The team store shares the clock and the admin fault rules through the database, and only the leader replica sends
 * webhooks (it follows every tenant's deliveries; the others only record them).
 */
function shareThroughStore(store: PgStore, clock: SandboxClock, faults: Faults, webhooks: Dispatcher): void {
  store.bindSettings({
    exportSettings: () => ({ clock: clock.exportState(), faults: faults.exportState() }),
    importSettings: (settings) => {
      if (settings.clock) clock.importState(settings.clock as ReturnType<SandboxClock['exportState']>);
      faults.importState(settings.faults as Parameters<Faults['importState']>[0]);
    },
    onLeaderTick: () => webhooks.kick(),
  });
}

/** "/", the admin API under any spelling Express would route there (it matches case-insensitively), anything encoded. */
function goesThroughExpress(url: string): boolean {
  const path = url.split('?')[0];
  return path === '/' || /__sandbox|%/i.test(path);
}

/** Admin API requests are logged at debug (they are not journaled: the journal is of vendor requests). */
function logAdminRequests(logger: EngineLogger) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!logger.isLevelEnabled('debug')) return next();
    const started = performance.now();
    const [path, search = ''] = req.originalUrl.split(/\?(.*)/s);
    res.on('close', () => {
      const ms = Math.round((performance.now() - started) * 100) / 100;
      logger.request({ method: req.method, path, query: redactQuery(search), status: res.headersSent ? res.statusCode : 0, vendor: null, operationId: null, tenant: null, ms }, 'debug');
    });
    next();
  };
}

/** A fingerprint of the vendors' state schemas: a database stamped with another one is upgraded on load. */
function schemaRevision(vendors: VendorApi[]): string {
  const schemas = vendors.map((vendor) => [vendor.name, vendor.stateSchema ?? null]);
  return createHash('sha256').update(JSON.stringify(schemas)).digest('hex').slice(0, 16);
}
