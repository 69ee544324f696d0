import { createHmac } from 'node:crypto';

/**
 * Voucherify's `x-voucherify-signature`: HMAC-SHA256 of the body exactly as sent, keyed with the project's webhook
 * secret, as lower-case hex (documentation/api-reference/introduction-to-webhooks.mdx and the Node SDK's
 * verifySignature). The body is compact JSON, which is what Voucherify signs ("whitespaces must be removed").
 */
export function signVoucherifyWebhook(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}
