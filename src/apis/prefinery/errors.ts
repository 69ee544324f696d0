import { reasonPhrase, standardRateLimitHeaders } from '../../engine/errors/fault-rendering.js';
import { isEngineError, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering } from '../../engine/types.js';

// Prefinery does not publish its error body; public client code reads 422 {"errors":[{"code":2310,"message":...}]}.
// This file is the one place that shape lives, so it can be corrected if the real one surfaces.

/** Documented codes (22xx betas, 25xx friend invitations, 28xx points) and the tester codes public client code relies on. */
export const MESSAGES = {
  2201: 'A general error has occurred.',
  2204: 'Unable to delete beta.',
  2301: 'Email is invalid.',
  2310: 'A tester with this email address already exists.',
  2501: 'A general error has occurred.',
  2502: 'The Invite-a-Friend System is disabled. You can enable Invite-a-Friend System via the Prefinery UI on the Advanced Settings page.',
  2503: 'Sender email is required.',
  2504: "Tester record not found for sender email. The sender's email address must correspond to an existing tester in your beta.",
  2505: "Sender not allowed to send invitations. The sender's tester record must be set to a status of Invited, Active, or Idle. An Applied or Rejected tester cannot invite friends.",
  2506: 'Recipient email is required.',
  2507: 'You cannot invite yourself.',
  2508: 'You have no more invitations. The sender has used up all of their friend invitations.',
  2509: 'You have already invited this person.',
  2510: 'Recipient email is invalid.',
  2801: 'A general error has occurred.',
  2802: 'Email is required.',
  2803: 'Email not found.',
  2804: 'Quantity is required.',
} as const;

export type PrefineryCode = keyof typeof MESSAGES;

/** Where Prefinery publishes no code, the sandbox uses the HTTP status as the code. */
export const STATUS_MESSAGES = {
  400: 'The request body could not be parsed.',
  401: 'HTTP Basic: Access denied.',
  403: 'Forbidden.',
  404: 'Not found.',
  413: 'The request body is larger than 1 MiB.',
  415: 'The request body must be JSON or form-encoded.',
  429: 'Rate limit exceeded. Please retry after the number of seconds in Retry-After.',
  500: 'A general error has occurred.',
  501: 'This operation is in the spec but the sandbox does not emulate it yet.',
  betaNotFound: 'Beta not found.',
  testerNotFound: 'Tester not found.',
  pageNotFound: 'Page not found.',
  checkinTesterNotFound: 'Tester record not found for email.',
} as const;

export const WWW_AUTHENTICATE = 'Basic realm="Prefinery API"';

/** Thrown by rules and handlers; made only through the named constructors below, so each code keeps its status and message. */
export class PrefineryError extends Error {
  private constructor(
    readonly code: number,
    readonly status: 404 | 422,
    message: string,
  ) {
    super(message);
    this.name = 'PrefineryError';
  }

  /** A documented business-rule failure: 422 with its code and message. */
  static rule(code: PrefineryCode): PrefineryError {
    return new PrefineryError(code, 422, MESSAGES[code]);
  }

  static betaNotFound(): PrefineryError {
    return PrefineryError.notFound(STATUS_MESSAGES.betaNotFound);
  }

  static testerNotFound(): PrefineryError {
    return PrefineryError.notFound(STATUS_MESSAGES.testerNotFound);
  }

  /**
   * A tester status change the status rules refuse (rules/tester-status.ts). Prefinery publishes no code for it, so
   * the code is the HTTP status, as for every undocumented failure.
   */
  static statusChange(from: string, to: string): PrefineryError {
    return new PrefineryError(422, 422, `A tester cannot change status from ${from} to ${to}.`);
  }

  /** verify: the code is not the tester's (or none was sent). Undocumented, so the code is the HTTP status. */
  static invitationCodeInvalid(): PrefineryError {
    return new PrefineryError(422, 422, 'Invitation code is invalid.');
  }

  /** A check-in by email names no tester of the beta. */
  static checkinTesterNotFound(): PrefineryError {
    return PrefineryError.notFound(STATUS_MESSAGES.checkinTesterNotFound);
  }

  private static notFound(message: string): PrefineryError {
    return new PrefineryError(404, 404, message);
  }
}

/** The one error envelope. */
export function errorBody(errors: Array<{ code: number; message: string }>) {
  return { errors };
}

export function renderPrefineryError(error: unknown): ErrorRendering {
  if (error instanceof PrefineryError) return { status: error.status, body: errorBody([{ code: error.code, message: error.message }]) };
  if (!isEngineError(error)) return plain(500, STATUS_MESSAGES[500]);
  switch (error.kind) {
    case 'unauthorized':
      return { ...plain(401, STATUS_MESSAGES[401]), headers: { 'WWW-Authenticate': WWW_AUTHENTICATE } };
    case 'not_found':
    case 'method_not_allowed': // Rails answers an unrouted verb like an unknown path
      return plain(404, STATUS_MESSAGES[404]);
    case 'invalid_request':
      return renderInvalid(error.issues);
    case 'malformed_body':
      return plain(400, STATUS_MESSAGES[400]);
    case 'payload_too_large':
      return plain(413, STATUS_MESSAGES[413]);
    case 'unsupported_media_type':
      return plain(415, STATUS_MESSAGES[415]);
    case 'not_implemented':
      return plain(501, STATUS_MESSAGES[501]);
    case 'forbidden_host':
      return plain(403, STATUS_MESSAGES[403]);
    case 'injected_error':
      return plain(error.status, error.status === 500 ? STATUS_MESSAGES[500] : reasonPhrase(error.status));
    case 'rate_limited': // Prefinery documents its limits per minute; Rack::Attack answers 429 with Retry-After
      return { ...plain(429, STATUS_MESSAGES[429]), headers: standardRateLimitHeaders(error.rateLimit) };
    case 'storage_unavailable':
      return plain(503, error.message);
    default:
      return plain(500, STATUS_MESSAGES[500]);
  }
}

function plain(status: number, message: string): ErrorRendering {
  return { status, body: errorBody([{ code: status, message }]) };
}

// A bad id or page means the record lookup fails in Rails (404); other bad fields are 422, in the resource's code where known.
function renderInvalid(issues: ValidationIssue[]): ErrorRendering {
  const lookup = issues.find((i) => i.location === 'path' || (i.location === 'query' && i.field === 'page'));
  if (lookup) {
    const message = lookup.field === 'beta_id' ? STATUS_MESSAGES.betaNotFound : lookup.field === 'tester_id' ? STATUS_MESSAGES.testerNotFound : STATUS_MESSAGES.pageNotFound;
    return plain(404, message);
  }
  const errors = issues.map((issue) => bodyIssue(issue));
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.code === e.code && o.message === e.message) === i);
  return { status: 422, body: errorBody(unique.length > 0 ? unique : [{ code: 422, message: 'The request is invalid.' }]) };
}

/** The flat body of POST /points ({email, quantity, reason}); a field of the wrong type there is its general error. */
const POINTS_FIELDS = new Set(['email', 'quantity', 'reason']);

function bodyIssue(issue: ValidationIssue): { code: number; message: string } {
  if (issue.field.startsWith('friend_invitation')) return { code: 2501, message: MESSAGES[2501] };
  if (POINTS_FIELDS.has(issue.field)) return { code: 2801, message: MESSAGES[2801] };
  if (issue.field === 'tester.email') return { code: 2301, message: MESSAGES[2301] };
  return { code: 422, message: issue.message };
}
