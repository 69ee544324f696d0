import type { IncomingMessage, ServerResponse } from 'node:http';

/** A vendor request: plain node:http (the server's fast path) or Express's (tests, --cors), which adds originalUrl. */
type Request = IncomingMessage & { originalUrl?: string; method: string; url: string };
type Response = ServerResponse;
import { expectedCredentials, identifyCredential, unauthorizedHint } from './auth/credential-hint.js';
import { castRailsStrings, keepLastQueryValues } from './openapi/rails-params.js';
import { captureBody, captureText, redactHeaders, redactQuery, type Journal, type JournalRecord } from './journal.js';
import { consoleLog, type EngineLogger } from './logger.js';
import { authenticate, carriesCredentialOf } from './auth/authenticate.js';
import { EngineError, type ValidationIssue } from './errors/engine-error.js';
import { hasBody, prepareAnswer, renderError, send } from './errors/render.js';
import { isAllowedHost, isCrossSite, type HostPolicy } from './http/host-guard.js';
import { checkQueryKeys, parseQuery, readBody } from './http/read-body.js';
import type { OpenApiDocument } from './openapi/load-spec.js';
import type { Route, RouteTable } from './openapi/route-table.js';
import type { CompiledSpec } from './openapi/validators.js';
import { describeResponseProblems } from './openapi/check-response.js';
import type { Lease, Store } from './store/store.js';
import { allBy, removeRecords } from './store/collection.js';
import { outboxSpec } from './store/database.js';
import type { Dispatcher } from './webhooks/dispatcher.js';
import type { Faults } from './faults/faults.js';
import { applyFault, describeAction, NO_ANSWER } from './faults/apply-fault.js';
import type { EmittedEvent } from './webhooks/types.js';
import type { SandboxClock } from './clock.js';
import type { HandlerContext, HandlerResult, IdSource, OutboxMessage, Principal, SandboxRequest, VendorApi } from './types.js';

export interface PipelineDeps {
  /** The store is loaded and initialised (the team store loads after the app is built). */
  ready?: Promise<void>;
  routes: RouteTable;
  specs: Map<string, { doc: OpenApiDocument; compiled: CompiledSpec }>;
  store: Store;
  clock: SandboxClock;
  ids: IdSource;
  journal: Journal;
  /** Request lines and problems; without it no request is logged and problems go to console.error. */
  logger?: EngineLogger;
  validateResponses: boolean;
  outboxLimit: number;
  webhooks: Dispatcher;
  faults: Faults;
  /** --cors: browser clients of other origins are expected, so their writes are not refused. */
  allowCrossSite?: boolean;
  /** Host names vendor routes answer to; undefined serves every Host (the sandbox is bound beyond loopback). */
  vendorHosts?: HostPolicy;
  /** Every vendor served, to say whose a refused credential is (X-Sandbox-Hint). */
  vendors?: VendorApi[];
}

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the journal learns along the way: filled in by runOperation as far as the request gets. */
interface RequestTrace {
  fault?: { rule: string; action: string };
  tenant?: string;
  body?: ReturnType<typeof captureBody>;
  webhooks?: string[];
  /** The body as sent, captured at send time (a handler may answer with live state that changes later). */
  response?: { body: ReturnType<typeof captureBody> };
  /** A 401's explanation (X-Sandbox-Hint), and the known credential that was sent, if any. */
  hint?: string;
  credential?: { vendor: string; tenant: string; presented: string; fingerprint: string } | null;
}

