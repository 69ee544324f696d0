import { describe, expect, it } from 'vitest';
import { checkReferralLinkLimits } from './limits.js';

const settings = { max_referral_links: 25_000, plan_referral_link_quota: null };

describe('checkReferralLinkLimits', () => {
  it('allows the 25,000th link and refuses the 25,001st with MAXIMUM_CAPACITY', () => {
    expect(() => checkReferralLinkLimits(24_999, settings)).not.toThrow();
    expect(() => checkReferralLinkLimits(25_000, settings)).toThrow(expect.objectContaining({ code: 'MAXIMUM_CAPACITY', status: 403 }));
  });

  it('refuses with INSUFFICIENT_PLAN once a plan quota is reached', () => {
    const plan = { ...settings, plan_referral_link_quota: 3 };
    expect(() => checkReferralLinkLimits(2, plan)).not.toThrow();
    expect(() => checkReferralLinkLimits(3, plan)).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_PLAN' }));
  });

  it('reports the capacity first when both limits are reached', () => {
    expect(() => checkReferralLinkLimits(5, { max_referral_links: 5, plan_referral_link_quota: 2 })).toThrow(expect.objectContaining({ code: 'MAXIMUM_CAPACITY' }));
  });
});
