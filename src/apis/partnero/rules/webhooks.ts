import { createHmac } from 'node:crypto';
import { getByKey } from '../../../engine/store/collection.js';
import type { IdSource } from '../../../engine/types.js';
import type { EmittedEvent } from '../../../engine/webhooks/types.js';
import { webhookSpec } from '../collections.js';
import { PartneroError } from '../errors.js';
import type { components, webhooks } from '../spec.gen.js';
import type { Webhook, WebhookEventName } from '../store.js';

type Schemas = components['schemas'];

/** Every event a webhook may subscribe to (the spec's WebhookEvent). */
export const WEBHOOK_EVENTS: readonly WebhookEventName[] = ['subscriber.created', 'subscriber.updated', 'subscriber.deleted', 'subscriber.rewarded'];

/** The events the sandbox sends: rewards are not emulated, so `subscriber.rewarded` never happens. */
export type SentEvent = keyof webhooks & WebhookEventName;

/** The body of one delivery, as the spec's top-level `webhooks` section types it. */
export type DeliveryBody<E extends SentEvent = SentEvent> = E extends SentEvent ? webhooks[E]['post']['requestBody']['content']['application/json'] : never;

/** Keys look like Partnero's ("uLbBzVvN7ARX"); secrets too ("Sjn3sNnmh14yk6zb"). */
export const newWebhookKey = (ids: IdSource) => ids.alnum(12);
export const newWebhookSecret = (ids: IdSource) => ids.alnum(16);

/** The `Signature` header: lower-case hex HMAC-SHA256 of the exact body bytes, keyed with the webhook's `signature`. */
export function signDelivery(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** The delivery body for one webhook: `{event, url, webhook_key, created_at, data}`, serialised once (it is signed). */
export function deliveryBody(event: SentEvent, webhook: Webhook, createdAt: string, subscriber: Schemas['Subscriber']): string {
  const body: DeliveryBody = { event, url: webhook.url, webhook_key: webhook.key, created_at: createdAt, data: subscriber };
  return JSON.stringify(body);
}

/** What a subscriber handler emits: the event and the subscriber as the API presents it. */
export function subscriberEvent(type: SentEvent, subscriber: Schemas['Subscriber']): EmittedEvent {
  return { type, payload: subscriber };
}

/** Active webhooks subscribed to `type`, in the order they were created (a scan: a program has a handful). */
export function subscribersOf(list: Webhook[], type: string): Webhook[] {
  return list.filter((w) => w.is_active && (w.events as string[]).includes(type));
}

/** The API's view of a webhook (the stored record has exactly the public fields). */
export function presentWebhook(webhook: Webhook): Schemas['Webhook'] {
  const { key, name, url, is_active, signature, events } = webhook;
  return { key, name, url, is_active, signature, events: [...events] };
}

/** A webhook by key: O(1) on a stored state. */
export function findWebhook(list: Webhook[], key: string): Webhook | undefined {
  return getByKey(list, webhookSpec, key);
}

/** Only http(s) receivers can be called; the spec's `format: uri` admits any scheme. */
function assertDeliverable(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw PartneroError.invalidUrl('url');
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw PartneroError.invalidUrl('url');
}

/** Validate a create request against the program's webhooks and build the record; throws before anything is stored. */
export function buildWebhook(existing: Webhook[], input: Schemas['WebhookCreate'], made: { key: string; signature: string }): Webhook {
  assertDeliverable(input.url);
  const key = input.key ?? made.key;
  if (findWebhook(existing, key)) throw PartneroError.taken('key');
  return { key, name: input.name, url: input.url, is_active: input.is_active ?? true, signature: made.signature, events: [...input.events] };
}

/** The changed record: given fields replace the stored ones, null and absent fields keep them. */
export function updatedWebhook(webhook: Webhook, input: Schemas['WebhookUpdate']): Webhook {
  if (input.url != null) assertDeliverable(input.url);
  return {
    ...webhook,
    name: input.name ?? webhook.name,
    url: input.url ?? webhook.url,
    events: input.events ? [...input.events] : webhook.events,
    is_active: input.is_active ?? webhook.is_active,
  };
}
