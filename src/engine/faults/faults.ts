// Failure on demand: rules that make matching requests fail, slow down or hit a rate limit, in the vendor's own
// format; a per-request X-Sandbox-Fault header; and each vendor's documented rate limits, counted on the sandbox clock.
import { EngineError, type RateLimitInfo } from '../errors/engine-error.js';
import type { Clock, VendorApi } from '../types.js';
import { fail, parseAction, parseFrequency, parseHeader } from './parse-action.js';

export { parseHeader } from './parse-action.js';

export type FaultAction =
  | { type: 'error'; status: number }
  | { type: 'latency'; min_ms: number; max_ms: number }
  | { type: 'rate_limit'; retry_after_seconds: number }
  | { type: 'reset' }
  | { type: 'timeout' };

export type FaultFrequency = { type: 'always' } | { type: 'times'; count: number } | { type: 'probability'; probability: number; seed: number };

export interface FaultMatch {
  vendor?: string;
  operation_id?: string;
  method?: string;
  /** A path pattern: `*` is any run of characters within a segment, `**` any run across segments. */
  path?: string;
  tenant?: string;
}

export interface FaultRule {
  id: string;
  match: FaultMatch;
  action: FaultAction;
  frequency: FaultFrequency;
  /** For `times`: how many more requests it applies to. */
  remaining?: number;
  /** Matching requests seen (a probability rule draws once per matching request, so a seed replays). */
  seen: number;
  /** Requests it was applied to. */
  applied: number;
  /** 'startup' rules (--faults, --latency) survive a reset; 'admin' rules do not. */
  source: 'admin' | 'startup';
  created_at: string;
}

export interface RequestFacts {
  vendor: VendorApi;
  operationId: string;
  method: string;
  path: string;
  tenant: string;
  /** The X-Sandbox-Fault header, if any. */
  header?: string | string[];
}

/** Per vendor and tenant: whether X-Sandbox-Fault is honoured (default yes) and the documented limits enforced (default no). */
export interface TenantFaultSettings {
  header_faults: boolean;
  rate_limits: boolean;
}

/** A documented vendor rate limit: at most `limit` requests per `window_seconds`, counted per tenant. */
export interface VendorRateLimit {
  name: string;
  limit: number;
  window_seconds: number;
  /** Operations it counts; absent: every operation. */
  operations?: string[];
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * Counts kept where every replica of a team store sees them (PostgreSQL), so a rate limit or a `times` budget holds
 * across replicas. `increment` adds one to the count for `key` in `window` (a new window starts again at 1) and
 * returns it; `clear` forgets the counts under a key prefix, at the next save.
 */
export interface SharedCounter {
  increment(key: string, window: number): Promise<number>;
  clear(prefix: string): void;
}

export function createFaults(deps: { vendors: VendorApi[]; operationIds: (vendor: string) => string[]; clock: Clock; nextId: () => string; counter?: SharedCounter }) {
  let rules: FaultRule[] = [];
  /**
   * Counts resets, for a team store: replicas follow it through the shared settings and give their start-up rules
   * their budgets again when it moves (a reset reaches one replica; the budgets of all must come back).
   */
  let generation = 0;
  const settings = new Map<string, TenantFaultSettings>();
  const windows = new Map<string, { start: number; count: number }>();
  const settingsOf = (vendor: string, tenant: string): TenantFaultSettings => settings.get(`${vendor}\u0000${tenant}`) ?? { header_faults: true, rate_limits: false };

  /** Validate a rule as a user writes it (flat JSON); a bad one is a 400 naming the field. */
  function parseRule(input: unknown, source: FaultRule['source']): FaultRule {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) fail('', 'a fault rule is an object');
    const body = input as Record<string, unknown>;
    const known = ['vendor', 'operation_id', 'method', 'path', 'tenant', 'action', 'status', 'ms', 'min_ms', 'max_ms', 'retry_after', 'times', 'probability', 'seed'];
    const unknown = Object.keys(body).find((k) => !known.includes(k));
    if (unknown) fail(unknown, `unknown field; a rule has ${known.join(', ')}`);
    const match: FaultMatch = {};
    if (body.vendor !== undefined) {
      if (!deps.vendors.some((v) => v.name === body.vendor)) fail('vendor', `must be one of ${deps.vendors.map((v) => v.name).join(', ')}`);
      match.vendor = body.vendor as string;
    }
    if (body.operation_id !== undefined) {
      const owners = deps.vendors.filter((v) => (!match.vendor || v.name === match.vendor) && deps.operationIds(v.name).includes(body.operation_id as string));
      if (typeof body.operation_id !== 'string' || owners.length === 0) fail('operation_id', `no operation "${String(body.operation_id)}"${match.vendor ? ` in ${match.vendor}` : ''}`);
      match.operation_id = body.operation_id;
    }
    if (body.method !== undefined) {
      if (typeof body.method !== 'string' || !HTTP_METHODS.includes(body.method.toUpperCase())) fail('method', `must be one of ${HTTP_METHODS.join(', ')}`);
      match.method = body.method.toUpperCase();
    }
    if (body.path !== undefined) {
      if (typeof body.path !== 'string' || !body.path.startsWith('/') || body.path.length > 512) fail('path', 'must be a path pattern starting with "/" (`*` within a segment, `**` across)');
      match.path = body.path;
    }
    if (body.tenant !== undefined) {
      if (typeof body.tenant !== 'string' || body.tenant === '') fail('tenant', 'must be a tenant id');
      match.tenant = body.tenant;
    }
    const action = parseAction(body);
    const frequency = parseFrequency(body);
    return {
      id: `fault_${deps.nextId()}`,
      match,
      action,
      frequency,
      ...(frequency.type === 'times' ? { remaining: frequency.count } : {}),
      seen: 0,
      applied: 0,
      source,
      created_at: deps.clock.now().toISOString(),
    };
  }