/** route -> authenticate -> parse + validate input -> handler -> persist -> (validate response) -> send */
export function createPipeline(deps: PipelineDeps) {
  return async function handleVendorRequest(req: Request, res: Response): Promise<void> {
    const started = performance.now();
    const [rawPath, search = ''] = (req.originalUrl ?? req.url).split(/\?(.*)/s);
    const match = deps.routes.match(req.method, rawPath, req.headers.host);
    const vendor = match.kind === 'found' ? match.route.vendor : match.kind === 'none' ? ownerOfUnknownPath(deps, req, search, match) : match.vendor;
    const hostRefused = deps.vendorHosts !== undefined && !isAllowedHost(req.headers.host, deps.vendorHosts);
    // A web page may not write through the sandbox either: Prefinery takes form bodies and ?api_key=, so a plain
    // cross-site form POST would otherwise authenticate with the public default key.
    const crossSite = !deps.allowCrossSite && !READ_ONLY.has(req.method) && isCrossSite(req.headers);
    // A refused request never reaches an operation, so its 403 is not held to any operation's responses.
    const operationId = match.kind === 'found' && !hostRefused && !crossSite ? match.route.operationId : null;
    const applied: RequestTrace = {};
    let journaled = false;
    /** Written before the answer went out (a team store's journal), so finishing only logs it. */
    let recorded: JournalRecord | undefined;
    const entryOf = (status: number, responseHeaders: Parameters<typeof redactHeaders>[0] | undefined): JournalRecord => ({
      time: deps.clock.now().toISOString(),
      method: req.method,
      path: rawPath,
      query: redactQuery(search),
      tenant: applied.tenant ?? null,
      status,
      vendor: vendor?.name ?? null,
      operation_id: operationId,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
      request: { headers: redactHeaders(req.headers), ...(applied.body ? { body: applied.body } : {}) },
      response: responseHeaders ? { headers: redactHeaders(responseHeaders), ...(applied.response?.body ? { body: applied.response.body } : {}) } : { headers: {} },
      ...(applied.fault ? { fault: applied.fault } : {}),
      ...(applied.hint ? { hint: applied.hint, credential: applied.credential ?? null } : {}),
      webhooks: applied.webhooks ?? [],
    });
    const journal = () => {
      if (journaled) return;
      journaled = true;
      // A reset or timed-out connection got no answer at all.
      const answered = res.headersSent;
      const entry = recorded ?? entryOf(answered ? res.statusCode : 0, answered ? res.getHeaders() : undefined);
      if (!recorded) deps.journal.record(entry);
      deps.logger?.request({
        method: entry.method,
        path: entry.path,
        query: entry.query,
        status: entry.status,
        vendor: entry.vendor,
        operationId: entry.operation_id,
        tenant: entry.tenant,
        ms: entry.duration_ms,
        fault: entry.fault,
        webhooks: entry.webhooks,
        ...(applied.hint ? { hint: applied.hint } : {}),
      });
    };
    res.on('finish', journal);
    res.on('close', journal);

    let rendering: { status: number; body?: unknown; headers?: Record<string, string> };
    try {
      if (hostRefused) throw new EngineError('forbidden_host', `This sandbox does not serve Host "${req.headers.host ?? ''}"; allow it with --allowed-hosts.`);
      if (crossSite) throw new EngineError('forbidden_host', 'This sandbox refuses writes from web pages of other sites (Origin / Sec-Fetch-Site).');
      if (match.kind === 'none') throw new EngineError('not_found', `No route for ${req.method} ${rawPath}.`);
      if (match.kind === 'wrong_method') {
        res.setHeader('Allow', match.allowed.join(', '));
        throw new EngineError('method_not_allowed', `${req.method} is not allowed on ${rawPath}; use ${match.allowed.join(' or ')}.`);
      }
      rendering = await runOperation(deps, match.route, req, match.path, search, match.params, applied);
    } catch (error) {
      if (error === NO_ANSWER) return;
      req.resume(); // drain any unread body so the client sees the error, not a reset
      rendering = renderError(vendor, error, { ids: deps.ids, clock: deps.clock }, deps.logger);
      const limitHeaders = typeof error === 'object' && error !== null ? limitHeadersOf.get(error) : undefined;
      if (limitHeaders) rendering = { ...rendering, headers: { ...limitHeaders, ...rendering.headers } };
      if (vendor && error instanceof EngineError && error.kind === 'unauthorized') {
        const known = identifyCredential(deps.vendors ?? [vendor], (name) => deps.store.tenantsOf(name), req.headers, parseQuery(search));
        const spec = deps.specs.get(vendor.name)?.doc;
        applied.hint = unauthorizedHint(vendor, rawPath, known, spec ? expectedCredentials(spec, match.kind === 'found' ? match.route.operation : undefined) : 'its credentials');
        applied.credential = known ?? null;
        rendering = { ...rendering, headers: { ...rendering.headers, 'X-Sandbox-Hint': applied.hint } };
      }
    }
    if (deps.validateResponses && operationId && vendor) {
      rendering = checkResponse(deps, vendor, operationId, rendering);
    }
    // Journaled from what is sent, not by patching res.write (send() sends no body with a 204 or 304); serialised
    // once for both.
    let text: string | undefined;
    if (hasBody(rendering)) {
      try {
        text = JSON.stringify(rendering.body);
      } catch (error) {
        rendering = renderError(vendor, error, { ids: deps.ids, clock: deps.clock }, deps.logger);
        text = JSON.stringify(rendering.body);
      }
    }
    applied.response = { body: text === undefined ? undefined : captureText(text) };
    if (!deps.journal.recordBeforeAnswer) return send(res, rendering, text);
    // A team: the request is in the shared journal before its answer, so any replica asked next counts it.
    const payload = prepareAnswer(res, rendering, text);
    const entry = entryOf(rendering.status, res.getHeaders());
    try {
      await deps.journal.recordBeforeAnswer(entry);
      recorded = entry;
    } catch (error) {
      (deps.logger ?? consoleLog).warn('team journal: could not record a request before answering it', error);
    }
    if (payload === undefined) res.end();
    else res.end(payload);
  };
}

