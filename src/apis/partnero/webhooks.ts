// Partnero's outgoing webhooks: subscriptions live in the program's own state (/v1/webhooks), each delivery is
// `{event, url, webhook_key, created_at, data}` signed in the `Signature` header, receivers have 5 s to answer 2xx.
import { updateRecord } from '../../engine/store/collection.js';
import type { VendorWebhooks } from '../../engine/webhooks/types.js';
import { laravelTimestamp } from './rules/present.js';
import { deliveryBody, findWebhook, signDelivery, subscribersOf, type SentEvent } from './rules/webhooks.js';
import type { components } from './spec.gen.js';
import { webhooksOf, type PartneroState } from './store.js';

/**
 * Partnero says it retries failed deliveries with backoff but publishes no schedule. Sandbox: 1 min, 5 min, 30 min
 * and 2 h after the previous attempt, so 5 attempts over about 2 h 36 min.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;

export const partneroWebhooks: VendorWebhooks<PartneroState> = {
  policy: {
    timeoutMs: 5000, // "respond with a 2xx status code within 5 seconds"
    // Any 2xx acknowledges. Sandbox: 410 Gone deactivates the webhook; every other answer is a failure to retry.
    classify: (status) => (status >= 200 && status < 300 ? 'delivered' : status === 410 ? 'disable' : 'retry'),
    retryDelayMs: (retry) => RETRY_DELAYS_MS[retry - 1],
  },
  plan(event, { state, clock }) {
    const createdAt = laravelTimestamp(clock.now());
    const subscriber = event.payload as components['schemas']['Subscriber'];
    return subscribersOf(webhooksOf(state), event.type).map((webhook) => {
      const body = deliveryBody(event.type as SentEvent, webhook, createdAt, subscriber);
      return { endpoint_id: webhook.key, url: webhook.url, body, headers: { 'Content-Type': 'application/json', Signature: signDelivery(body, webhook.signature) } };
    });
  },
  // After a 410: the webhook stays registered but inactive, as PUT /v1/webhooks/{key} {"is_active": false} leaves it.
  disable(state, key) {
    const list = webhooksOf(state);
    const webhook = findWebhook(list, key);
    if (!webhook) return;
    updateRecord(list, webhook, (record) => {
      record.is_active = false;
    });
  },
};
