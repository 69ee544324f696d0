import type { Server } from 'node:http';
import qs from 'qs';
import request from 'supertest';
import { afterAll, onTestFinished, TestRunner } from 'vitest';
import { vendors } from '../../src/apis/index.js';
import { createIdSource } from '../../src/engine/ids.js';
import { loadSpec, specPath } from '../../src/engine/openapi/load-spec.js';
import type { ScenarioDocument } from '../../src/engine/types.js';
import { createServer, SPEC_DIR, type ServerOptions } from '../../src/server.js';
import { checkConformance } from './conformance.js';
import { randomBytes } from 'node:crypto';
import { postgresUrlForTests } from '../../src/engine/test-support/postgres-cluster.js';
import { LIVE, liveBaseUrl } from './target.js';

export { LIVE, liveTest, mockTest, requireEnv } from './target.js';

export interface CallOptions {
  query?: Record<string, unknown>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as application/x-www-form-urlencoded, nested with brackets (a[b]=c). */
  form?: Record<string, unknown>;
  /** Sent verbatim, for malformed-input tests. */
  raw?: { data: string | Buffer; contentType?: string };
  headers?: Record<string, string>;
  /** false: no credentials; an object: these headers instead of the default credentials. */
  auth?: boolean | Record<string, string>;
}

export interface CallResult {
  status: number;
  body: any;
  text: string;
  headers: Record<string, string>;
}

export interface VendorClient {
  vendor: string;
  live: boolean;
  /** The default credentials as request headers. */
  auth: Record<string, string>;
  /** Make a request; the test fails if the response breaks the vendor's spec. */
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /** Base URL of a listening server (mock: started on 127.0.0.1:0 on first use, closed with the client). For SDK tests. */
  baseUrl(): Promise<string>;
  /** Close the server baseUrl() opened, if any (idempotent). Called for you: see createVendorClient. */
  close(): Promise<void>;
  admin: AdminClient;
}

export interface AdminClient {
  reset(scenario?: string): Promise<void>;
  seed(doc: ScenarioDocument): Promise<void>;
  state(): Promise<any>;
  outbox(): Promise<any[]>;
  requests(): Promise<any[]>;
  advanceClock(seconds: number): Promise<void>;
  createTenant(): Promise<{ tenant_id: string; credentials: Record<string, string> }>;
  /** POST /__sandbox/webhooks/endpoints for this vendor (vendors configured in a dashboard). */
  addWebhookEndpoint(endpoint: { url: string; tenant?: string; events?: string[]; secret?: string }): Promise<any>;
  /** GET /__sandbox/webhooks/deliveries for this vendor, newest first; filters: tenant, type, status. */
  webhookDeliveries(filters?: Record<string, string>): Promise<any[]>;
  redeliver(id: string): Promise<any>;
  /** Resolves when no webhook attempt is in flight (so the delivery log is final for now). */
  settleWebhooks(): Promise<void>;
  /** POST /__sandbox/faults with this vendor filled in. */
  addFault(rule: Record<string, unknown>): Promise<any>;
  /** POST /__sandbox/faults/settings for this vendor (tenant default unless given). */
  faultSettings(settings: { tenant?: string; header_faults?: boolean; rate_limits?: boolean }): Promise<any>;
}

export interface ClientOptions {
  /** Credentials for the live target, read from env (see README). Default: none. */
  liveAuth?: () => Record<string, string>;
  /** Default credentials in mock mode. Default: the vendor's default credentials as its first security scheme sends them. */
  mockAuth?: Record<string, string>;
  /** Options for the in-process server (memory store, seeded ids by default). */
  server?: ServerOptions;
}

/**
 * A client for one vendor against the mock (a fresh in-process sandbox with the default scenario) or the live API.
 * It closes itself: created inside a test or a beforeEach, when that test finishes (onTestFinished); created at
 * describe or file scope, after that block (afterAll). Anywhere else (a beforeAll) call close() yourself.
 */
