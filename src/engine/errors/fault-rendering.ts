// Shared facts for renderers answering an injected fault or a rate limit in their own envelope.
import { STATUS_CODES } from 'node:http';
import type { RateLimitInfo } from './engine-error.js';

/** The standard reason phrase of a status ("Service Unavailable"). */
export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** `Retry-After` plus the common `X-RateLimit-*` trio, for vendors that document no headers of their own. */
export function standardRateLimitHeaders(info: RateLimitInfo | undefined, prefix = 'X-RateLimit'): Record<string, string> {
  if (!info) return { 'Retry-After': '60' };
  return {
    'Retry-After': String(info.retryAfterSeconds),
    [`${prefix}-Limit`]: String(info.limit),
    [`${prefix}-Remaining`]: String(info.remaining),
    [`${prefix}-Reset`]: String(Math.ceil(info.resetAt.getTime() / 1000)),
  };
}
