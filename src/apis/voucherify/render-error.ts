// Every failure in Voucherify's error object: its own errors as they are, the engine's translated to its keys.
import { isEngineError, type RateLimitInfo, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering, RenderContext } from '../../engine/types.js';
import { VoucherifyError } from './errors.js';

/** `v-` + 18 hex, as Voucherify's request ids look; from the sandbox's id source, so seeded in tests. */
export function newRequestId(ctx: Pick<RenderContext, 'ids'>): string {
  return `v-${ctx.ids.hex(18)}`;
}

export function renderVoucherifyError(error: unknown, ctx: Pick<RenderContext, 'ids'>): ErrorRendering {
  if (error instanceof VoucherifyError) {
    if (error.bodyless) return { status: error.status };
    const body: Record<string, unknown> = { code: error.status, key: error.key, message: error.message };
    if (error.details !== undefined) body.details = error.details;
    body.request_id = newRequestId(ctx);
    if (error.resource) {
      body.resource_id = error.resource.id;
      body.resource_type = error.resource.type;
    }
    if (error.errorMessage !== undefined) body.error = { message: error.errorMessage };
    return { status: error.status, body };
  }
  const rendering = renderVoucherifyError(translateEngineError(error), ctx);
  if (isEngineError(error) && error.kind === 'rate_limited') rendering.headers = voucherifyRateLimitHeaders(error.rateLimit);
  return rendering;
}

/**
 * Voucherify's limit headers (documentation/guides/limits.mdx): X-Rate-Limit-Limit, X-Rate-Limit-Remaining,
 * X-Rate-Limit-Retry (epoch seconds when the window resets) and, on a 429, Retry-After. Sent on every answer.
 */
export function voucherifyRateLimitHeaders(info: RateLimitInfo | undefined): Record<string, string> {
  if (!info) return { 'Retry-After': '60' };
  const headers: Record<string, string> = {
    'X-Rate-Limit-Limit': String(info.limit),
    'X-Rate-Limit-Remaining': String(info.remaining),
    'X-Rate-Limit-Retry': String(Math.ceil(info.resetAt.getTime() / 1000)),
  };
  if (info.remaining === 0) headers['Retry-After'] = String(info.retryAfterSeconds);
  return headers;
}

function translateEngineError(error: unknown): VoucherifyError {
  if (!isEngineError(error)) return VoucherifyError.internal();
  switch (error.kind) {
    case 'unauthorized':
      return VoucherifyError.unauthorized();
    case 'invalid_request':
      return describeInvalidRequest(error.issues);
    case 'malformed_body':
      return VoucherifyError.invalidPayload(error.message);
    case 'not_found':
      return VoucherifyError.routeNotFound(error.message);
    case 'method_not_allowed':
      return VoucherifyError.methodNotAllowed(error.message);
    case 'payload_too_large':
      return VoucherifyError.payloadTooLarge(error.message);
    case 'unsupported_media_type':
      return VoucherifyError.unsupportedMediaType(error.message);
    case 'not_implemented':
      return VoucherifyError.notImplemented(error.message);
    case 'forbidden_host':
      return VoucherifyError.forbiddenHost(error.message);
    case 'injected_error':
      return VoucherifyError.injected(error.status);
    case 'rate_limited':
      return VoucherifyError.tooManyRequests();
    case 'storage_unavailable':
      return VoucherifyError.storageFailed(error.message);
  }
}

// Voucherify validates with ajv too: "Property .holders must NOT have fewer than 1 items".
function describeInvalidRequest(issues: ValidationIssue[]): VoucherifyError {
  const issue = issues.find((i) => i.keyword !== 'oneOf' && i.keyword !== 'anyOf') ?? issues[0];
  const inQuery = issue?.location === 'query' || issue?.location === 'path';
  const details = issue ? describeIssue(issue) : 'The request is invalid';
  return inQuery ? VoucherifyError.invalidQueryParams(details) : VoucherifyError.invalidPayload(details);
}

export function describeIssue(issue: ValidationIssue): string {
  const prefix = issue.field ? `${issue.field} ` : 'body ';
  const text = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
  const path = issue.field ? `.${issue.field.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}` : '';
  return `Property ${path || 'body'} ${text}`.replace(/\s+/g, ' ').trim();
}