async function runOperation(
  deps: PipelineDeps,
  route: Route,
  req: Request,
  path: string,
  search: string,
  params: Record<string, string>,
  applied: RequestTrace,
): Promise<HandlerResult> {
  const { vendor, operationId } = route;
  const { doc } = deps.specs.get(vendor.name)!;
  // The query is parsed leniently (null-prototype objects) only so Prefinery's ?api_key= can authenticate; nothing
  // else reads the query or the body before the caller is known.
  const query = parseQuery(search);
  if (vendor.paramStyle === 'rails') keepLastQueryValues(search, query); // before ?api_key= authenticates
  await deps.ready;
  // A team store first catches up on the credentials and settings other replicas may have changed.
  if (deps.store.shared) await deps.store.refresh();
  const authenticateNow = () =>
    authenticate(vendor, doc, route.operation, { headers: req.headers, query }, {
      tenants: deps.store.tenantsOf(vendor.name),
      stateOf: (tenantId) => deps.store.stateOf(vendor, tenantId),
      clock: deps.clock,
    });
  const principal = await authenticateShared(deps, vendor.name, authenticateNow);
  applied.tenant = principal.tenantId;
  checkQueryKeys(search, query);
  // Faults and rate limits act once the caller is known, before anything is read or changed.
  const fault = await deps.faults.pickAcrossReplicas({ vendor, operationId, method: req.method, path, tenant: principal.tenantId, header: req.headers['x-sandbox-fault'] });
  if (fault) {
    applied.fault = { rule: fault.rule, action: describeAction(fault.action) };
    await applyFault(fault.action, req, deps.clock, documentedLimitOf(vendor, operationId));
  }
  const limits = await deps.faults.countAcrossReplicas({ vendor, operationId, tenant: principal.tenantId });
  try {
    return await runCounted(deps, route, req, path, params, query, principal, authenticateNow, limits, applied);
  } catch (error) {
    // The request counted against the limit, so its refusal tells the client about the limit too (Voucherify: "Each
    // API response" carries X-Rate-Limit-*).
    if (limits && vendor.rateLimitHeaders && typeof error === 'object' && error !== null) limitHeadersOf.set(error, vendor.rateLimitHeaders(limits));
    throw error;
  }
}

/** The tightest documented limit covering an operation (its own rules, else the vendor-wide ones), or 0. */
function documentedLimitOf(vendor: VendorApi, operationId: string): number {
  const rules = vendor.rateLimits ?? [];
  const own = rules.filter((rule) => rule.operations?.includes(operationId));
  const applying = own.length > 0 ? own : rules.filter((rule) => !rule.operations);
  return applying.length > 0 ? Math.min(...applying.map((rule) => rule.limit)) : 0;
}

/** Limit headers for an error answer, keyed by the error (renderError's own headers win: a 429's). */
const limitHeadersOf = new WeakMap<object, Record<string, string>>();

