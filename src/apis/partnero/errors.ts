import { reasonPhrase, standardRateLimitHeaders } from '../../engine/errors/fault-rendering.js';
import { isEngineError, type ValidationIssue } from '../../engine/errors/engine-error.js';
import type { ErrorRendering } from '../../engine/types.js';

export const MESSAGES = {
  unauthenticated: 'Unauthenticated.',
  notFound: 'Subscriber not found.',
  webhookNotFound: 'Webhook not found.',
  /** Laravel's `url` rule. */
  invalidUrl: (field: string) => `The ${field} field must be a valid URL.`,
  routeNotFound: 'The route could not be found.',
  /** Laravel's `unique` rule, named by the dotted field: 'The update.email has already been taken.' */
  taken: (field: string) => `The ${field} has already been taken.`,
  referralInvalid: 'The selected referral is invalid.',
  searchNeedsParam: 'The id field is required when email is not present.',
  serverError: 'Server Error',
  tooManyAttempts: 'Too Many Attempts.',
} as const;

/** A Laravel-style failure: 404 or a 422 with per-field messages. Made only through the named constructors below. */
export class PartneroError extends Error {
  private constructor(
    readonly status: 404 | 422,
    message: string,
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
  }

  static notFound(): PartneroError {
    return new PartneroError(404, MESSAGES.notFound);
  }

  /** No webhook of the program has the key. */
  static webhookNotFound(): PartneroError {
    return new PartneroError(404, MESSAGES.webhookNotFound);
  }

  /** `field` is a URL the sandbox cannot deliver to (not http or https). */
  static invalidUrl(field: string): PartneroError {
    return PartneroError.invalid(field, MESSAGES.invalidUrl(field));
  }

  /** `field` (dotted, e.g. 'update.email', or a webhook's 'key') belongs to another record of the program. */
  static taken(field: string): PartneroError {
    return PartneroError.invalid(field, MESSAGES.taken(field));
  }

  /** The referral names no subscriber of the program. */
  static referralInvalid(): PartneroError {
    return PartneroError.invalid('referral', MESSAGES.referralInvalid);
  }

  /** A search with neither id nor email. */
  static searchNeedsParam(): PartneroError {
    return PartneroError.invalid('id', MESSAGES.searchNeedsParam);
  }

  private static invalid(field: string, message: string): PartneroError {
    return new PartneroError(422, message, { [field]: [message] });
  }
}

export function renderPartneroError(error: unknown): ErrorRendering {
  if (error instanceof PartneroError) return validationOr(error.status, error.message, error.errors);
  if (isEngineError(error)) {
    switch (error.kind) {
      case 'unauthorized':
        return { status: 401, body: { message: MESSAGES.unauthenticated } };
      case 'invalid_request':
        return validationOr(422, '', laravelErrors(error.issues));
      case 'not_found':
        return { status: 404, body: { message: MESSAGES.routeNotFound, status: 0 } };
      case 'rate_limited': // Laravel's throttle middleware (message, Retry-After, X-RateLimit-*) in Partnero's {message, status: 0}
        return { status: 429, body: { message: MESSAGES.tooManyAttempts, status: 0 }, headers: standardRateLimitHeaders(error.rateLimit) };
      case 'injected_error':
        return { status: error.status, body: { message: error.status === 500 ? MESSAGES.serverError : reasonPhrase(error.status), status: 0 } };
      default:
        return { status: error.status, body: { message: error.message, status: 0 } };
    }
  }
  return { status: 500, body: { message: MESSAGES.serverError, status: 0 } };
}

// Laravel's summary: the first message, plus "(and N more errors)".
function validationOr(status: number, message: string, errors?: Record<string, string[]>): ErrorRendering {
  if (!errors) return { status, body: { message, status: 0 } };
  const all = Object.values(errors).flat();
  const summary = all.length > 1 ? `${all[0]} (and ${all.length - 1} more error${all.length > 2 ? 's' : ''})` : all[0];
  return { status, body: { message: summary ?? message, errors, status: 0 } };
}

/** Spec validation issues in Laravel's words, keyed by dotted field. */
export function laravelErrors(issues: ValidationIssue[]): Record<string, string[]> {
  // Field names come from the request (query keys included), so the map has no prototype to collide with.
  const errors: Record<string, string[]> = Object.create(null);
  for (const issue of issues) {
    if (issue.keyword === 'anyOf') continue; // the "id or email" rule is reported through its required branches
    const field = issue.field || 'body';
    const attribute = field.replace(/_/g, ' ');
    (errors[field] ??= []).push(laravelMessage(attribute, issue));
  }
  return errors;
}

function laravelMessage(attribute: string, issue: ValidationIssue): string {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return `The ${attribute} field is required.`;
    case 'type':
      return p.type === 'boolean' || (Array.isArray(p.type) && p.type.includes('boolean'))
        ? `The ${attribute} field must be true or false.`
        : p.type === 'integer'
          ? `The ${attribute} field must be an integer.`
          : p.type === 'object' || p.type === 'array'
            ? `The ${attribute} field must be an array.`
            : `The ${attribute} field must be a string.`;
    case 'enum':
      return `The selected ${attribute} is invalid.`;
    case 'format':
      return p.format === 'email'
        ? `The ${attribute} field must be a valid email address.`
        : p.format === 'uri'
          ? MESSAGES.invalidUrl(attribute)
          : `The ${attribute} field format is invalid.`;
    case 'pattern':
      return `The ${attribute} field format is invalid.`;
    case 'minimum':
      return `The ${attribute} field must be at least ${p.limit}.`;
    case 'maximum':
      return `The ${attribute} field must not be greater than ${p.limit}.`;
    case 'maxLength':
      return `The ${attribute} field must not be greater than ${p.limit} characters.`;
    case 'minLength':
    case 'minItems': // Laravel's `required` refuses an empty string and an empty array alike
      return `The ${attribute} field is required.`;
    default:
      return `The ${attribute} field is invalid.`;
  }
}
