import { reasonPhrase } from '../../engine/errors/fault-rendering.js';
import { isEngineError, type RateLimitInfo, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering, RenderContext } from '../../engine/types.js';

export type ResourceType = 'voucher' | 'campaign' | 'redeemable_holder' | 'customer';

// Voucherify's own wording, from the error examples in its OpenAPI and api-reference/errors.
export const MESSAGES = {
  unauthorized: 'Unauthorized',
  notFound: 'Resource not found',
  notFoundDetails: (type: ResourceType, id: string) => `Cannot find ${type} with id ${id}`,
  invalidPayload: 'Invalid payload',
  invalidQueryParams: 'Invalid query params',
  notPublished: 'Voucher is not published',
  notPublishedDetails: 'Referral code must be first published to Referrer before assigning it to Referee',
  duplicateFound: 'Duplicated resource found',
  duplicateCustomerDetails: (identifier: string) => `Duplicated customer exists with id ${identifier}`,
  duplicateCampaignDetails: (name: string) => `Duplicated campaign exists with name ${name}`,
  holderDuplication: 'Customer is already assigned to given redeemable',
  forbidden: 'Can not remove assignment',
  forbiddenDetails: 'You can not remove Referrer assignment',
  invalidCampaign: 'Invalid campaign',
  discountRequired: "Property 'discount' is required for REFERRAL_PROGRAM campaign",
  missingVouchers: 'Missing vouchers',
  missingVouchersDetails: (campaignName: string) => `There are no vouchers left to publish in campaign ${campaignName}`,
  alreadyPublished: 'Voucher already published',
  alreadyPublishedDetails: (code: string) => `Voucher ${code} is already published`,
  duplicateSourceId: 'Duplicated source_id',
  duplicateSourceIdDetails: (sourceId: string) => `Publication with source_id ${sourceId} already exists`,
  methodNotAllowed: 'Method not allowed',
  payloadTooLarge: 'Payload too large',
  unsupportedMediaType: 'Unsupported media type',
  notImplemented: 'Not implemented',
  forbiddenHost: 'Forbidden',
  internal: 'Internal server error',
  tooManyRequests: 'Too many requests',
  tooManyRequestsDetails: 'The API call limit of the project has been reached; see the X-Rate-Limit-* headers.',
} as const;

/**
 * A Voucherify error: the renderer adds `code` (the status) and a fresh `request_id`. The constructor is private:
 * every error the sandbox answers with is named by one of the factories below, so its status, key and wording live
 * here and nowhere else.
 */
export class VoucherifyError extends Error {
  private constructor(
    readonly status: number,
    readonly key: string,
    message: string,
    readonly details?: string,
    readonly resource?: { id: string; type: ResourceType },
  ) {
    super(message);
    this.name = 'VoucherifyError';
  }

  // ---- What handlers and rules throw ----

  static notFound(type: ResourceType, id: string): VoucherifyError {
    return new VoucherifyError(404, 'not_found', MESSAGES.notFound, MESSAGES.notFoundDetails(type, id), { id, type });
  }

  static invalidPayload(details: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_payload', MESSAGES.invalidPayload, details);
  }

  static duplicateCustomer(identifier: string): VoucherifyError {
    return new VoucherifyError(409, 'duplicate_found', MESSAGES.duplicateFound, MESSAGES.duplicateCustomerDetails(identifier), { id: identifier, type: 'customer' });
  }

  static duplicateCampaign(name: string): VoucherifyError {
    return new VoucherifyError(409, 'duplicate_found', MESSAGES.duplicateFound, MESSAGES.duplicateCampaignDetails(name), { id: name, type: 'campaign' });
  }

  /** A referral campaign without `voucher.discount`. */
  static discountRequired(): VoucherifyError {
    return new VoucherifyError(400, 'invalid_campaign', MESSAGES.invalidCampaign, MESSAGES.discountRequired);
  }

  /** Holders added to a code nobody was published to yet. */
  static notPublished(): VoucherifyError {
    return new VoucherifyError(400, 'not_published', MESSAGES.notPublished, MESSAGES.notPublishedDetails);
  }

