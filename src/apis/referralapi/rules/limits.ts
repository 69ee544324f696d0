import { ReferralApiError } from '../errors.js';
import type { Settings } from '../store.js';

/**
 * May the organisation create one more link? The hard capacity (25,000 by default) is checked first,
 * then the plan's own quota when it has one.
 */
export function checkReferralLinkLimits(existingLinks: number, settings: Settings): void {
  if (existingLinks >= settings.max_referral_links) throw ReferralApiError.maximumCapacity();
  const quota = settings.plan_referral_link_quota;
  if (quota !== null && quota !== undefined && existingLinks >= quota) throw ReferralApiError.insufficientPlan();
}
