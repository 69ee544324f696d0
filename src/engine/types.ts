// The contract between the engine and a vendor folder. The engine never imports from src/apis/.
import type { CollectionSpec } from './store/collection.js';
import type { RateLimitInfo } from './errors/engine-error.js';
import type { VendorRateLimit } from './faults/faults.js';
import type { EmittedEvent, VendorWebhooks } from './webhooks/types.js';

/** Where "now" comes from; tests and the admin clock endpoint move it. */
export interface Clock {
  now(): Date;
}

/** Where random-looking ids come from; seeded in tests so runs repeat. */
export interface IdSource {
  /** n lower-case hex characters */
  hex(n: number): string;
  /** n decimal digits, the first never 0 */
  digits(n: number): string;
  /** n characters of [A-Z0-9] (upper) or [a-zA-Z0-9] */
  alnum(n: number, opts?: { upper?: boolean }): string;
  /** RFC 4122 version 4 uuid */
  uuid(): string;
}

/** A credential set: one vendor account whose data no other credential sees. */
export interface Tenant {
  id: string;
  /** Keyed by the spec's security scheme name; basic credentials are "user:password". */
  credentials: Record<string, string>;
}

/** Who a request acts as once authenticated. */
export interface Principal {
  tenantId: string;
  /** A narrower identity inside the tenant, e.g. the panelist a bearer token belongs to. */
  subject?: string;
}

/** A message the real vendor would have emailed; kept so developers can look at it. */
export interface OutboxMessage {
  id: string;
  vendor: string;
  tenant: string;
  created_at: string;
  to: string;
  from?: string;
  subject: string;
  body: string;
  data?: Record<string, unknown>;
}

// ---- Operation types: what openapi-typescript generates per operationId (src/apis/<vendor>/spec.gen.ts) ----

/** The shape of one generated operation type. */
export interface OperationTypes {
  parameters?: { path?: unknown; query?: unknown; header?: unknown; cookie?: unknown };
  requestBody?: { content: Record<string, unknown> };
  responses: unknown;
}

/** Operations by operationId, as generated (`operations` in spec.gen.ts). */
export type OperationMap = { [operationId: string]: OperationTypes };

/** `any` marks the engine's own, operation-agnostic view of a handler (it dispatches by operationId at run time). */
type IsAny<T> = 0 extends 1 & T ? true : false;

/** One group of parameters of an operation; `{}` when the spec declares none, so reading an undeclared one fails to compile. */
type ParametersIn<Op, Where extends 'path' | 'query' | 'header'> = IsAny<Op> extends true
  ? Record<string, unknown>
  : Op extends { parameters: infer P }
  ? Where extends keyof P
    ? NonNullable<P[Where]>
    : {}
  : {};

/** Header parameters as Node delivers them: lower-cased names. */
type LowerCaseKeys<T> = { [K in keyof T as K extends string ? Lowercase<K> : never]: T[K] };

/** The request body: the spec's schema (JSON and form share one), `| undefined` when optional, `undefined` when none. */
export type BodyOf<Op> = IsAny<Op> extends true
  ? unknown
  : 'requestBody' extends keyof Op
  ? Op extends { requestBody: { content: infer C } }
    ? C[keyof C]
    : Op extends { requestBody?: { content: infer C } }
      ? C[keyof C] | undefined
      : never
  : undefined;

/** Statuses a handler may answer with; errors are thrown and rendered by the vendor's renderer. */
export type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 300 | 301 | 302 | 303 | 304 | 307 | 308;

type ContentOf<R> = R extends { content: infer C } ? ([C] extends [never] ? undefined : C[keyof C]) : undefined;
type ResultFor<S, Body> = [Body] extends [undefined] ? { status: S; body?: undefined; headers?: Record<string, string> } : { status: S; body: Body; headers?: Record<string, string> };
type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;
type SuccessKeys<Op> = Extract<keyof ResponsesOf<Op>, SuccessStatus>;

