import type { components, webhooks } from '../spec.gen.js';
import type { Action, Campaign, ReferralLink, ReferredUser } from '../store.js';

// ReferralAPI's one webhook: `{"event":"action","payload":{...}}` POSTed to the campaign's webhook_url for every
// tracked action. The docs name campaign_id and referral_link_id (a string) and cut off there; the rest is the
// sandbox's reading of the Action object. No signature, no documented retries: the policy below is the sandbox's.

export const ACTION_EVENT = 'action';

export type ActionWebhook = webhooks['action']['post']['requestBody']['content']['application/json'];
export type ActionWebhookPayload = components['schemas']['ActionWebhookPayload'];

/** The payload for one stored action, built at the point of the write. */
export function actionWebhookPayload(action: Action, link: ReferralLink, user: ReferredUser | undefined): ActionWebhookPayload {
  return {
    campaign_id: link.campaign_id,
    referral_link_id: String(link.id),
    referral_code: link.referral_code,
    referrer_id: link.referrer_id ?? null,
    action_id: String(action.id),
    action_type: action.action_type,
    metadata: action.metadata ?? {},
    referred_user_id: user?.referred_user_id ?? null,
    created_at: action.created_at,
  };
}

/** The exact bytes sent: the envelope, `event` first. */
export function actionWebhookBody(payload: ActionWebhookPayload): string {
  const envelope: ActionWebhook = { event: ACTION_EVENT, payload };
  return JSON.stringify(envelope);
}

/** Headers of every delivery: JSON, and no signature (the vendor documents none). */
export const WEBHOOK_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'Content-Type': 'application/json' });

/** Where a campaign's webhook goes, or undefined when it has none (null or empty: nothing is sent). */
export function webhookTarget(campaign: Campaign | undefined): string | undefined {
  const url = campaign?.webhook_url;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/** The docs: 30 s to connect, 90 s for the response. The engine has one limit per attempt: the longer one. */
export const WEBHOOK_TIMEOUT_MS = 90_000;

/** Sandbox (undocumented): 3 retries, 1, 5 and 25 minutes after the previous attempt. */
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 25 * 60_000];

/** 2xx delivers; 429 and 5xx are retried (as no answer is); any other status (3xx, 4xx) fails the delivery. */
export function classifyWebhookStatus(status: number): 'delivered' | 'retry' | 'failed' {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 429 || status >= 500) return 'retry';
  return 'failed';
}

export function retryDelayMs(retry: number): number | undefined {
  return Number.isInteger(retry) && retry >= 1 ? RETRY_DELAYS_MS[retry - 1] : undefined;
}
