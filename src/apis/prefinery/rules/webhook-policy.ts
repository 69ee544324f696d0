import type { WebhookOutcome } from '../../../engine/webhooks/types.js';

// Prefinery's documented delivery rules (prefinery.com/api/docs/webhooks/events).

/** "Your server must respond within 15 seconds." */
export const WEBHOOK_TIMEOUT_MS = 15_000;

/** "We will make 15 retry attempts." */
export const WEBHOOK_RETRIES = 15;

/**
 * 200 or 201 accept; 429 retries; 410 fails the delivery and removes the endpoint; every other status is
 * "rejected", which the sandbox reads as failed without a retry (retries are documented for 429 and for not
 * reaching the server only). Network errors and timeouts never get here: the engine always retries them.
 */
export function classifyWebhookAnswer(status: number): WebhookOutcome {
  if (status === 200 || status === 201) return 'delivered';
  if (status === 429) return 'retry';
  if (status === 410) return 'disable';
  return 'failed';
}

/** Retry N (1..15) goes out 5 + N^4 seconds after attempt N ("5 seconds + N^4"); none after the 15th. */
export function webhookRetryDelayMs(retry: number): number | undefined {
  if (!Number.isInteger(retry) || retry < 1 || retry > WEBHOOK_RETRIES) return undefined;
  return (5 + retry ** 4) * 1000;
}