  /** The fault for a request: the X-Sandbox-Fault header (unless the tenant turned it off), else the first rule that fires. */
  function pick(request: RequestFacts): { action: FaultAction; rule: string } | undefined {
    const header = Array.isArray(request.header) ? request.header[0] : request.header;
    if (header !== undefined && settingsOf(request.vendor.name, request.tenant).header_faults) {
      return { action: parseHeader(header), rule: 'X-Sandbox-Fault' };
    }
    for (const rule of rules) {
      // A used-up rule stays listed (remaining 0, with its counts) until a reset or a delete; it no longer fires.
      if (rule.remaining === 0 || !matches(rule.match, request)) continue;
      rule.seen += 1;
      if (!fires(rule)) continue;
      rule.applied += 1;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      return { action: rule.action, rule: rule.id };
    }
    return undefined;
  }

  /**
   * Count a request against the vendor's documented limits. Over a limit is a 429 once the tenant switched limits on;
   * either way the tightest window is returned, for vendors that report their limits on every answer.
   */
  function countRateLimits(request: Pick<RequestFacts, 'vendor' | 'operationId' | 'tenant'>): RateLimitInfo | undefined {
    const enforced = settingsOf(request.vendor.name, request.tenant).rate_limits;
    let tightest: RateLimitInfo | undefined;
    for (const window of windowsOf(request)) {
      const key = `${request.vendor.name}\u0000${request.tenant}\u0000${window.limit.name}`;
      const current = windows.get(key);
      const counted = current && current.start === window.start ? current : { start: window.start, count: 0 };
      windows.set(key, counted);
      if (enforced && counted.count >= window.limit.limit) judge(window, counted.count + 1);
      counted.count += 1;
      tightest = tighter(tightest, judge(window, enforced ? counted.count : 0, counted.count));
    }
    return tightest;
  }