async function runCounted(
  deps: PipelineDeps,
  route: Route,
  req: Request,
  path: string,
  params: Record<string, string>,
  query: Record<string, unknown>,
  first: Principal,
  authenticateNow: () => Principal,
  limits: ReturnType<PipelineDeps['faults']['countRateLimits']>,
  applied: RequestTrace,
): Promise<HandlerResult> {
  const { vendor, operationId } = route;
  const { doc, compiled } = deps.specs.get(vendor.name)!;
  let principal = first;
  const handler = vendor.handlers[operationId];
  if (!handler) throw new EngineError('not_implemented', `${operationId} is in the ${vendor.title} spec but the sandbox does not emulate it yet.`);

  const validators = compiled.operations.get(operationId)!;
  const read = await readBody(req, vendor.bodyParsing);
  const { form } = read;
  applied.body = captureBody(read.body); // as it arrived, before validation coerces it or a handler keeps it
  const body = vendor.paramStyle === 'rails' && !form && read.body !== undefined ? castRailsStrings(doc, validators.bodySchema, read.body) : read.body;
  const headers = req.headers as Record<string, unknown>;
  const issues: ValidationIssue[] = validators.checkParams({ path: params, query, headers });
  if (body === undefined && validators.bodyRequired) issues.push({ location: 'body', field: '', message: 'A request body is required.', keyword: 'required' });
  if (body !== undefined) issues.push(...validators.checkBody(body, form));
  if (issues.length > 0) throw new EngineError('invalid_request', issues.map((i) => i.message).join('; '), issues);

  // The tenant's lease: a read sees every write acknowledged before it (here or on another replica, and never one
  // that may still be rolled back); a write is alone on its tenant until it is saved.
  const lease = await deps.store.enter(vendor.name, principal.tenantId, !READ_ONLY.has(req.method));
  try {
    // A team store checks the credential again on the caught-up state (a token revoked on another replica).
    if (deps.store.shared) {
      const fresh = authenticateNow();
      if (fresh.tenantId !== principal.tenantId) throw new EngineError('unauthorized');
      principal = fresh;
    }
    return await handleInLease(deps, route, req, path, params, query, body, principal, lease, limits, applied);
  } finally {
    lease.release();
  }
}

/** Authenticate; on a team store, a credential not known here may have been created on another replica: catch up once. */
async function authenticateShared(deps: PipelineDeps, vendor: string, authenticateNow: () => Principal): Promise<Principal> {
  try {
    return authenticateNow();
  } catch (error) {
    if (!deps.store.shared || !(error instanceof EngineError) || error.kind !== 'unauthorized') throw error;
    await deps.store.refresh(vendor);
    return authenticateNow();
  }
}

async function handleInLease(
  deps: PipelineDeps,
  { vendor, operationId }: Route,
  req: Request,
  path: string,
  params: Record<string, string>,
  query: Record<string, unknown>,
  body: unknown,
  principal: Principal,
  lease: Lease,
  limits: ReturnType<PipelineDeps['faults']['countRateLimits']>,
  applied: RequestTrace,
): Promise<HandlerResult> {
  const handler = vendor.handlers[operationId]!; // runOperation answered 501 without one
  const events: EmittedEvent[] = [];
  const sandboxRequest: SandboxRequest = { operationId, method: req.method, path, params, query, body, headers: req.headers };
  const ctx: HandlerContext<unknown> = {
    state: deps.store.stateOf(vendor, principal.tenantId),
    principal,
    clock: deps.clock,
    ids: deps.ids,
    sendEmail: (message) => recordEmail(deps, vendor.name, principal.tenantId, message),
    emit: (event) => void events.push(event),
  };
  let handled: HandlerResult;
  try {
    handled = await handler(sandboxRequest, ctx);
  } catch (error) {
    // A request the vendor refuses changes nothing, but some vendors report the refusal itself (Voucherify's
    // redemption.failed): events emitted with `onFailure` are still delivered, durably.
    await deliverOnFailure(deps, vendor, principal.tenantId, events, applied, lease);
    throw error;
  }
  const result = limits && vendor.rateLimitHeaders ? { ...handled, headers: { ...vendor.rateLimitHeaders(limits), ...handled.headers } } : handled;
  if (result.status >= 400) {
    await deliverOnFailure(deps, vendor, principal.tenantId, events, applied, lease);
    return result;
  }
  // Webhook deliveries join the request's write, so they are durable exactly when it is; they are held back until
  // then, and a failed write's rollback removes them.
  const deliveries = events.flatMap((event) => deps.webhooks.enqueue(vendor, principal.tenantId, event));
  try {
    // Durability: nothing is acknowledged before it is on disk.
    if (!READ_ONLY.has(req.method) || deliveries.length > 0) await lease.commit();
  } finally {
    deps.webhooks.release(deliveries);
  }
  applied.webhooks = deliveries; // only once durable: a failed write's rollback removed them
  if (deliveries.length > 0) deps.webhooks.kick();
  return result;
}

