// Outbound webhooks: what the engine stores and what a vendor supplies. The engine knows no vendor: a vendor says
// who receives an event, how each delivery is shaped and signed, and how its answers and retries are treated.
import type { Clock, IdSource } from '../types.js';

/** What a handler emits through ctx.emit; nothing is sent unless the request succeeds and its write is durable. */
export interface EmittedEvent {
  type: string;
  payload: unknown;
  /**
   * Deliver it even though the request fails (the handler throws or answers 4xx/5xx): for events that report a
   * refusal, such as Voucherify's redemption.failed. Such a handler must still change no state before failing.
   */
  onFailure?: boolean;
}

/** A receiver configured through the admin API, for vendors whose webhooks are set up in a dashboard. */
export interface WebhookEndpoint {
  id: string;
  vendor: string;
  tenant: string;
  url: string;
  /** Event types it receives; empty means all. */
  events: string[];
  secret: string;
  enabled: boolean;
  created_at: string;
}

export type AttemptError = 'invalid_url' | 'refused' | 'timeout' | 'dns' | 'tls' | 'reset' | 'network';

export interface DeliveryAttempt {
  started_at: string;
  duration_ms: number;
  url: string;
  request_headers: Record<string, string>;
  /** The response status, or null when no response came. */
  status: number | null;
  /** The first KiB of the response body. */
  response_body: string | null;
  error: AttemptError | null;
  error_message: string | null;
  outcome: WebhookOutcome;
}

export type WebhookOutcome = 'delivered' | 'retry' | 'failed' | 'disable';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dropped';

export interface WebhookDelivery {
  id: string;
  vendor: string;
  tenant: string;
  event_type: string;
  /** The vendor's subscription the delivery is for (its webhook key, campaign id or admin endpoint id). */
  endpoint_id: string;
  url: string;
  headers: Record<string, string>;
  /** The exact bytes sent (signatures are over them). */
  body: string;
  status: DeliveryStatus;
  /** Sandbox-clock time of the next attempt while pending. */
  next_attempt_at: string | null;
  attempts: DeliveryAttempt[];
  created_at: string;
  /** Why a delivery was dropped or gave up, in words. */
  note?: string;
}

/** One delivery a vendor wants made for an event. */
export interface PlannedDelivery {
  endpoint_id: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookPlanContext<S> {
  state: S;
  tenant: string;
  /** Admin-configured endpoints of this vendor and tenant that are enabled. */
  endpoints: WebhookEndpoint[];
  clock: Clock;
  ids: IdSource;
}

/** The vendor's documented delivery rules. */
export interface WebhookPolicy {
  /** How long to wait for an answer. */
  timeoutMs: number;
  /** What a response status means; a network error or timeout is always 'retry'. */
  classify(status: number): WebhookOutcome;
  /** Delay before retry number `retry` (1 = first retry), or undefined when no retry is left. */
  retryDelayMs(retry: number): number | undefined;
}

export interface VendorWebhooks<S> {
  policy: WebhookPolicy;
  /** Which subscriptions receive an event, and each delivery's URL, signed headers and body. */
  plan(event: EmittedEvent, ctx: WebhookPlanContext<S>): PlannedDelivery[];
  /** True when receivers are configured through /__sandbox/webhooks/endpoints (no vendor API for it). */
  adminEndpoints?: boolean;
  /** After an answer that disables a subscription the vendor's API owns (e.g. a Partnero webhook), update its state. */
  disable?(state: S, endpointId: string): void;
}