  /** The windows of the vendor's documented limits this request counts in, as of now on the sandbox clock. */
  function windowsOf(request: Pick<RequestFacts, 'vendor' | 'operationId'>) {
    const now = deps.clock.now().getTime();
    return (request.vendor.rateLimits ?? [])
      .filter((limit) => !limit.operations || limit.operations.includes(request.operationId))
      .map((limit) => {
        const windowMs = limit.window_seconds * 1000;
        const start = Math.floor(now / windowMs) * windowMs;
        const resetAt = new Date(start + windowMs);
        return { limit, start, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now) / 1000)) };
      });
  }

  /**
   * pick() for a team store: a `times` budget is spent in the shared counter, so "the next 3 requests" means 3 across
   * every replica. Without a shared counter it is pick().
   */
  async function pickAcrossReplicas(request: RequestFacts): Promise<{ action: FaultAction; rule: string } | undefined> {
    const counter = deps.counter;
    if (!counter || !rules.some((rule) => rule.remaining !== undefined)) return pick(request);
    const header = Array.isArray(request.header) ? request.header[0] : request.header;
    if (header !== undefined && settingsOf(request.vendor.name, request.tenant).header_faults) return pick(request);
    for (const rule of [...rules]) {
      if (rule.remaining === 0 || !matches(rule.match, request)) continue;
      rule.seen += 1;
      if (!fires(rule)) continue;
      if (rule.remaining !== undefined && rule.frequency.type === 'times') {
        const spent = await counter.increment(`times/${rule.id}`, 0);
        rule.remaining = Math.max(0, rule.frequency.count - spent);
        if (spent > rule.frequency.count) continue; // other replicas spent it
      }
      rule.applied += 1;
      return { action: rule.action, rule: rule.id };
    }
    return undefined;
  }

  /**
   * countRateLimits() for a team store: once a tenant switched its limits on, its windows are counted in the shared
   * counter, so N replicas allow the documented number, not N times it. Unenforced windows (only reported in headers)
   * stay per replica: counting them would cost every request a round trip.
   */
  async function countAcrossReplicas(request: Pick<RequestFacts, 'vendor' | 'operationId' | 'tenant'>): Promise<RateLimitInfo | undefined> {
    const counter = deps.counter;
    if (!counter || !request.vendor.rateLimits || !settingsOf(request.vendor.name, request.tenant).rate_limits) return countRateLimits(request);
    let tightest: RateLimitInfo | undefined;
    for (const window of windowsOf(request)) {
      const count = await counter.increment(`rate/${request.vendor.name}/${request.tenant}/${window.limit.name}`, window.start);
      tightest = tighter(tightest, judge(window, count));
    }
    return tightest;
  }

  function fires(rule: FaultRule): boolean {
    if (rule.frequency.type !== 'probability') return true;
    return seededDraw(rule.frequency.seed, rule.seen) < rule.frequency.probability;
  }

  return {
    parseRule,
    pick,
    countRateLimits,
    pickAcrossReplicas,
    countAcrossReplicas,
    list: () => rules,
    add(rule: FaultRule) {
      rules.push(rule);
      return rule;
    },
    remove(id: string): boolean {
      const before = rules.length;
      rules = rules.filter((r) => r.id !== id);
      return rules.length < before;
    },
    /** A reset forgets admin rules, counters and settings; startup rules stay, with their budgets and counts afresh. */
    reset() {
      rules = rules.filter((r) => r.source === 'startup');
      for (const rule of rules) restoreBudget(rule);
      generation += 1;
      windows.clear();
      settings.clear();
      deps.counter?.clear('');
    },
    /** --watch: the fault file changed; its rules (already parsed, all valid) replace the startup rules, fresh. */
    replaceStartupRules(next: FaultRule[]) {
      rules = [...next, ...rules.filter((r) => r.source !== 'startup')];
    },
    clearAdminRules() {
      rules = rules.filter((r) => r.source === 'startup');
    },
    /** The admin rules and tenant settings, for replicas to follow (counters stay with each replica). */
    exportState() {
      return { rules: rules.filter((r) => r.source !== 'startup'), settings: Object.fromEntries(settings), generation };
    },
    importState(state: { rules?: FaultRule[]; settings?: Record<string, TenantFaultSettings>; generation?: number } | undefined) {
      if (!state || !Array.isArray(state.rules)) return;
      if (typeof state.generation === 'number' && state.generation !== generation) {
        generation = state.generation;
        for (const rule of rules) if (rule.source === 'startup') restoreBudget(rule); // another replica was reset
      }
      rules = [...rules.filter((r) => r.source === 'startup'), ...state.rules];
      settings.clear();
      for (const [key, value] of Object.entries(state.settings ?? {})) settings.set(key, value);
    },
    settingsOf,
    setSettings(vendor: string, tenant: string, change: Partial<TenantFaultSettings>) {
      const next = { ...settingsOf(vendor, tenant), ...change };
      settings.set(`${vendor}\u0000${tenant}`, next);
      // Switching limits on or off starts the tenant's windows afresh.
      if (change.rate_limits !== undefined) {
        for (const key of windows.keys()) if (key.startsWith(`${vendor}\u0000${tenant}\u0000`)) windows.delete(key);
        deps.counter?.clear(`rate/${vendor}/${tenant}/`); // vendor names and tenant ids hold no "/"
      }
      return next;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;

/** A rule as it was made: its whole `times` budget, nothing seen or applied yet. */
export function restoreBudget(rule: FaultRule): void {
  if (rule.frequency.type === 'times') rule.remaining = rule.frequency.count;
  rule.seen = 0;
  rule.applied = 0;
}

/**
 * A window after counting this request (`count` with it): a 429 past the limit, else what is left. `shown` is the
 * count reported in headers when the limit is not enforced.
 */
function judge(window: { limit: VendorRateLimit; resetAt: Date; retryAfterSeconds: number }, count: number, shown = count): RateLimitInfo {
  const { limit, resetAt, retryAfterSeconds } = window;
  if (count > limit.limit) throw rateLimited({ limit: limit.limit, remaining: 0, retryAfterSeconds, resetAt }, `${limit.name}: ${limit.limit} requests per ${limit.window_seconds} s`);
  return { limit: limit.limit, remaining: Math.max(0, limit.limit - shown), retryAfterSeconds, resetAt };
}

function tighter(a: RateLimitInfo | undefined, b: RateLimitInfo): RateLimitInfo {
  return !a || b.remaining < a.remaining ? b : a;
}

/** The error an injected or emulated rate limit throws; the vendor's renderer adds its headers. */
export function rateLimited(info: RateLimitInfo, message = 'Too many requests.'): EngineError {
  return new EngineError('rate_limited', message, [], { rateLimit: info });
}

function matches(match: FaultMatch, request: RequestFacts): boolean {
  return (
    (!match.vendor || match.vendor === request.vendor.name) &&
    (!match.operation_id || match.operation_id === request.operationId) &&
    (!match.method || match.method === request.method) &&
    (!match.tenant || match.tenant === request.tenant) &&
    (!match.path || pathPattern(match.path).test(request.path))
  );
}

const patterns = new Map<string, RegExp>();
function pathPattern(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    const source = pattern
      .split('**')
      .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('.*');
    regex = new RegExp(`^${source}$`);
    patterns.set(pattern, regex);
  }
  return regex;
}

/** mulberry32 over (seed, n): the n-th draw of a seeded rule, the same on every run. */
export function seededDraw(seed: number, n: number): number {
  let t = (seed * 0x9e3779b1 + n * 0x85ebca6b) >>> 0;
  t = (t + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
