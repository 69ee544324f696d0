// The contract between the engine and a vendor folder. The engine never imports from src/apis/.

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

export interface SandboxRequest {
  operationId: string;
  method: string;
  /** Path without query string, as received (a vendor suffix such as ".json" already stripped). */
  path: string;
  /** Path parameters, coerced to the spec's types. */
  params: Record<string, any>;
  /** Query parameters, qs-parsed (nested brackets allowed) and coerced to the spec's types. */
  query: Record<string, any>;
  /** Parsed and spec-validated body, or undefined when none was sent. */
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

export interface HandlerContext<S> {
  /** The tenant's slice of the database. Mutate it synchronously; the engine persists it before a 2xx goes out. */
  state: S;
  principal: Principal;
  clock: Clock;
  ids: IdSource;
  /** Record an email the vendor would have sent. */
  sendEmail(message: Omit<OutboxMessage, 'id' | 'vendor' | 'tenant' | 'created_at'>): OutboxMessage;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler<S = any> = (req: SandboxRequest, ctx: HandlerContext<S>) => HandlerResult | Promise<HandlerResult>;

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

/** One emulated vendor: what src/apis/<vendor>/index.ts exports. */
export interface VendorApi<S = any> {
  /** Short id used in URLs, the db and fixtures: 'partnero'. */
  name: string;
  /** Human name for logs and the README: 'Partnero'. */
  title: string;
  /** File name inside specs/. */
  spec: string;
  /** Keyed by operationId. A spec'd operation missing here answers 501. */
  handlers: Record<string, Handler<S>>;
  /** Turns the vendor's own error class or an engine error (see errors/engine-error.ts) into the vendor's envelope. */
  renderError(error: unknown, ctx: RenderContext): ErrorRendering;
  /** A tenant's data when it has none. */
  emptyState(): S;
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
  /** A suffix clients may append to any path, stripped before routing (Prefinery's ".json"). */
  optionalPathSuffix?: string;
}

/** A scenario document: the shape of fixtures/ and of POST /__sandbox/seed. */
export type ScenarioDocument = Record<string, VendorScenario>;

export interface VendorScenario {
  tenants: Array<{ id: string; credentials?: Record<string, string>; data?: unknown }>;
}
