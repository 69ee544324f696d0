import { isEngineError, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering, RenderContext } from '../../engine/types.js';

// Voucherify's own wording, from the error examples in its OpenAPI and api-reference/errors.
export const MESSAGES = {
  unauthorized: 'Unauthorized',
  notFound: 'Resource not found',
  invalidPayload: 'Invalid payload',
  invalidQueryParams: 'Invalid query params',
  notPublished: 'Voucher is not published',
  notPublishedDetails: 'Referral code must be first published to Referrer before assigning it to Referee',
  duplicateFound: 'Duplicated resource found',
  holderDuplication: 'Customer is already assigned to given redeemable',
  forbidden: 'Can not remove assignment',
  forbiddenDetails: 'You can not remove Referrer assignment',
  invalidCampaign: 'Invalid campaign',
  discountRequired: "Property 'discount' is required for REFERRAL_PROGRAM campaign",
  missingVouchers: 'Missing vouchers',
  missingVouchersDetails: 'There are no vouchers left to publish in campaign',
  alreadyPublished: 'Voucher already published',
  duplicateSourceId: 'Duplicated source_id',
  methodNotAllowed: 'Method not allowed',
  payloadTooLarge: 'Payload too large',
  unsupportedMediaType: 'Unsupported media type',
  notImplemented: 'Not implemented',
  forbiddenHost: 'Forbidden',
  internal: 'Internal server error',
} as const;

export type ResourceType = 'voucher' | 'campaign' | 'redeemable_holder' | 'customer';

/** A Voucherify error: the renderer adds `code` (the status) and a fresh `request_id`. */
export class VoucherifyError extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    message: string,
    readonly details?: string,
    readonly resource?: { id: string; type: ResourceType },
  ) {
    super(message);
    this.name = 'VoucherifyError';
  }

  static notFound(type: ResourceType, id: string): VoucherifyError {
    return new VoucherifyError(404, 'not_found', MESSAGES.notFound, `Cannot find ${type} with id ${id}`, { id, type });
  }

  static invalidPayload(details: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_payload', MESSAGES.invalidPayload, details);
  }

  static duplicateCustomer(identifier: string): VoucherifyError {
    return new VoucherifyError(409, 'duplicate_found', MESSAGES.duplicateFound, `Duplicated customer exists with id ${identifier}`, {
      id: identifier,
      type: 'customer',
    });
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
  return renderVoucherifyError(translateEngineError(error), ctx);
}

function translateEngineError(error: unknown): VoucherifyError {
  if (!isEngineError(error)) return new VoucherifyError(500, 'internal_error', MESSAGES.internal);
  switch (error.kind) {
    case 'unauthorized':
      return new VoucherifyError(401, 'unauthorized', MESSAGES.unauthorized);
    case 'invalid_request':
      return describeInvalidRequest(error.issues);
    case 'malformed_body':
      return VoucherifyError.invalidPayload(error.message);
    case 'not_found':
      return new VoucherifyError(404, 'not_found', MESSAGES.notFound, error.message);
    case 'method_not_allowed':
      return new VoucherifyError(405, 'method_not_allowed', MESSAGES.methodNotAllowed, error.message);
    case 'payload_too_large':
      return new VoucherifyError(413, 'payload_too_large', MESSAGES.payloadTooLarge, error.message);
    case 'unsupported_media_type':
      return new VoucherifyError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType, error.message);
    case 'not_implemented':
      return new VoucherifyError(501, 'not_implemented', MESSAGES.notImplemented, error.message);
    case 'forbidden_host':
      return new VoucherifyError(403, 'forbidden', MESSAGES.forbiddenHost, error.message);
  }
}

// Voucherify validates with ajv too: "Property .holders must NOT have fewer than 1 items".
function describeInvalidRequest(issues: ValidationIssue[]): VoucherifyError {
  const issue = issues.find((i) => i.keyword !== 'oneOf' && i.keyword !== 'anyOf') ?? issues[0];
  const inQuery = issue?.location === 'query' || issue?.location === 'path';
  const details = issue ? describeIssue(issue) : 'The request is invalid';
  return inQuery
    ? new VoucherifyError(400, 'invalid_query_params', MESSAGES.invalidQueryParams, details)
    : VoucherifyError.invalidPayload(details);
}

export function describeIssue(issue: ValidationIssue): string {
  const prefix = issue.field ? `${issue.field} ` : 'body ';
  const text = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
  const path = issue.field ? `.${issue.field.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}` : '';
  return `Property ${path || 'body'} ${text}`.replace(/\s+/g, ' ').trim();
}
