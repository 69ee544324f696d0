import { VoucherifyError } from '../errors.js';
import { newFailedRedemptionId, newReferralEventId } from '../rules/ids.js';
import { findCampaign, findVoucherByCode } from '../rules/lookup.js';
import { presentSimpleCustomer } from '../rules/present.js';
import { alreadyReferred, convertsOnEvent } from '../rules/redemptions.js';
import type { Referral, Voucher } from '../store.js';
import { eventsFor } from './events.js';
import { resolveRedeemer } from './redemptions.js';
import { nowIso, upsertCustomer, type H } from './shared.js';

/**
 * POST /v1/events. With `referral.code` of a campaign converting on this custom event, the customer becomes referred
 * (once per campaign), after the same publication and self-referral checks as a redemption.
 */
export const trackCustomEvent: H<'trackCustomEvent'> = (req, ctx) => {
  const { state } = ctx;
  const body = req.body;
  const redeemer = resolveRedeemer(state, body.customer);
  const referral = body.referral;
  let conversion: { campaignId: string; referrerId: string | null; voucher: Voucher } | undefined;
  if (referral) {
    const voucher = findVoucherByCode(state, referral.code);
    const campaign = findCampaign(state, voucher.campaign_id);
    if (convertsOnEvent(campaign, body.event)) {
      if (voucher.holder_id === null) throw VoucherifyError.redeemNotPublished(voucher.code, newFailedRedemptionId(ctx.ids));
      if (redeemer.existing && redeemer.existing.id === voucher.holder_id) throw VoucherifyError.referrerNotPermitted(voucher.code, newFailedRedemptionId(ctx.ids));
      if (referral.referrer_id !== undefined && referral.referrer_id !== voucher.holder_id) throw VoucherifyError.referrerMismatch(referral.referrer_id);
      conversion = { campaignId: campaign.id, referrerId: voucher.holder_id, voucher };
    }
  }
  const events = eventsFor(req.headers, ctx);
  const customer = upsertCustomer(state, redeemer.existing, body.customer, ctx, events);
  if (conversion && !alreadyReferred(state, customer.id, conversion.campaignId)) {
    const referral: Referral = {
      customer_id: customer.id,
      campaign_id: conversion.campaignId,
      referrer_id: conversion.referrerId,
      related_object_id: newReferralEventId(ctx.ids),
      related_object_type: 'custom_event',
      date: nowIso(ctx),
    };
    state.referrals.push(referral);
    events.referred(referral, conversion.voucher);
  }
  return {
    status: 200,
    body: {
      object: 'event',
      type: body.event,
      customer: presentSimpleCustomer(customer),
      referral: referral ? { code: referral.code, referrer_id: referral.referrer_id ?? conversion?.referrerId ?? null } : {},
      loyalty: {},
      metadata: body.metadata ?? {},
    },
  };
};
