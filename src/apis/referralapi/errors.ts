import { reasonPhrase, standardRateLimitHeaders } from '../../engine/errors/fault-rendering.js';
import { isEngineError, type EngineErrorKind, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering } from '../../engine/types.js';

// Every failure the sandbox can send, in the documented {error_code, message} style. The docs name only
// INSUFFICIENT_PLAN and MAXIMUM_CAPACITY; the other codes and all statuses are the sandbox's choice.
export const ERRORS = {
  INVALID_API_KEY: { status: 401, message: 'The api-key header is missing or does not match an API key.' },
  INVALID_REQUEST: { status: 400, message: 'The request is invalid.' },
  MALFORMED_BODY: { status: 400, message: 'The request body could not be parsed as JSON.' },
  INVALID_URL: { status: 400, message: 'url must be a web address such as example.com or https://example.com.' },
  URL_CANNOT_BE_CHANGED: { status: 400, message: 'The url of a campaign cannot be changed; create a new campaign instead.' },
  INSUFFICIENT_PLAN: { status: 403, message: 'Maximum Referral Link capacity reached under current organization plan.' },
  MAXIMUM_CAPACITY: { status: 403, message: 'The number of referral links associated with your organization cannot exceed the maximum capacity.' },
  CAMPAIGN_NOT_FOUND: { status: 404, message: 'No campaign exists with this id.' },
  REFERRAL_LINK_NOT_FOUND: { status: 404, message: 'No referral link with this referral_code exists in the campaign.' },
  REFERRED_USER_NOT_FOUND: { status: 404, message: 'The referred_user_id does not exist for the given campaign.' },
  REFERRED_USER_ALREADY_EXISTS: { status: 409, message: 'This referred_user_id is already associated with a referral link in the campaign.' },
  NOT_FOUND: { status: 404, message: 'The requested URL was not found on the server.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'The method is not allowed for the requested URL.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is larger than 1 MiB.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request body must be JSON (Content-Type: application/json).' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry after the number of seconds in Retry-After.' },
  FORBIDDEN_HOST: { status: 403, message: 'This sandbox does not serve that Host name.' },
  NOT_IMPLEMENTED: { status: 501, message: 'This operation is in the spec but the sandbox does not emulate it yet.' },
  INTERNAL_ERROR: { status: 500, message: 'Internal server error.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** Thrown by rules and handlers; made only through the named constructors below, so a code keeps its status and message. */
export class ReferralApiError extends Error {
  readonly status: number;

  private constructor(readonly code: ErrorCode) {
    super(ERRORS[code].message);
    this.name = 'ReferralApiError';
    this.status = ERRORS[code].status;
  }

  static campaignNotFound(): ReferralApiError {
    return new ReferralApiError('CAMPAIGN_NOT_FOUND');
  }

  static referralLinkNotFound(): ReferralApiError {
    return new ReferralApiError('REFERRAL_LINK_NOT_FOUND');
  }

  static referredUserNotFound(): ReferralApiError {
    return new ReferralApiError('REFERRED_USER_NOT_FOUND');
  }

  static referredUserAlreadyExists(): ReferralApiError {
    return new ReferralApiError('REFERRED_USER_ALREADY_EXISTS');
  }

  static invalidUrl(): ReferralApiError {
    return new ReferralApiError('INVALID_URL');
  }

  static urlCannotBeChanged(): ReferralApiError {
    return new ReferralApiError('URL_CANNOT_BE_CHANGED');
  }

  /** The organisation holds settings.max_referral_links links. */
  static maximumCapacity(): ReferralApiError {
    return new ReferralApiError('MAXIMUM_CAPACITY');
  }

  /** The organisation holds its plan's quota of links. */
  static insufficientPlan(): ReferralApiError {
    return new ReferralApiError('INSUFFICIENT_PLAN');
  }
}

const ENGINE_CODES: Record<EngineErrorKind, ErrorCode> = {
  unauthorized: 'INVALID_API_KEY',
  not_found: 'NOT_FOUND',
  method_not_allowed: 'METHOD_NOT_ALLOWED',
  not_implemented: 'NOT_IMPLEMENTED',
  invalid_request: 'INVALID_REQUEST',
  malformed_body: 'MALFORMED_BODY',
  payload_too_large: 'PAYLOAD_TOO_LARGE',
  unsupported_media_type: 'UNSUPPORTED_MEDIA_TYPE',
  forbidden_host: 'FORBIDDEN_HOST',
  injected_error: 'INTERNAL_ERROR',
  rate_limited: 'RATE_LIMITED',
  storage_unavailable: 'INTERNAL_ERROR',
};

export function renderReferralApiError(error: unknown): ErrorRendering {
  if (error instanceof ReferralApiError) return envelope(error.code, error.message);
  if (isEngineError(error)) {
    const code = ENGINE_CODES[error.kind];
    if (error.kind === 'invalid_request' && error.issues.length > 0) return envelope(code, describeIssues(error.issues));
    // Engine messages name the path, method, content type or offending key, which helps more than a generic line.
    if (error.kind === 'unauthorized') return envelope(code, ERRORS[code].message);
    // An injected fault keeps its own status; the code says what kind of failure it stands for.
    if (error.kind === 'injected_error') return { status: error.status, body: { error_code: error.status >= 500 ? 'INTERNAL_ERROR' : 'INVALID_REQUEST', message: reasonPhrase(error.status) } };
    // The sandbox could not save the change: 503 with the same code a server-side failure carries.
    if (error.kind === 'storage_unavailable') return { status: 503, body: { error_code: code, message: error.message } };
    if (error.kind === 'rate_limited') return { ...envelope(code, ERRORS[code].message), headers: standardRateLimitHeaders(error.rateLimit) };
    return envelope(code, error.message || ERRORS[code].message);
  }
  return envelope('INTERNAL_ERROR', ERRORS.INTERNAL_ERROR.message);
}

function envelope(code: ErrorCode, message: string): ErrorRendering {
  return { status: ERRORS[code].status, body: { error_code: code, message } };
}

/** Spec validation issues as one sentence per field, e.g. "campaign_id is required." */
export function describeIssues(issues: ValidationIssue[]): string {
  const lines: string[] = [];
  for (const issue of issues) {
    const line = describeIssue(issue);
    if (!lines.includes(line)) lines.push(line);
  }
  return lines.join(' ');
}

function describeIssue(issue: ValidationIssue): string {
  const field = issue.field || (issue.location === 'body' ? 'The request body' : 'The request');
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return `${field} is required.`;
    case 'type':
      return `${field} must be of type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}.`;
    case 'minLength':
      return `${field} must not be empty.`;
    case 'maxLength':
      return `${field} must be at most ${String(p.limit)} characters.`;
    case 'format':
      return `${field} must be a valid ${String(p.format)}.`;
    default:
      return `${field} is invalid.`;
  }
}
