import { describe, expect, it } from 'vitest';
import { emptyState } from '../store.js';
import { buildCampaign, checkNewCampaign, type CampaignInput } from './campaigns.js';

const input: CampaignInput = { name: 'Friends', campaign_type: 'REFERRAL_PROGRAM', voucher: { discount: { type: 'PERCENT', percent_off: 10 } } };

describe('checkNewCampaign', () => {
  it('requires a discount for a REFERRAL_PROGRAM campaign', () => {
    expect(() => checkNewCampaign(emptyState(), { ...input, voucher: {} })).toThrowError(/Invalid campaign/);
  });

  it('refuses a name already in use with 409 duplicate_found', () => {
    const state = emptyState();
    state.campaigns.push(buildCampaign(input, input.voucher!.discount!, 'camp_1', '2026-01-01T00:00:00.000Z'));
    expect(() => checkNewCampaign(state, input)).toThrowError(expect.objectContaining({ status: 409, key: 'duplicate_found' }));
  });
});

describe('buildCampaign', () => {
  it('defaults to an AUTO_UPDATE campaign of referral codes', () => {
    const campaign = buildCampaign(input, input.voucher!.discount!, 'camp_1', '2026-01-01T00:00:00.000Z');
    expect(campaign).toMatchObject({ type: 'AUTO_UPDATE', join_once: false, voucher: { is_referral_code: true, redemption: { quantity: null } } });
  });
});
