import { findBy } from '../../../engine/store/collection.js';
import { campaignSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Discount, VoucherifyState } from '../store.js';

/** A Create Campaign body, as the spec describes it. */
export type CampaignInput = components['schemas']['CampaignCreate'];

/** Voucherify's rules for a new referral campaign: a discount is required and names are unique. */
export function checkNewCampaign(state: VoucherifyState, input: CampaignInput): Discount {
  const discount = input.voucher?.discount;
  if (!discount) throw VoucherifyError.discountRequired();
  if (findBy(state.campaigns, campaignSpec, 'name', input.name) !== undefined) throw VoucherifyError.duplicateCampaign(input.name);
  return discount;
}

export function buildCampaign(input: CampaignInput, discount: Discount, id: string, now: string): Campaign {
  return {
    id,
    name: input.name,
    description: input.description ?? null,
    campaign_type: 'REFERRAL_PROGRAM',
    // Voucherify's default for referral programs: codes are generated as they are published.
    type: input.type ?? 'AUTO_UPDATE',
    join_once: input.join_once ?? false,
    auto_join: input.auto_join ?? false,
    start_date: input.start_date ?? null,
    expiration_date: input.expiration_date ?? null,
    category: input.category ?? null,
    referral_program: input.referral_program ?? { conversion_event_type: 'redemption' },
    voucher: {
      type: 'DISCOUNT_VOUCHER',
      discount,
      is_referral_code: true,
      code_config: input.voucher?.code_config ?? { length: 8, charset: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' },
      redemption: { quantity: input.voucher?.redemption?.quantity ?? null },
    },
    metadata: input.metadata ?? {},
    created_at: now,
    updated_at: null,
  };
}