async function deliverOnFailure(deps: PipelineDeps, vendor: VendorApi, tenant: string, events: EmittedEvent[], applied: { webhooks?: string[] }, lease: Lease): Promise<void> {
  const failureEvents = events.filter((event) => event.onFailure);
  if (failureEvents.length === 0) return;
  const deliveries = failureEvents.flatMap((event) => deps.webhooks.enqueue(vendor, tenant, event));
  try {
    await lease.commit();
    applied.webhooks = deliveries;
  } catch {
    // the store logged it; the refusal is still answered
  } finally {
    deps.webhooks.release(deliveries);
  }
  if (deliveries.length > 0) deps.webhooks.kick();
}

/**
 * Whose envelope a path without a route gets: the vendor whose credentials the request carries (an SDK pointed at
 * the sandbox can parse its own vendor's 404), else the vendor owning the path prefix, else nobody.
 */
function ownerOfUnknownPath(deps: PipelineDeps, req: Request, search: string, match: { vendor?: VendorApi; scope?: VendorApi }): VendorApi | undefined {
  if (match.scope) return match.scope;
  let query: Record<string, unknown> = {};
  try {
    query = parseQuery(search);
  } catch {
    // an unparsable query identifies nobody
  }
  for (const [name, { doc }] of deps.specs) {
    const vendor = deps.routes.routes.find((r) => r.vendor.name === name)?.vendor;
    if (!vendor) continue;
    const ctx = { tenants: deps.store.tenantsOf(name), stateOf: (tenantId: string) => deps.store.stateOf(vendor, tenantId), clock: deps.clock };
    if (carriesCredentialOf(vendor, doc, { headers: req.headers, query }, ctx)) return vendor;
  }
  return match.vendor;
}

function recordEmail(deps: PipelineDeps, vendor: string, tenant: string, message: Omit<OutboxMessage, 'id' | 'vendor' | 'tenant' | 'created_at'>) {
  const email: OutboxMessage = { id: `msg_${deps.ids.hex(16)}`, vendor, tenant, created_at: deps.clock.now().toISOString(), ...message };
  const outbox = deps.store.db.outbox;
  outbox.push(email);
  if (deps.store.shared) {
    // A team store keeps the limit per tenant: a write may only change its own tenant's records.
    const mine = allBy(outbox, outboxSpec, 'sender', `${vendor}\u0000${tenant}`);
    if (mine.length > deps.outboxLimit) removeRecords(outbox, ...mine.slice(0, mine.length - deps.outboxLimit));
  } else if (outbox.length > deps.outboxLimit) outbox.splice(0, outbox.length - deps.outboxLimit);
  return email;
}

/** With response validation on, a response that breaks its own spec becomes a loud 500 instead of a silent lie. */
function checkResponse(deps: PipelineDeps, vendor: VendorApi, operationId: string, rendering: HandlerResult): HandlerResult {
  const validators = deps.specs.get(vendor.name)!.compiled.operations.get(operationId)!;
  const problems = describeResponseProblems(validators, rendering.status, rendering.headers ?? {}, rendering.body);
  if (problems.length === 0) return rendering;
  (deps.logger ?? consoleLog).error(`${vendor.name} ${operationId} answered outside its spec`, problems);
  return { status: 500, body: { sandbox_error: 'response does not match the spec', operation_id: operationId, status: rendering.status, problems, body: rendering.body } };
}
