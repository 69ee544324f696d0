// Sends stored webhook deliveries: on the sandbox clock, with bounded concurrency, never in a request's way.
import { removeRecords, updateRecord } from '../store/collection.js';
import type { SandboxClock } from '../clock.js';
import type { Store } from '../store/store.js';
import { consoleLog, type ProblemLog } from '../logger.js';
import type { IdSource, VendorApi } from '../types.js';
import type { AttemptError, DeliveryAttempt, EmittedEvent, PlannedDelivery, WebhookDelivery, WebhookOutcome } from './types.js';

export interface DispatcherOptions {
  /** Deliveries in flight at once; a slow receiver holds one slot, never a request. */
  concurrency?: number;
  /** Pending deliveries kept; beyond it a new one is recorded as dropped. */
  queueLimit?: number;
  /** Finished deliveries kept in the log (oldest pruned first). */
  logLimit?: number;
  /** Caps every vendor's timeout (tests use a short one to exercise hanging receivers). */
  maxTimeoutMs?: number;
}

export interface Dispatcher {
  /**
   * Store the deliveries an event causes, as part of the caller's write. They are held back until `release`:
   * nothing is sent before the write that caused it is on disk (a failed write's rollback removes them).
   */
  enqueue(vendor: VendorApi, tenant: string, event: EmittedEvent): string[];
  /** The write that created these deliveries is durable (or failed): stop holding them back. */
  release(ids: string[]): void;
  /** Start every delivery that is due; call after a commit or a clock move. Never throws. */
  kick(): void;
  /** Make a delivery pending again, due now. */
  redeliver(id: string): WebhookDelivery | undefined;
  /** Resolves when nothing is in flight (tests and shutdown). */
  idle(): Promise<void>;
}

const RESPONSE_SNIPPET_BYTES = 1024;

