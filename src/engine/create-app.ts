import express, { type Express } from 'express';
import { createAdminRouter, resetTo } from './admin/admin-router.js';
import { createSystemClock, type SandboxClock } from './clock.js';
import { createIdSource } from './ids.js';
import { createJournal } from './journal.js';
import { loadSpec, specPath } from './openapi/load-spec.js';
import { buildRouteTable } from './openapi/route-table.js';
import { compileSpec } from './openapi/validators.js';
import { createPipeline } from './pipeline.js';
import { ensureDefaultTenants } from './store/scenario.js';
import { createStore, MEMORY } from './store/store.js';
import type { IdSource, ScenarioDocument, VendorApi } from './types.js';
import { createFaults, type FaultRule, type Faults } from './faults/faults.js';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from './webhooks/dispatcher.js';

export interface EngineOptions {
  vendors: VendorApi[];
  specDir: string;
  buildScenario(name: string): ScenarioDocument | undefined;
  /** A JSON file path, or ':memory:' (the default). */
  db?: string;
  /** Loaded when the database is new (no file yet, or memory). Default 'default'. */
  initialScenario?: string;
  clock?: SandboxClock;
  ids?: IdSource;
  /** Check every vendor response against its spec; a mismatch becomes a 500 naming the problem. */
  validateResponses?: boolean;
  adminToken?: string;
  journalSize?: number;
  /**
   * Host names served beyond loopback names and IP literals ('all': any). The admin API always checks Host; vendor
   * routes check it unless `vendorRoutesAnyHost` (set by the CLI when it binds beyond loopback).
   */
  allowedHosts?: string[] | 'all';
  vendorRoutesAnyHost?: boolean;
  /** Webhook delivery limits (concurrency, queue, log, a cap on timeouts for tests). */
  webhooks?: DispatcherOptions;
  /** Fault rules that hold from start to stop (--faults FILE, --latency), in the admin API's rule format. */
  startupFaults?: unknown[];
  outboxLimit?: number;
}

export interface SandboxApp extends Express {
  locals: Express['locals'] & { sandbox: { store: ReturnType<typeof createStore>; clock: SandboxClock; ready: Promise<void>; webhooks: Dispatcher; faults: Faults } };
}

/** Build the whole sandbox as an Express app. It never listens: src/main.ts does, tests use supertest. */
export function createApp(options: EngineOptions): SandboxApp {
  const clock = options.clock ?? createSystemClock();
  const ids = options.ids ?? createIdSource();
  const store = createStore(options.db ?? MEMORY);
  const journal = createJournal(options.journalSize);
  const specs = new Map(
    options.vendors.map((vendor) => {
      const doc = loadSpec(specPath(options.specDir, vendor.spec));
      return [vendor.name, { doc, compiled: compileSpec(doc, vendor.name) }] as const;
    }),
  );
  const routes = buildRouteTable(options.vendors.map((vendor) => ({ vendor, spec: specs.get(vendor.name)!.doc })));

  let ready = Promise.resolve();
  if (store.isNew) {
    resetTo({ vendors: options.vendors, store, ids, buildScenario: options.buildScenario }, options.initialScenario ?? 'default');
    ready = store.commit(); // main.ts awaits this before listening, so a fresh file exists once the URL is printed
  } else {
    ensureDefaultTenants(store, options.vendors);
  }

  // A vendor's own host names are served too (its routes answer there alone).
  const vendorHostNames = options.vendors.flatMap((v) => v.hosts ?? []);
  const hostPolicy = { allowedHosts: options.allowedHosts === 'all' ? ('all' as const) : [...(options.allowedHosts ?? []), ...vendorHostNames] };
  const faults = createFaults({
    vendors: options.vendors,
    operationIds: (vendor) => routes.routes.filter((r) => r.vendor.name === vendor).map((r) => r.operationId),
    clock,
    nextId: () => ids.hex(12),
  });
  // A bad startup rule stops the start with the rule's problem, like a bad flag.
  (options.startupFaults ?? []).forEach((input, index) => {
    try {
      faults.add(faults.parseRule(input, 'startup') as FaultRule);
    } catch (error) {
      throw new Error(`fault rule ${index + 1}: ${(error as Error).message}`);
    }
  });
  const webhooks = createDispatcher({ store, clock, ids, vendors: options.vendors }, options.webhooks);
  // Deliveries left pending by an earlier run go out once the state is ready.
  ready = ready.then(() => webhooks.kick());
  const app = express() as SandboxApp;
  app.disable('x-powered-by');
  app.set('etag', false);
  app.locals.sandbox = { store, clock, ready, webhooks, faults };
  app.use(
    '/__sandbox',
    createAdminRouter({ vendors: options.vendors, store, clock, ids, journal, buildScenario: options.buildScenario, adminToken: options.adminToken, hostPolicy, webhooks, faults }),
  );
  app.use(createPipeline({ routes, specs, store, clock, ids, journal, validateResponses: Boolean(options.validateResponses), outboxLimit: options.outboxLimit ?? 1000, webhooks, faults, vendorHosts: options.vendorRoutesAnyHost ? undefined : hostPolicy }));
  return app;
}
