import type { WebhookOutcome, WebhookPolicy } from '../../../engine/webhooks/types.js';

// Voucherify's documented delivery rules (documentation/api-reference/introduction-to-webhooks.mdx, "Responding to
// webhooks", at voucherify-openapi 65c33a7): a 2XX within 10 seconds is received; "if a webhook is not successfully
// received for any reason" it is retried 12 times, the n-th retry 2^(n-1) minutes after the initial attempt
// (1 min ... 17 h 4 min) and the 12th and final one at 24 h.

export const WEBHOOK_TIMEOUT_MS = 10_000;

const MINUTE = 60_000;

/** Retry n happens this long after the first attempt (the docs' "Time since the initial attempt" column). */
export const RETRY_AT_MS: readonly number[] = [...Array.from({ length: 11 }, (_, i) => 2 ** i * MINUTE), 24 * 60 * MINUTE];

/** Any 2xx is received; every other status (a redirect, a 4xx such as 410, a 5xx) is retried, as the docs say "for any reason". */
export function classifyVoucherifyAnswer(status: number): WebhookOutcome {
  return status >= 200 && status < 300 ? 'delivered' : 'retry';
}

/** The wait before retry `retry` (1-based), i.e. since the previous attempt; undefined after the 12th. */
export function voucherifyRetryDelayMs(retry: number): number | undefined {
  if (!Number.isInteger(retry) || retry < 1 || retry > RETRY_AT_MS.length) return undefined;
  return RETRY_AT_MS[retry - 1] - (retry === 1 ? 0 : RETRY_AT_MS[retry - 2]);
}

export const voucherifyWebhookPolicy: WebhookPolicy = {
  timeoutMs: WEBHOOK_TIMEOUT_MS,
  classify: classifyVoucherifyAnswer,
  retryDelayMs: voucherifyRetryDelayMs,
};
