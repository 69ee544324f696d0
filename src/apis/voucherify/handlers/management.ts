import { updateRecord } from '../../../engine/store/collection.js';
import { replaceFields } from '../collections.js';
import { newAsyncActionId } from '../rules/ids.js';
import { findCampaign, findVoucherByCode } from '../rules/lookup.js';
import { removeCampaign, removeVouchers, updatedCampaign, updatedVoucher } from '../rules/management.js';
import { presentCampaign, presentVoucher } from '../rules/present.js';
import type { Campaign, Voucher, VoucherifyState } from '../store.js';
import { nowIso, type H } from './shared.js';

// Campaign and voucher management. The path takes the campaign id or name (as Get Campaign) and the code or v_ id.

/** The stored campaign becomes `next` (a changed copy of it), through its collection; returns the stored record. */
function replaceCampaign(state: VoucherifyState, campaign: Campaign, next: Campaign): Campaign {
  return updateRecord(state.campaigns, campaign, (stored) => replaceFields(stored, next));
}

function replaceVoucher(state: VoucherifyState, voucher: Voucher, next: Voucher): Voucher {
  return updateRecord(state.vouchers, voucher, (stored) => replaceFields(stored, next));
}

export const updateCampaign: H<'updateCampaign'> = (req, ctx) => {
  const campaign = findCampaign(ctx.state, req.params.campaignId, true);
  const next = replaceCampaign(ctx.state, campaign, updatedCampaign(campaign, req.body, nowIso(ctx)));
  return { status: 200, body: presentCampaign(ctx.state, next) };
};

export const deleteCampaign: H<'deleteCampaign'> = (req, ctx) => {
  removeCampaign(ctx.state, findCampaign(ctx.state, req.params.campaignId, true));
  return { status: 202, body: { async_action_id: newAsyncActionId(ctx.ids) } };
};

export const enableCampaign: H<'enableCampaign'> = (req, ctx) => {
  const campaign = findCampaign(ctx.state, req.params.campaignId, true);
  if (campaign.active === false) replaceCampaign(ctx.state, campaign, { ...campaign, active: true, updated_at: nowIso(ctx) });
  return { status: 200, body: {} };
};

export const disableCampaign: H<'disableCampaign'> = (req, ctx) => {
  const campaign = findCampaign(ctx.state, req.params.campaignId, true);
  if (campaign.active !== false) replaceCampaign(ctx.state, campaign, { ...campaign, active: false, updated_at: nowIso(ctx) });
  return { status: 200, body: {} };
};

export const updateVoucher: H<'updateVoucher'> = (req, ctx) => {
  const voucher = findVoucherByCode(ctx.state, req.params.code);
  const next = replaceVoucher(ctx.state, voucher, updatedVoucher(voucher, req.body, nowIso(ctx)));
  return { status: 200, body: presentVoucher(ctx.state, next) };
};

export const deleteVoucher: H<'deleteVoucher'> = (req, { state }) => {
  removeVouchers(state, new Set([findVoucherByCode(state, req.params.code).id]));
  return { status: 204 };
};

export const enableVoucher: H<'enableVoucher'> = (req, ctx) => {
  const voucher = findVoucherByCode(ctx.state, req.params.code);
  const next = voucher.active === false ? replaceVoucher(ctx.state, voucher, { ...voucher, active: true, updated_at: nowIso(ctx) }) : voucher;
  return { status: 200, body: presentVoucher(ctx.state, next) };
};

export const disableVoucher: H<'disableVoucher'> = (req, ctx) => {
  const voucher = findVoucherByCode(ctx.state, req.params.code);
  const next = voucher.active !== false ? replaceVoucher(ctx.state, voucher, { ...voucher, active: false, updated_at: nowIso(ctx) }) : voucher;
  return { status: 200, body: presentVoucher(ctx.state, next) };
};
