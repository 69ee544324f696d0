import type { VendorWebhooks } from '../../engine/webhooks/types.js';
import { findCampaign } from './rules/lookup.js';
import { ACTION_EVENT, actionWebhookBody, classifyWebhookStatus, retryDelayMs, WEBHOOK_HEADERS, WEBHOOK_TIMEOUT_MS, webhookTarget, type ActionWebhookPayload } from './rules/webhook.js';
import type { ReferralApiState } from './store.js';

/**
 * The subscription is the campaign: its webhook_url (set with PATCH /api/v1/campaign) receives every action tracked
 * in it, and the delivery's endpoint_id is the campaign id. No admin endpoints, no signature.
 */
export const referralapiWebhooks: VendorWebhooks<ReferralApiState> = {
  adminEndpoints: false,
  policy: { timeoutMs: WEBHOOK_TIMEOUT_MS, classify: classifyWebhookStatus, retryDelayMs },
  plan(event, { state }) {
    if (event.type !== ACTION_EVENT) return [];
    const payload = event.payload as ActionWebhookPayload;
    const campaign = findCampaign(state, payload.campaign_id);
    const url = webhookTarget(campaign);
    if (!campaign || url === undefined) return [];
    return [{ endpoint_id: campaign.id, url, headers: { ...WEBHOOK_HEADERS }, body: actionWebhookBody(payload) }];
  },
};
