// Pureprofile publishes no error body, so every error is {message, errors: [{field?, message}]}: the same
// `message` key as the success envelope, and the `errors` property its error page tells clients to inspect.
import { reasonPhrase, standardRateLimitHeaders } from '../../engine/errors/fault-rendering.js';
import { isEngineError, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering } from '../../engine/types.js';

export const MESSAGES = {
  unauthorized: 'Unauthorized: the credentials are missing, wrong or expired.',
  badRequest: 'The request is invalid.',
  malformedBody: 'The request body is not valid JSON.',
  routeNotFound: 'Not found.',
  methodNotAllowed: 'Method not allowed.',
  payloadTooLarge: 'The request body is too large.',
  notImplemented: 'This endpoint is not emulated by the sandbox.',
  panelNotFound: 'Panel not found.',
  panelistNotFound: 'Panelist not found in this panel.',
  localeNotInPanel: 'The locale is not one of the panel\'s locales.',
  userTaken: 'The user is already registered as a panelist.',
  dobInFuture: 'The date of birth must be in the past.',
  tooManyEmails: (max: number) => `Too many emails: at most ${max} can be referred at once.`,
  variableNotFound: 'Profile variable not found in this panel.',
  variableNotWritable: (name: string) => `The profile variable ${name} is not writable.`,
  invalidValue: 'The value does not fit the profile variable.',
  birthDateRequired: 'BIRTH_DATE cannot be removed: every panelist has a date of birth.',
  serverError: 'Internal server error. Contact ppapi@pureprofile.com.',
} as const;

export interface FieldError {
  field?: string;
  message: string;
}

/** A Pureprofile failure with its field errors. Made only through the named constructors below. */
export class PureprofileError extends Error {
  private constructor(
    readonly status: 400 | 403 | 404 | 422,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'PureprofileError';
  }

  static panelNotFound(): PureprofileError {
    return new PureprofileError(404, MESSAGES.panelNotFound, [{ field: 'panel', message: MESSAGES.panelNotFound }]);
  }

  static panelistNotFound(): PureprofileError {
    return new PureprofileError(404, MESSAGES.panelistNotFound, [{ field: 'user', message: MESSAGES.panelistNotFound }]);
  }

  /** The locale is not one of the panel's; the field error lists the ones it has. */
  static localeNotInPanel(locales: readonly string[]): PureprofileError {
    return PureprofileError.unprocessable('locale', MESSAGES.localeNotInPanel, `locale must be one of: ${locales.join(', ')}`);
  }

  /** The user is already a panelist in one of the partner's panels. */
  static userTaken(): PureprofileError {
    return PureprofileError.unprocessable('user', MESSAGES.userTaken);
  }

  static dobInFuture(): PureprofileError {
    return PureprofileError.unprocessable('dob', MESSAGES.dobInFuture);
  }

  /** More emails than the panel's max_referral_emails in one refer-friends request. */
  static tooManyEmails(max: number): PureprofileError {
    return PureprofileError.unprocessable('emails', MESSAGES.tooManyEmails(max), `max ${max}`);
  }

  /** The path names no variable of the panelist's panel (by id, name or uuid). */
  static variableNotFound(): PureprofileError {
    return new PureprofileError(404, MESSAGES.variableNotFound, [{ field: 'variable', message: MESSAGES.variableNotFound }]);
  }

  /** A `writable: false` variable: the panelist may read the answer but not change or remove it. */
  static variableNotWritable(name: string): PureprofileError {
    const message = MESSAGES.variableNotWritable(name);
    return new PureprofileError(403, message, [{ field: 'variable', message }]);
  }

  /** An answer that does not fit its variable's type or options; `detail` says what would. */
  static invalidValue(detail: string): PureprofileError {
    return PureprofileError.unprocessable('value', MESSAGES.invalidValue, detail);
  }

  static birthDateRequired(): PureprofileError {
    return PureprofileError.unprocessable('variable', MESSAGES.birthDateRequired);
  }

  private static unprocessable(field: string, message: string, detail = message): PureprofileError {
    return new PureprofileError(422, message, [{ field, message: detail }]);
  }
}

export function renderPureprofileError(error: unknown): ErrorRendering {
  if (error instanceof PureprofileError) return envelope(error.status, error.message, error.errors);
  if (isEngineError(error)) {
    switch (error.kind) {
      case 'unauthorized':
        return envelope(401, MESSAGES.unauthorized, [{ message: MESSAGES.unauthorized }]);
      case 'invalid_request':
        return envelope(400, MESSAGES.badRequest, describeIssues(error.issues, error.message));
      case 'malformed_body':
        return envelope(400, MESSAGES.malformedBody, [{ message: error.message }]);
      case 'not_found':
        return envelope(404, MESSAGES.routeNotFound, [{ message: error.message }]);
      case 'method_not_allowed':
        return envelope(405, MESSAGES.methodNotAllowed, [{ message: error.message }]);
      case 'payload_too_large':
        return envelope(413, MESSAGES.payloadTooLarge, [{ message: error.message }]);
      case 'not_implemented':
        return envelope(501, MESSAGES.notImplemented, [{ message: error.message }]);
      case 'injected_error':
        return envelope(error.status, reasonPhrase(error.status), [{ message: reasonPhrase(error.status) }]);
      case 'rate_limited':
        return { ...envelope(429, reasonPhrase(429), [{ message: reasonPhrase(429) }]), headers: standardRateLimitHeaders(error.rateLimit) };
      default:
        return envelope(error.status, error.message, [{ message: error.message }]);
    }
  }
  return envelope(500, MESSAGES.serverError, [{ message: MESSAGES.serverError }]);
}

function envelope(status: number, message: string, errors: FieldError[]): ErrorRendering {
  return { status, body: { message, errors } };
}

/** One entry per spec-validation issue, named by the dotted field it concerns. */
export function describeIssues(issues: ValidationIssue[], fallback: string): FieldError[] {
  if (issues.length === 0) return [{ message: fallback }];
  // The engine already folds a missing property into `field` ('emails'), so a client can key on it.
  return issues.map((issue) => (issue.field ? { field: issue.field, message: issue.message } : { message: issue.message || fallback }));
}
