import { buildCampaign, checkNewCampaign } from '../rules/campaigns.js';
import { newCampaignId } from '../rules/ids.js';
import { presentCampaign } from '../rules/present.js';
import type { Voucher } from '../store.js';
import { mintVoucher, nowIso, type H } from './shared.js';

export const createCampaign: H<'createCampaign'> = (req, ctx) => {
  const { state } = ctx;
  const input = req.body;
  const discount = checkNewCampaign(state, input);
  const campaign = buildCampaign(input, discount, newCampaignId(ctx.ids), nowIso(ctx));
  // Mint every code before storing anything, so a charset too small for vouchers_count leaves no half campaign.
  const vouchers: Voucher[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < (input.vouchers_count ?? 0); i++) {
    const voucher = mintVoucher(state, campaign, ctx, taken);
    taken.add(voucher.code);
    vouchers.push(voucher);
  }
  state.campaigns.push(campaign);
  state.vouchers.push(...vouchers);
  return { status: 200, body: presentCampaign(state, campaign) };
};