export function createDispatcher(
  deps: { store: Store; clock: SandboxClock; ids: IdSource; vendors: VendorApi[]; log?: ProblemLog; /** Team store: only the leader replica sends. */ sends?: () => boolean },
  options: DispatcherOptions = {},
): Dispatcher {
  const log = deps.log ?? consoleLog;
  const concurrency = options.concurrency ?? 8;
  const queueLimit = options.queueLimit ?? 5000;
  const logLimit = options.logLimit ?? 2000;
  const inFlight = new Map<string, Promise<void>>();
  /** Enqueued in a write that is not yet committed. */
  const held = new Set<string>();
  /** Real time of each delivery's last attempt: if recording an attempt fails and is rolled back, it is not resent at once. */
  const lastTried = new Map<string, number>();
  const MIN_GAP_MS = 200;
  let timer: NodeJS.Timeout | undefined;
  const vendorOf = (name: string) => deps.vendors.find((v) => v.name === name);
  const deliveries = () => deps.store.db.webhooks.deliveries;

  function enqueue(vendor: VendorApi, tenant: string, event: EmittedEvent): string[] {
    const hooks = vendor.webhooks;
    if (!hooks) return [];
    const { endpoints } = deps.store.db.webhooks;
    let planned: PlannedDelivery[];
    try {
      planned = hooks.plan(event, {
        state: deps.store.stateOf(vendor, tenant),
        tenant,
        endpoints: endpoints.filter((e) => e.vendor === vendor.name && e.tenant === tenant && e.enabled && (e.events.length === 0 || e.events.includes(event.type))),
        clock: deps.clock,
        ids: deps.ids,
      });
    } catch (error) {
      // A bug in a vendor's webhook code must not fail (or half-fail) the request that caused the event.
      log.error(`${vendor.name} could not plan ${event.type} deliveries`, error);
      return [];
    }
    const now = deps.clock.now().toISOString();
    const pending = deliveries().filter((d) => d.status === 'pending').length;
    return planned.map((plan, index) => {
      const dropped = pending + index >= queueLimit;
      const delivery: WebhookDelivery = {
        id: `whd_${deps.ids.hex(16)}`,
        vendor: vendor.name,
        tenant,
        event_type: event.type,
        endpoint_id: plan.endpoint_id,
        url: plan.url,
        headers: plan.headers,
        body: plan.body,
        status: dropped ? 'dropped' : 'pending',
        next_attempt_at: dropped ? null : now,
        attempts: [],
        created_at: now,
        ...(dropped ? { note: `dropped: ${queueLimit} deliveries were already waiting` } : {}),
      };
      deliveries().push(delivery);
      if (!dropped) held.add(delivery.id);
      return delivery.id;
    });
  }

  function kick(): void {
    if (deps.sends && !deps.sends()) return; // another replica sends (its own timers and retries included)
    try {
      pruneLog();
      const now = deps.clock.now().getTime();
      const wall = Date.now();
      const due = deliveries()
        .filter((d) => d.status === 'pending' && sendable(d) && d.next_attempt_at !== null && Date.parse(d.next_attempt_at) <= now && wall - (lastTried.get(d.id) ?? 0) >= MIN_GAP_MS)
        .sort((a, b) => Date.parse(a.next_attempt_at!) - Date.parse(b.next_attempt_at!));
      for (const delivery of due.slice(0, Math.max(0, concurrency - inFlight.size))) {
        lastTried.set(delivery.id, wall);
        const running = attempt(delivery.id)
          .catch((error) => giveUp(delivery.id, `the sandbox failed while sending: ${(error as Error).message}`, error))
          .finally(() => {
            inFlight.delete(delivery.id);
            setImmediate(kick); // never recurse synchronously: the event loop must get a turn between attempts
          });
        inFlight.set(delivery.id, running);
      }
      arm();
    } catch (error) {
      log.error('webhook dispatcher', error);
    }
  }

  function sendable(delivery: WebhookDelivery): boolean {
    return !inFlight.has(delivery.id) && !held.has(delivery.id);
  }

  /** Record that a delivery cannot go on (its vendor is not served, or the sandbox failed while sending it). */
  function giveUp(id: string, note: string, error?: unknown) {
    if (error) log.error(`webhook delivery ${id}`, error);
    const delivery = deliveries().find((d) => d.id === id);
    if (delivery && delivery.status === 'pending') finish(delivery, 'failed', note);
  }

  /** Wake up when the next pending delivery falls due (real time, as the sandbox clock runs with it). */
  function arm(): void {
    if (timer) clearTimeout(timer);
    const next = deliveries()
      .filter((d) => d.status === 'pending' && sendable(d) && d.next_attempt_at !== null)
      .reduce<number | undefined>((min, d) => Math.min(min ?? Infinity, Date.parse(d.next_attempt_at!)), undefined);
    if (next === undefined) return;
    const wait = Math.min(Math.max(next - deps.clock.now().getTime(), MIN_GAP_MS), 30_000);
    timer = setTimeout(kick, wait);
    timer.unref(); // a waiting retry never keeps a test run or a stopping process alive
  }

  async function attempt(id: string): Promise<void> {
    const snapshot = deliveries().find((d) => d.id === id);
    if (!snapshot) return;
    const vendor = vendorOf(snapshot.vendor);
    if (!vendor?.webhooks) return giveUp(id, `this sandbox does not serve ${snapshot.vendor} webhooks`);
    const policy = vendor.webhooks.policy;
    const timeoutMs = Math.min(policy.timeoutMs, options.maxTimeoutMs ?? Infinity);
    const started = performance.now();
    const result = await post(snapshot.url, snapshot.headers, snapshot.body, timeoutMs);
    const outcome: WebhookOutcome = result.error === 'invalid_url' ? 'failed' : result.status === null ? 'retry' : policy.classify(result.status);
    const record: DeliveryAttempt = {
      started_at: deps.clock.now().toISOString(),
      duration_ms: Math.round(performance.now() - started),
      url: snapshot.url,
      request_headers: snapshot.headers,
      status: result.status,
      response_body: result.body,
      error: result.error,
      error_message: result.message,
      outcome,
    };
    // The store may have been reset or rolled back meanwhile: record on the delivery as it is now, if it still exists.
    const delivery = deliveries().find((d) => d.id === id);
    if (!delivery || delivery.status !== 'pending') return;
    delivery.attempts.push(record);
    const retries = delivery.attempts.length; // the next retry's number
    const delay = outcome === 'retry' ? policy.retryDelayMs(retries) : undefined;
    if (outcome === 'delivered') finish(delivery, 'delivered');
    else if (outcome === 'retry' && delay !== undefined) delivery.next_attempt_at = new Date(deps.clock.now().getTime() + delay).toISOString();
    else {
      finish(delivery, 'failed', outcome === 'retry' ? `gave up after ${delivery.attempts.length} attempts` : outcome === 'disable' ? 'the receiver asked to be disabled' : undefined);
      if (outcome === 'disable') disableEndpoint(vendor, delivery);
    }
    updateRecord(deliveries(), delivery);
    await deps.store.commit().catch(() => undefined); // the store logs its own failures; the log entry is best effort
  }

  function finish(delivery: WebhookDelivery, status: 'delivered' | 'failed', note?: string) {
    delivery.status = status;
    delivery.next_attempt_at = null;
    if (note) delivery.note = note;
    updateRecord(deliveries(), delivery);
  }

  function disableEndpoint(vendor: VendorApi, delivery: WebhookDelivery) {
    const endpoint = deps.store.db.webhooks.endpoints.find((e) => e.id === delivery.endpoint_id && e.vendor === vendor.name);
    if (endpoint) updateRecord(deps.store.db.webhooks.endpoints, endpoint, (e) => void (e.enabled = false));
    else vendor.webhooks?.disable?.(deps.store.stateOf(vendor, delivery.tenant), delivery.endpoint_id);
    // Nothing more goes to a disabled receiver.
    for (const other of deliveries()) {
      if (other.status === 'pending' && other.vendor === vendor.name && other.tenant === delivery.tenant && other.endpoint_id === delivery.endpoint_id) {
        finish(other, 'failed', 'the receiver was disabled');
      }
    }
  }

  function pruneLog() {
    const list = deliveries();
    const finished = list.filter((d) => d.status !== 'pending');
    if (finished.length <= logLimit) return;
    const drop = new Set(finished.slice(0, finished.length - logLimit).map((d) => d.id));
    removeRecords(list, ...list.filter((d) => drop.has(d.id)));
  }

  return {
    enqueue,
    release(ids) {
      for (const id of ids) held.delete(id);
    },
    kick,
    redeliver(id) {
      const delivery = deliveries().find((d) => d.id === id);
      if (!delivery) return undefined;
      delivery.status = 'pending';
      delivery.next_attempt_at = deps.clock.now().toISOString();
      delete delivery.note;
      return updateRecord(deliveries(), delivery);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
  };
}

interface PostResult {
  status: number | null;
  body: string | null;
  error: AttemptError | null;
  message: string | null;
}

/** One POST with Node's fetch: no redirects followed, a hard timeout, the start of the answer kept. */
async function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: null, body: null, error: 'invalid_url', message: `not a URL: ${url}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { status: null, body: null, error: 'invalid_url', message: `only http and https are delivered, not ${parsed.protocol}` };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(parsed, { method: 'POST', headers, body, redirect: 'manual', signal: controller.signal });
    return { status: response.status, body: await readSnippet(response), error: null, message: null };
  } catch (error) {
    return { status: null, body: null, ...describeFailure(error, controller.signal.aborted, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}

async function readSnippet(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < RESPONSE_SNIPPET_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  void reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, RESPONSE_SNIPPET_BYTES).toString('utf8');
}

function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): { error: AttemptError; message: string } {
  if (timedOut) return { error: 'timeout', message: `no answer within ${timeoutMs} ms` };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const message = cause?.message ?? (error as Error).message;
  if (code === 'ECONNREFUSED') return { error: 'refused', message };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { error: 'dns', message };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { error: 'reset', message };
  if (/CERT|TLS|SSL/i.test(code) || /certificate|tls|ssl/i.test(message)) return { error: 'tls', message };
  return { error: 'network', message: code ? `${code}: ${message}` : message };
}
