import type { Handler } from '../../../engine/types.js';
import { findCampaign } from '../rules/lookup.js';
import { presentLink } from '../rules/present.js';
import type { operations } from '../spec.gen.js';
import type { ReferralApiState, ReferralLink } from '../store.js';

/** A ReferralAPI handler typed by its operation: its query and body in, one of its spec's success results out. */
export type H<K extends keyof operations> = Handler<operations[K], ReferralApiState>;

/** The docs print no status codes; every success is a 200 with the object as the body. */
export function ok<Body>(body: Body): { status: 200; body: Body } {
  return { status: 200, body };
}

/** A link as the vendor shows it, with its campaign's url turned into the full referral link. */
export function presentStoredLink(state: ReferralApiState, link: ReferralLink) {
  return presentLink(link, findCampaign(state, link.campaign_id));
}
