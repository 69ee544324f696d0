// Voucherify's project-level webhooks: receivers come from /__sandbox/webhooks/endpoints (Voucherify configures them
// in Project Settings, with no API); each send-out is the documented envelope around the event's data, signed with
// the project's secret (the endpoint's `secret`).
import { createHash } from 'node:crypto';
import type { VendorWebhooks } from '../../engine/webhooks/types.js';
import { signVoucherifyWebhook } from './rules/signature.js';
import { voucherifyWebhookPolicy } from './rules/webhook-policy.js';
import type { components, webhooks } from './spec.gen.js';
import type { VoucherifyState } from './store.js';

/** The events the sandbox sends, as the spec's `webhooks` section names them. */
export type VoucherifyEventType = keyof webhooks;

/** The body a receiver gets for an event. */
export type VoucherifyWebhookBody<E extends VoucherifyEventType> = webhooks[E]['post']['requestBody']['content']['application/json'];

/** The event's `data`. */
export type VoucherifyEventData<E extends VoucherifyEventType> = VoucherifyWebhookBody<E>['data'];

/** What a handler emits (ctx.emit's payload): the data plus what the envelope's `event` needs from the request. */
export interface VoucherifyEmitted<E extends VoucherifyEventType = VoucherifyEventType> {
  data: VoucherifyEventData<E>;
  entity_id: string;
  /** The request's id (`v-` + 18 hex): every event of one request shares it. */
  group_id: string;
  /** The X-App-Id the request authenticated with. */
  app_id: string;
}

/** The name of the application key in `event.event_source.api_key` (the sandbox has one key per project). */
export const API_KEY_NAME = 'Sandbox API key';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A tenant is a Voucherify project: `proj_` + 12 alphanumerics, the same for the tenant every time. */
export function projectIdOf(tenant: string): string {
  const digest = createHash('sha256').update(`voucherify-project:${tenant}`).digest();
  return `proj_${Array.from(digest.subarray(0, 12), (byte) => ALNUM[byte % ALNUM.length]).join('')}`;
}

/** The webhook's `wh_` id: the admin endpoint's `we_` hex (so the two are easy to match), else a hash of its id. */
export function webhookIdOf(endpointId: string): string {
  const hex = /^we_([0-9a-f]+)$/.exec(endpointId)?.[1];
  return `wh_${hex ?? createHash('sha256').update(endpointId).digest('hex').slice(0, 24)}`;
}

/** `ev` + the first three letters of the entity type (Voucherify's `evred_…`, `evvou_…`) + `_` + 18 hex. */
export const eventIdPrefix = (type: string) => `ev${type.split('.')[0].slice(0, 3)}_`;

/** The envelope of one send-out (documentation/api-reference/project-settings-webhooks.mdx). */
export function buildEnvelope(
  type: string,
  emitted: VoucherifyEmitted,
  ids: { sendOut: string; event: string },
  target: { endpointId: string; url: string; tenant: string },
  now: string,
): components['schemas']['WebhookEnvelope'] {
  return {
    id: ids.sendOut,
    project_id: projectIdOf(target.tenant),
    created_at: now,
    type,
    data: emitted.data,
    source: { id: webhookIdOf(target.endpointId), object: 'webhook', target_url: target.url },
    event: {
      id: ids.event,
      type,
      created_at: now,
      entity_id: emitted.entity_id,
      group_id: emitted.group_id,
      event_source: { channel: 'API', api_key: { name: API_KEY_NAME, app_id: emitted.app_id } },
    },
  };
}

export const voucherifyWebhooks: VendorWebhooks<VoucherifyState> = {
  adminEndpoints: true,
  policy: voucherifyWebhookPolicy,
  plan(event, { endpoints, tenant, clock, ids }) {
    // No receiver, no ids drawn: the API's own ids stay what they were without webhooks.
    if (endpoints.length === 0) return [];
    const emitted = event.payload as VoucherifyEmitted;
    const now = clock.now().toISOString();
    // One event, one id, whichever webhooks receive it; each webhook gets its own send-out id.
    const eventId = `${eventIdPrefix(event.type)}${ids.hex(18)}`;
    return endpoints.map((endpoint) => {
      const envelope = buildEnvelope(event.type, emitted, { sendOut: `whs_${ids.hex(18)}`, event: eventId }, { endpointId: endpoint.id, url: endpoint.url, tenant }, now);
      const body = JSON.stringify(envelope);
      return {
        endpoint_id: endpoint.id,
        url: endpoint.url,
        body,
        headers: { 'Content-Type': 'application/json', 'x-voucherify-signature': signVoucherifyWebhook(body, endpoint.secret) },
      };
    });
  },
};