export function createVendorClient(vendorName: string, options: ClientOptions = {}): VendorClient {
  // Only this vendor's spec is loaded: a vendor's suite does not depend on the others.
  const app = LIVE ? undefined : createServer({ validateResponses: true, ids: createIdSource(7), only: [vendorName], ...teamStoreOption(), ...options.server });
  const target = LIVE ? liveBaseUrl(vendorName) : app!;
  const auth = LIVE ? (options.liveAuth?.() ?? {}) : (options.mockAuth ?? defaultAuthHeaders(vendorName));

  const call = async (method: string, path: string, opts: CallOptions = {}): Promise<CallResult> => {
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let test = request(target)[verb](path);
    const headers = opts.auth === false ? {} : typeof opts.auth === 'object' ? opts.auth : auth;
    test = test.set({ Accept: 'application/json', ...headers, ...opts.headers });
    if (opts.query) test = test.query(qs.stringify(opts.query));
    if (opts.form) test = test.type('form').send(qs.stringify(opts.form));
    else if (opts.raw) test = (opts.raw.contentType ? test.set('Content-Type', opts.raw.contentType) : test).send(opts.raw.data);
    else if (opts.body !== undefined) test = test.send(opts.body as object);
    const res = await test;
    const result: CallResult = { status: res.status, body: res.body, text: res.text ?? '', headers: res.headers as Record<string, string> };
    const fullPath = opts.query ? `${path}?${qs.stringify(opts.query)}` : path;
    const problems = checkConformance(vendorName, method, fullPath, result);
    if (problems.length > 0) throw new Error(`${method} ${path} answered outside specs/${vendorName}.yaml:\n- ${problems.join('\n- ')}\nbody: ${result.text.slice(0, 800)}`);
    return result;
  };

  const admin = (method: 'get' | 'post', path: string, body?: unknown) => {
    if (!app) throw new Error('the admin API exists only in mock mode: mark this test mockTest');
    const test = request(app)[method](`/__sandbox${path}`);
    return (body === undefined ? test : test.send(body as object)).then((res) => {
      if (res.status >= 400) throw new Error(`admin ${path}: ${res.status} ${res.text}`);
      return res.body;
    });
  };

  let opening: Promise<Server> | undefined;
  const close = async () => {
    const open = opening;
    opening = undefined;
    const s = await open?.catch(() => undefined); // a listen that failed has nothing to close
    if (app?.locals.sandbox.store.shared) await app.locals.sandbox.store.close(); // its connections to PostgreSQL
    if (!s?.listening) return;
    await new Promise<void>((resolve, reject) => {
      s.close((error) => (error ? reject(error) : resolve()));
      s.closeAllConnections(); // an SDK's keep-alive sockets would otherwise hold close() open
    });
  };
  // Inside a test (its beforeEach included) an afterAll would be registered too late to ever run.
  if (TestRunner.getCurrentTest()) onTestFinished(close);
  else afterAll(close);

  return {
    vendor: vendorName,
    live: LIVE,
    auth,
    call,
    async baseUrl() {
      if (LIVE) return target as string;
      opening ??= new Promise<Server>((resolve, reject) => {
        const s = app!.listen(0, '127.0.0.1', () => resolve(s)).once('error', reject);
      });
      const address = (await opening).address() as { port: number };
      return `http://127.0.0.1:${address.port}`;
    },
    close,
    admin: {
      reset: (scenario = 'default') => admin('post', `/reset?scenario=${encodeURIComponent(scenario)}`),
      seed: (doc) => admin('post', '/seed', doc),
      state: () => admin('get', `/state?vendor=${vendorName}`),
      outbox: () => admin('get', `/outbox?vendor=${vendorName}`).then((b) => b.data),
      requests: () => admin('get', '/requests').then((b) => b.data),
      advanceClock: (seconds) => admin('post', '/clock', { advance_seconds: seconds }),
      createTenant: () => admin('post', '/tenants', { vendor: vendorName }),
      addWebhookEndpoint: (endpoint) => admin('post', '/webhooks/endpoints', { vendor: vendorName, ...endpoint }),
      webhookDeliveries: (filters = {}) =>
        admin('get', `/webhooks/deliveries?${new URLSearchParams({ vendor: vendorName, ...filters }).toString()}`).then((b) => b.data),
      redeliver: (id) => admin('post', `/webhooks/deliveries/${encodeURIComponent(id)}/redeliver`),
      addFault: (rule) => admin('post', '/faults', { vendor: vendorName, ...rule }),
      faultSettings: (settings) => admin('post', '/faults/settings', { vendor: vendorName, ...settings }),
      settleWebhooks: async () => {
        if (!app) throw new Error('the admin API exists only in mock mode: mark this test mockTest');
        await app.locals.sandbox.webhooks.idle();
      },
    },
  };
}

/** The vendor's default credentials, sent the way its first security requirement asks. */
export function defaultAuthHeaders(vendorName: string, credentials?: Record<string, string>): Record<string, string> {
  const vendor = vendors.find((v) => v.name === vendorName);
  if (!vendor) throw new Error(`unknown vendor ${vendorName}`);
  return authHeadersFor(vendorName, credentials ?? vendor.defaultCredentials);
}

/** Turn a credential set (keyed by scheme name) into headers using the spec's first security requirement. */
export function authHeadersFor(vendorName: string, credentials: Record<string, string>): Record<string, string> {
  const { schemes, first } = securityOf(vendorName);
  const headers: Record<string, string> = {};
  for (const name of first) {
    const scheme = schemes[name];
    const value = credentials[name];
    if (!scheme || value === undefined) continue;
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') headers.Authorization = `Bearer ${value}`;
    else if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') headers.Authorization = `Basic ${Buffer.from(value).toString('base64')}`;
    else if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) headers[scheme.name] = value;
  }
  return headers;
}


function securityOf(vendorName: string) {
  const vendor = vendors.find((v) => v.name === vendorName)!;
  const spec = loadSpec(specPath(SPEC_DIR, vendor.spec));
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<string, { type: string; scheme?: string; in?: string; name?: string }>;
  return { schemes, first: Object.keys(spec.security?.[0] ?? {}) };
}

let warnedNoPostgres = false;
/**
 * CONTRACT_STORE=postgres (the contract-pg project): every in-process sandbox keeps its state in its own schema on the
 * tests' PostgreSQL server, i.e. the suite runs against the team store instead of memory.
 */
function teamStoreOption(): { db?: string } {
  if (process.env.CONTRACT_STORE !== 'postgres') return {};
  const url = postgresUrlForTests();
  if (!url) {
    if (process.env.CI) throw new Error('CONTRACT_STORE=postgres needs PostgreSQL: .ci/run installs it, or set PG_URL');
    if (!warnedNoPostgres) console.warn('contract-pg: no PostgreSQL here, so this run uses the memory store');
    warnedNoPostgres = true;
    return {};
  }
  const db = new URL(url);
  db.searchParams.set('schema', `contract_${randomBytes(6).toString('hex')}`);
  return { db: db.toString() };
}
