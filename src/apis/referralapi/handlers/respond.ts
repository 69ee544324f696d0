import type { HandlerResult } from '../../../engine/types.js';
import { presentLink } from '../rules/present.js';
import type { ReferralApiState, ReferralLink } from '../store.js';

/** The docs print no status codes; every success is a 200 with the object as the body. */
export function ok(body: unknown): HandlerResult {
  return { status: 200, body };
}

/** A link as the vendor shows it, with its campaign's url turned into the full referral link. */
export function presentStoredLink(state: ReferralApiState, link: ReferralLink) {
  return presentLink(link, state.campaigns.find((c) => c.id === link.campaign_id));
}