  /** A customer added to a code they already hold (Voucherify's spelling of the key). */
  static holderDuplication(): VoucherifyError {
    return new VoucherifyError(409, 'holder_assignement_duplication', MESSAGES.holderDuplication);
  }

  /** Removing a code's REFERRER. */
  static referrerNotRemovable(): VoucherifyError {
    return new VoucherifyError(403, 'forbidden', MESSAGES.forbidden, MESSAGES.forbiddenDetails);
  }

  /** A campaign with no code left to publish (STATIC, or a code_config too small for another code). */
  static missingVouchers(campaignName: string): VoucherifyError {
    return new VoucherifyError(400, 'missing_vouchers', MESSAGES.missingVouchers, MESSAGES.missingVouchersDetails(campaignName));
  }

  static alreadyPublished(code: string): VoucherifyError {
    return new VoucherifyError(400, 'voucher_already_published', MESSAGES.alreadyPublished, MESSAGES.alreadyPublishedDetails(code), { id: code, type: 'voucher' });
  }

  /** A publication source_id already used for another customer. */
  static duplicateSourceId(sourceId: string): VoucherifyError {
    return new VoucherifyError(400, 'duplicate_source_id', MESSAGES.duplicateSourceId, MESSAGES.duplicateSourceIdDetails(sourceId));
  }

  // ---- What the engine's errors become (see translateEngineError) ----

  static unauthorized(): VoucherifyError {
    return new VoucherifyError(401, 'unauthorized', MESSAGES.unauthorized);
  }

  static invalidQueryParams(details: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_query_params', MESSAGES.invalidQueryParams, details);
  }

  /** An unknown route (no resource named, unlike notFound). */
  static routeNotFound(details: string): VoucherifyError {
    return new VoucherifyError(404, 'not_found', MESSAGES.notFound, details);
  }

  static methodNotAllowed(details: string): VoucherifyError {
    return new VoucherifyError(405, 'method_not_allowed', MESSAGES.methodNotAllowed, details);
  }

  static payloadTooLarge(details: string): VoucherifyError {
    return new VoucherifyError(413, 'payload_too_large', MESSAGES.payloadTooLarge, details);
  }

  static unsupportedMediaType(details: string): VoucherifyError {
    return new VoucherifyError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType, details);
  }

  static notImplemented(details: string): VoucherifyError {
    return new VoucherifyError(501, 'not_implemented', MESSAGES.notImplemented, details);
  }

  static forbiddenHost(details: string): VoucherifyError {
    return new VoucherifyError(403, 'forbidden', MESSAGES.forbiddenHost, details);
  }

  static internal(): VoucherifyError {
    return new VoucherifyError(500, 'internal_error', MESSAGES.internal);
  }

  /** A fault the sandbox was asked to inject: the status with Voucherify's key for it. */
  static injected(status: number): VoucherifyError {
    const key = status === 500 ? 'internal_error' : reasonPhrase(status).toLowerCase().replace(/[^a-z]+/g, '_');
    return new VoucherifyError(status, key, reasonPhrase(status));
  }

  /** The project's API calls per hour are used up. */
  static tooManyRequests(): VoucherifyError {
    return new VoucherifyError(429, 'too_many_requests', MESSAGES.tooManyRequests, MESSAGES.tooManyRequestsDetails);
  }
}

/** `v-` + 18 hex, as Voucherify's request ids look; from the sandbox's id source, so seeded in tests. */
export function newRequestId(ctx: Pick<RenderContext, 'ids'>): string {
  return `v-${ctx.ids.hex(18)}`;
}

export function renderVoucherifyError(error: unknown, ctx: Pick<RenderContext, 'ids'>): ErrorRendering {
  if (error instanceof VoucherifyError) {
    const body: Record<string, unknown> = { code: error.status, key: error.key, message: error.message };
    if (error.details !== undefined) body.details = error.details;
    body.request_id = newRequestId(ctx);
    if (error.resource) {
      body.resource_id = error.resource.id;
      body.resource_type = error.resource.type;
    }
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
