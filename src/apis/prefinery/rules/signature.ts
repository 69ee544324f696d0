import { createHmac } from 'node:crypto';

/** The header Prefinery signs every webhook delivery in. */
export const SIGNATURE_HEADER = 'X-Prefinery-Signature';

/**
 * Prefinery's signature header value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, keyed with the
 * signing secret (prefinery.com/api/docs/webhooks/signatures). `body` must be the exact bytes sent.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

/** Unix seconds of a date, as the `t=` element carries it. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
