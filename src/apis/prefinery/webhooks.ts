// Prefinery's outbound webhooks. Endpoints are set up in Prefinery's dashboard (Integrations > Webhooks), so the
// sandbox takes them from /__sandbox/webhooks/endpoints. Each event goes to every enabled endpoint of the tenant
// that subscribed to it, as one JSON POST signed in X-Prefinery-Signature.
import type { VendorWebhooks } from '../../engine/webhooks/types.js';
import { SIGNATURE_HEADER, signWebhook, unixSeconds } from './rules/signature.js';
import { formatTimestamp } from './rules/time.js';
import { classifyWebhookAnswer, webhookRetryDelayMs, WEBHOOK_TIMEOUT_MS } from './rules/webhook-policy.js';
import type { webhooks } from './spec.gen.js';
import type { PrefineryState } from './store.js';

export type PrefineryEventName = keyof webhooks;
/** The body of an event as the spec's `webhooks` section defines it. */
export type PrefineryEventBody<E extends PrefineryEventName> = webhooks[E]['post']['requestBody']['content']['application/json'];
/** What a handler emits: the event's `data`; the envelope is added when deliveries are planned. */
export type PrefineryEventData<E extends PrefineryEventName> = PrefineryEventBody<E>['data'];

export const PREFINERY_EVENTS: readonly PrefineryEventName[] = [
  'tester_created',
  'tester_updated',
  'tester_deleted',
  'referral_created',
  'reward_earned',
  'reward_delivered',
  'reward_revoked',
  'points_earned',
  'points_revoked',
];

const isEventName = (type: string): type is PrefineryEventName => (PREFINERY_EVENTS as readonly string[]).includes(type);

export const prefineryWebhooks: VendorWebhooks<PrefineryState> = {
  adminEndpoints: true,
  policy: {
    timeoutMs: WEBHOOK_TIMEOUT_MS,
    classify: classifyWebhookAnswer,
    retryDelayMs: webhookRetryDelayMs,
  },
  plan(event, { endpoints, clock, ids }) {
    if (!isEventName(event.type) || endpoints.length === 0) return [];
    const now = clock.now();
    // One envelope per event: every endpoint and every retry gets the same bytes and id (receivers deduplicate on it).
    // The payload is the event's data as the handler emitted it through handlers/events.ts (typed there).
    const envelope = { id: ids.uuid(), event: event.type, created_at: formatTimestamp(now), data: event.payload } as PrefineryEventBody<PrefineryEventName>;
    const body = JSON.stringify(envelope);
    const timestamp = unixSeconds(now);
    return endpoints.map((endpoint) => ({
      endpoint_id: endpoint.id,
      url: endpoint.url,
      body,
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signWebhook(endpoint.secret, timestamp, body) },
    }));
  },
};
