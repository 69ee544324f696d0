// Partnero's tenant = one newsletter program (an API key is scoped to one program).

export type SubscriberStatus = 'active' | 'rejected' | 'suspended';

export interface Program {
  id: string;
  name: string;
  esp_type: string | null;
  esp_type_name: string | null;
  /** Host of the program's portal, used for share and portal links. */
  portal_host: string;
  created_at: string;
}

export interface Subscriber {
  /** Immutable internal key: the public `id` and `email` can both change. */
  key: string;
  id: string | null;
  name: string | null;
  email: string;
  tos: boolean | null;
  marketing_consent: boolean | null;
  status: SubscriberStatus;
  approved: boolean;
  /** Key of the referring subscriber, kept even if that subscriber is deleted. */
  referred_by: string | null;
  share_code: string;
  portal_code: string;
  created_at: string;
  updated_at: string;
}

/** The events a webhook can subscribe to (a newsletter program's); the sandbox never sends `subscriber.rewarded`. */
export type WebhookEventName = 'subscriber.created' | 'subscriber.updated' | 'subscriber.deleted' | 'subscriber.rewarded';

/** A subscription to the program's events, as /v1/webhooks shows it. */
export interface Webhook {
  /** Unique in the program; names the webhook in URLs and in each delivery's `webhook_key`. */
  key: string;
  name: string;
  url: string;
  /** An inactive webhook receives nothing; a 410 from its receiver makes it inactive. */
  is_active: boolean;
  /** The signing secret: each delivery's `Signature` header is the HMAC-SHA256 of its body keyed with it. */
  signature: string;
  events: WebhookEventName[];
}

export interface PartneroState {
  program: Program;
  subscribers: Subscriber[];
  webhooks: Webhook[];
}

/** The program's webhooks; a state stored before webhooks existed gets an empty list on first use. */
export function webhooksOf(state: PartneroState): Webhook[] {
  return (state.webhooks ??= []);
}

export function emptyState(): PartneroState {
  return {
    program: {
      id: 'prog_sandbox',
      name: 'Sandbox newsletter',
      // A program whose newsletter is sent by a custom ESP, as Partnero's program example shows.
      esp_type: 'custom',
      esp_type_name: 'Custom',
      portal_host: 'sandbox.partnero.test',
      created_at: '2026-01-01T00:00:00.000000Z',
    },
    subscribers: [],
    webhooks: [],
  };
}