/** What a handler may return for an operation: one of the success statuses its spec lists, with that status's body. */
export type ResultOf<Op> = IsAny<Op> extends true ? HandlerResult : { [S in SuccessKeys<Op>]: ResultFor<S, ContentOf<ResponsesOf<Op>[S]>> }[SuccessKeys<Op>];

export interface SandboxRequest<Op = OperationTypes> {
  operationId: string;
  method: string;
  /** Path without query string, as received (a vendor suffix such as ".json" already stripped). */
  path: string;
  /** Path parameters, coerced to the spec's types. */
  params: ParametersIn<Op, 'path'>;
  /** Query parameters, qs-parsed (nested brackets allowed) and coerced to the spec's types. */
  query: ParametersIn<Op, 'query'>;
  /** Parsed and spec-validated body, or undefined when none was sent. */
  body: BodyOf<Op>;
  /** Every header as received (names lower-cased), with the spec's header parameters typed. */
  headers: LowerCaseKeys<ParametersIn<Op, 'header'>> & Record<string, string | string[] | undefined>;
}

export interface HandlerContext<S> {
  /** The tenant's slice of the database. Mutate it synchronously; the engine persists it before a 2xx goes out. */
  state: S;
  principal: Principal;
  clock: Clock;
  ids: IdSource;
  /** Record an email the vendor would have sent. */
  sendEmail(message: Omit<OutboxMessage, 'id' | 'vendor' | 'tenant' | 'created_at'>): OutboxMessage;
  /**
   * Emit a webhook event. The vendor's `webhooks.plan` turns it into deliveries, stored in the same commit as the
   * request's write: nothing is sent for a request that fails or whose write is not acknowledged (unless the event
   * says `onFailure`).
   */
  emit(event: EmittedEvent): void;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A handler typed by its operation: params, query, headers and body in, one of its listed success results out. */
export type Handler<Op = OperationTypes, S = unknown> = (req: SandboxRequest<Op>, ctx: HandlerContext<S>) => ResultOf<Op> | Promise<ResultOf<Op>>;

/** One handler per operationId of the spec: a missing or an extra one is a compile error. */
export type HandlersFor<Ops, S> = { [K in keyof Ops]: Handler<Ops[K], S> };

/** What a renderer may draw on, e.g. for per-response request ids (seeded in tests like every other id). */
export interface RenderContext {
  ids: IdSource;
  clock: Clock;
}

/** What a vendor's error renderer produces. */
export interface ErrorRendering {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Context an authenticate hook may use to resolve credentials that live in vendor data (e.g. access tokens). */
export interface AuthContext<S> {
  tenants: Tenant[];
  stateOf(tenantId: string): S;
  clock: Clock;
}

export interface BodyParsing {
  /** 'always': parse the body as JSON whatever the Content-Type says (some vendors' own examples omit it). */
  json?: 'content-type' | 'always';
  /** Accept application/x-www-form-urlencoded bodies, nested brackets allowed (a[b]=c). */
  form?: boolean;
}

/**
 * One emulated vendor: what src/apis/<vendor>/index.ts exports, typed by its state `S` and its generated
 * `operations` (`Ops`), so each handler is checked against its operation and a missing or extra one does not compile.
 */
export interface VendorApi<S = any, Ops = any> {
  /** Short id used in URLs, the db and fixtures: 'partnero'. */
  name: string;
  /** Human name for logs and the README: 'Partnero'. */
  title: string;
  /** File name inside specs/. */
  spec: string;
  /** Keyed by operationId, one per operation of the spec. */
  handlers: HandlersFor<Ops, S>;
  /** Turns the vendor's own error class or an engine error (see errors/engine-error.ts) into the vendor's envelope. */
  renderError(error: unknown, ctx: RenderContext): ErrorRendering;
  /** A tenant's data when it has none. */
  emptyState(): S;
  /**
   * The arrays of the state the store holds as indexed collections (src/engine/store/collection.ts): lookups by key
   * and index are O(1), and each change is appended to the store's log instead of rewriting the database.
   */
  collections?: CollectionsOf<S>;
  /** The well-known credentials of the default tenant, keyed by security scheme name. */
  defaultCredentials: Record<string, string>;
  /** Fresh credentials for POST /__sandbox/tenants. */
  newCredentials(ids: IdSource): Record<string, string>;
  /** One line telling a person how to send the credentials, e.g. 'Authorization: Bearer pn_sandbox_key'. */
  describeCredentials(credentials: Record<string, string>): string;
  /**
   * Resolve one presented credential for one security scheme. Return undefined to fall back
   * to the engine default (exact match against a tenant's credentials), null to refuse.
   */
  authenticate?(scheme: string, presented: string, ctx: AuthContext<S>): Principal | null | undefined;
  /**
   * Merge a fixture/seed document's data for one tenant into its state, completing partial new records with the
   * vendor's defaults. Default: upsert arrays by id, assign the rest. It runs on a copy; the engine then checks the
   * copy against `stateSchema` and swaps it in only if it passes.
   */
  seed?(state: S, data: unknown, ids: IdSource): void;
  /**
   * JSON Schema (2020-12) of one tenant's whole state. Seeds, scenario files and the default fixtures are checked
   * against it after the merge and before the swap, so no seed can leave a shape the handlers cannot read or remove
   * a documented limit. `default` keywords are applied (ajv useDefaults).
   */
  stateSchema?: Record<string, unknown>;
  /** Checks a seeded state beyond its schema (references between records, unique keys); returns the first problem. */
  checkState?(state: S): { path: string; message: string } | undefined;
  bodyParsing?: BodyParsing;
  /**
   * 'rails': parameters as Rack and Rails read them (openapi/rails-params.ts): a repeated query key keeps its last
   * value, and JSON body strings are cast to the spec's integer, number and boolean types.
   */
  paramStyle?: 'rails';
  /** A suffix clients may append to any path, stripped before routing (Prefinery's ".json"). */
  optionalPathSuffix?: string;
  /**
   * A prefix before every path of the spec, for a vendor whose API lives under one (e.g. '/api'). Every vendor is
   * also reachable under `/<name>/...`, so two vendors whose paths collide can still both be served.
   */
  basePath?: string;
  /** Host names that belong to this vendor alone (e.g. 'api.voucherify.io' pointed at the sandbox): only its routes answer there. */
  hosts?: string[];
  /** Outbound webhooks as the vendor documents them (who receives which event, shape, signature, retries). */
  webhooks?: VendorWebhooks<S>;
  /** The vendor's documented rate limits; enforced per tenant only once switched on (POST /__sandbox/faults/settings). */
  rateLimits?: VendorRateLimit[];
  /** Headers the vendor sends about its limits on every answer (e.g. Voucherify's X-Rate-Limit-*). */
  rateLimitHeaders?(info: RateLimitInfo): Record<string, string>;
}

/** One collection spec per array-valued field of a vendor state. */
export type CollectionsOf<S> = { [K in keyof S as S[K] extends ReadonlyArray<object> ? K : never]?: CollectionSpec<S[K] extends ReadonlyArray<infer T> ? T & object : never> };

/** A scenario document: the shape of fixtures/ and of POST /__sandbox/seed. */
export type ScenarioDocument = Record<string, VendorScenario>;

/** A seed names only what it cares about: every field of every record may be left out (the vendor's seed completes it). */
export type DeepPartial<T> = T extends Array<infer Item> ? Array<DeepPartial<Item>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** One vendor's part of a scenario document; `S` types the data as partial vendor state (fixtures use it). */
export interface VendorScenario<S = unknown> {
  tenants: Array<{ id: string; credentials?: Record<string, string>; data?: DeepPartial<S> }>;
}
