// Failures the engine detects before a vendor handler runs. Each vendor's renderer maps these
// kinds onto its own envelope, so the client always sees the vendor's format.

export type EngineErrorKind =
  | 'unauthorized' // missing or unknown credentials
  | 'not_found' // no route for this path
  | 'method_not_allowed' // the path exists, the method does not
  | 'not_implemented' // spec'd operation without a handler
  | 'invalid_request' // params or body fail the spec's schema
  | 'malformed_body' // unparseable JSON/form, or a __proto__/constructor key
  | 'payload_too_large' // body over the limit
  | 'unsupported_media_type' // a body in a content type or encoding the vendor does not take
  | 'forbidden_host' // a Host header the sandbox does not serve (DNS rebinding)
  | 'injected_error' // a fault rule or X-Sandbox-Fault asked for this status (5xx or 4xx); `status` carries it
  | 'rate_limited' // an emulated vendor rate limit or an injected one; `rateLimit` says which
  | 'storage_unavailable'; // the change could not be saved (disk full, I/O error) and was rolled back

export const ENGINE_STATUS: Record<EngineErrorKind, number> = {
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  not_implemented: 501,
  invalid_request: 422,
  malformed_body: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  forbidden_host: 403,
  injected_error: 500,
  rate_limited: 429,
  storage_unavailable: 503,
};

export const ENGINE_MESSAGES: Record<EngineErrorKind, string> = {
  unauthorized: 'Unauthenticated.',
  not_found: 'Not found.',
  method_not_allowed: 'Method not allowed.',
  not_implemented: 'This operation is in the spec but the sandbox does not emulate it yet.',
  invalid_request: 'The request is invalid.',
  malformed_body: 'The request body could not be parsed.',
  payload_too_large: 'The request body is larger than 1 MiB.',
  unsupported_media_type: 'The request body must be JSON.',
  forbidden_host: 'This sandbox does not serve that Host name.',
  injected_error: 'A fault injected by the sandbox.',
  rate_limited: 'Too many requests.',
  storage_unavailable: 'The sandbox could not save the change (storage failed); nothing was changed. Retry later.',
};

/** What a rate-limited answer says about the limit, for the vendor's headers (X-Rate-Limit-*, Retry-After). */
export interface RateLimitInfo {
  limit: number;
  remaining: number;
  /** Seconds until the window resets (Retry-After). */
  retryAfterSeconds: number;
  /** The window's end on the sandbox clock. */
  resetAt: Date;
}

export interface ValidationIssue {
  location: 'path' | 'query' | 'body' | 'header';
  /** Dotted property path, e.g. 'update.email' or 'holders.0.id'; '' for the whole body. */
  field: string;
  message: string;
  /** The JSON Schema keyword that failed: required, type, enum, minimum, additionalProperties, ... */
  keyword?: string;
  /** The keyword's parameters from the validator (limit, allowedValues, missingProperty, ...). */
  params?: Record<string, unknown>;
}

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  readonly status: number;
  readonly issues: ValidationIssue[];
  readonly rateLimit?: RateLimitInfo;

  constructor(kind: EngineErrorKind, message = ENGINE_MESSAGES[kind], issues: ValidationIssue[] = [], options: { status?: number; rateLimit?: RateLimitInfo } = {}) {
    super(message);
    this.name = 'EngineError';
    this.kind = kind;
    this.status = options.status ?? ENGINE_STATUS[kind];
    this.issues = issues;
    this.rateLimit = options.rateLimit;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
