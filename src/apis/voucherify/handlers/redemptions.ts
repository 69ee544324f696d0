import { allBy, getByKey } from '../../../engine/store/collection.js';
import { redemptionSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import { assertSourceIdFree, type CustomerInput } from '../rules/customers.js';
import { newFailedRedemptionId, newFailedRollbackId, newOrderId, newRedemptionId, newRollbackId } from '../rules/ids.js';
import { customerById, findCampaign, findCustomer, findVoucherByCode, lookUpCampaign } from '../rules/lookup.js';
import { sliceOf } from '../rules/paginate.js';
import { presentOrder, presentRedemption, presentRedemptionRollback } from '../rules/present.js';
import { alreadyReferred, convertsOnRedemption, orderAmount, redemptionProblem, rollbackProblem, stackedDiscounts, type OrderInput } from '../rules/redemptions.js';
import type { Customer, Redemption, RedemptionOrder, RedemptionRollback, Referral, Voucher, VoucherifyState } from '../store.js';
import { eventsFor, type Events } from './events.js';
import { nowIso, upsertCustomer, type Ctx, type H } from './shared.js';

/** What both redeem operations (and validation) ask for. */
export interface RedeemInput {
  codes: string[];
  customer?: CustomerInput;
  order?: OrderInput;
  tracking_id?: string;
  metadata?: Record<string, unknown>;
}

/** The redeeming customer, read without writing: `id` must exist, else `source_id` may name a new one. */
export function resolveRedeemer(state: VoucherifyState, input: CustomerInput | undefined): { existing?: Customer; given: boolean } {
  if (!input) return { given: false };
  if (input.id !== undefined) {
    const existing = customerById(state, input.id);
    if (!existing) throw VoucherifyError.notFound('customer', input.id);
    assertSourceIdFree(state, input.source_id, existing.id);
    return { existing, given: true };
  }
  if (input.source_id === undefined) throw VoucherifyError.invalidPayload("Property .customer must have required property 'id' or 'source_id'");
  return { existing: findCustomer(state, input.source_id), given: true };
}

/**
 * Every check of a redemption request, with nothing written: the codes, in request order. A code the referral rules
 * refuse (an error naming a failed redemption, `rf_...`) sends redemption.failed before the error is thrown.
 */
export function checkRedemption(input: RedeemInput, ctx: Ctx, headers: Record<string, string | string[] | undefined>, events: Events): { vouchers: Voucher[]; redeemer: { existing?: Customer; given: boolean } } {
  const { state } = ctx;
  const redeemer = resolveRedeemer(state, input.customer);
  const vouchers = input.codes.map((code) => findVoucherByCode(state, code));
  vouchers.forEach((voucher, index) => {
    const pending = vouchers.slice(0, index).filter((v) => v.id === voucher.id).length;
    const problem = redemptionProblem(state, voucher, redeemer.existing, redeemer.given, ctx.clock.now(), () => newFailedRedemptionId(ctx.ids), pending);
    if (!problem) return;
    if (problem.resource?.type === 'redemption') {
      events.redemptionFailed({
        id: problem.resource.id,
        voucher,
        customer: redeemer.existing,
        tracking_id: input.tracking_id ?? redeemer.existing?.source_id ?? input.customer?.source_id ?? null,
        metadata: input.metadata ?? {},
        date: nowIso(ctx),
        channel_id: appId(headers),
        error: problem,
      });
    }
    throw problem;
  });
  return { vouchers, redeemer };
}

function appId(headers: Record<string, string | string[] | undefined>): string {
  const value = headers['x-app-id'];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * Redeem after checkRedemption passed: upsert the customer, store the order, one redemption per code (children of
 * a parent when `stacked`), and a referral for each campaign converting on redemption that had not referred them.
 */
function redeem(input: RedeemInput, stacked: boolean, headers: Record<string, string | string[] | undefined>, ctx: Ctx) {
  const { state } = ctx;
  const events = eventsFor(headers, ctx);
  const { vouchers, redeemer } = checkRedemption(input, ctx, headers, events);
  const customer = redeemer.given && input.customer ? upsertCustomer(state, redeemer.existing, input.customer, ctx, events) : undefined;
  const now = nowIso(ctx);
  const amount = orderAmount(input.order);
  const discounts = stackedDiscounts(vouchers.map((v) => findCampaign(state, v.campaign_id).voucher.discount), amount);
  const order: RedemptionOrder | null = input.order
    ? {
        id: input.order.id ?? newOrderId(ctx.ids),
        source_id: input.order.source_id ?? null,
        amount,
        discount_amount: discounts.reduce((a, b) => a + b, 0),
        items: (input.order.items ?? []).map((item) => ({ object: 'order_item', ...item })),
        metadata: input.order.metadata ?? {},
        created_at: now,
      }
    : null;
  const base = {
    date: now,
    customer_id: customer?.id ?? null,
    tracking_id: input.tracking_id ?? customer?.source_id ?? null,
    metadata: input.metadata ?? {},
    order,
    channel_id: appId(headers),
  };
  const parent: Redemption | undefined = stacked ? { ...base, id: newRedemptionId(ctx.ids), kind: 'parent', parent_id: null, voucher_id: null, campaign_id: null } : undefined;
  if (parent) state.redemptions.push(parent);
  const children = vouchers.map((voucher) => {
    const child: Redemption = { ...base, id: newRedemptionId(ctx.ids), kind: 'voucher', parent_id: parent?.id ?? null, voucher_id: voucher.id, campaign_id: voucher.campaign_id };
    state.redemptions.push(child);
    return child;
  });
  // Events once everything is written, so each shows the code's redeemed quantity after the whole request.
  children.forEach((child, index) => {
    const voucher = vouchers[index];
    const campaign = findCampaign(state, voucher.campaign_id);
    events.redemptionSucceeded(child);
    if (customer && convertsOnRedemption(campaign) && !alreadyReferred(state, customer.id, campaign.id)) {
      const referral: Referral = { customer_id: customer.id, campaign_id: campaign.id, referrer_id: voucher.holder_id, related_object_id: child.id, related_object_type: 'redemption', date: now };
      state.referrals.push(referral);
      events.referred(referral, voucher);
    }
  });
  return { parent, children, order, referrerId: vouchers[0]?.holder_id ?? null, customerId: customer?.id ?? null };
}

export const redeemStackedDiscounts: H<'redeemStackedDiscounts'> = (req, ctx) => {
  const { redeemables, customer, order, tracking_id, metadata } = req.body;
  const done = redeem({ codes: redeemables.map((r) => r.id), customer, order, tracking_id, metadata }, true, req.headers, ctx);
  // `parent` is always set for a stacked request.
  const parent = done.parent ?? done.children[0];
  return {
    status: 200,
    body: {
      redemptions: done.children.map((r) => presentRedemption(ctx.state, r)),
      parent_redemption: presentRedemption(ctx.state, parent),
      order: done.order ? presentOrder(done.order, done.customerId, done.referrerId) : null,
      inapplicable_redeemables: [],
      skipped_redeemables: [],
    },
  };
};

export const redeemVoucher: H<'redeemVoucher'> = (req, ctx) => {
  const body = req.body ?? {};
  const done = redeem({ codes: [req.params.code], customer: body.customer, order: body.order, tracking_id: body.tracking_id, metadata: body.metadata }, false, req.headers, ctx);
  return { status: 200, body: presentRedemption(ctx.state, done.children[0]) };
};

export const getRedemption: H<'getRedemption'> = (req, { state }) => {
  const redemption = getByKey(state.redemptions, redemptionSpec, req.params.redemptionId);
  if (!redemption) throw VoucherifyError.notFound('redemption', req.params.redemptionId);
  return { status: 200, body: presentRedemption(state, redemption) };
};

export const listRedemptions: H<'listRedemptions'> = (req, ctx) => {
  const { state } = ctx;
  const q = req.query;
  const campaign = q.campaign === undefined ? undefined : lookUpCampaign(state, q.campaign, true);
  const customer = q.customer === undefined ? undefined : findCustomer(state, q.customer);
  const matches = (r: Redemption) => {
    if (q.campaign !== undefined && (!campaign || r.campaign_id !== campaign.id)) return false;
    if (q.customer !== undefined && (!customer || r.customer_id !== customer.id)) return false;
    if (q.created_at?.before !== undefined && !(Date.parse(r.date) < Date.parse(q.created_at.before))) return false;
    if (q.created_at?.after !== undefined && !(Date.parse(r.date) > Date.parse(q.created_at.after))) return false;
    return true;
  };
  // A customer or a campaign starts from its index (redemptions never change, so it is in collection order); a
  // created_at range alone scans; no filter pages the collection where it lies.
  const candidates: readonly Redemption[] =
    q.customer !== undefined ? (customer ? allBy(state.redemptions, redemptionSpec, 'customer', customer.id) : [])
    : q.campaign !== undefined ? (campaign ? allBy(state.redemptions, redemptionSpec, 'campaign', campaign.id) : [])
    : state.redemptions;
  const filtered = q.customer !== undefined || q.campaign !== undefined || q.created_at?.before !== undefined || q.created_at?.after !== undefined;
  const rows = q.result !== undefined && q.result !== 'SUCCESS' ? [] : filtered ? candidates.filter(matches) : candidates;
  // Stored in creation order: oldest first for order=created_at, newest first otherwise.
  const limit = q.limit ?? 10;
  const page = q.page ?? 1;
  const n = rows.length;
  const slice = sliceOf(n, (page - 1) * limit, page * limit, (i) => (q.order === 'created_at' ? rows[i] : rows[n - 1 - i]));
  return { status: 200, body: { object: 'list', data_ref: 'redemptions', redemptions: slice.map((r) => presentRedemption(state, r)), total: rows.length } };
};

/**
 * POST /v1/redemptions/{redemptionId}/rollback: a single redemption given back. The body's customer is upserted
 * (as in a redemption) and becomes the rollback's customer; the referral the redemption counted stays.
 */
export const rollbackRedemption: H<'rollbackRedemption'> = (req, ctx) => {
  const { state } = ctx;
  const redemption = getByKey(state.redemptions, redemptionSpec, req.params.redemptionId);
  if (!redemption) throw VoucherifyError.notFound('redemption', req.params.redemptionId);
  const problem = rollbackProblem(state, redemption, () => newFailedRollbackId(ctx.ids));
  if (problem) throw problem;
  const body = req.body ?? {};
  const redeemer = resolveRedeemer(state, body.customer);
  const events = eventsFor(req.headers, ctx);
  const customer = redeemer.given && body.customer ? upsertCustomer(state, redeemer.existing, body.customer, ctx, events) : undefined;
  const rollback: RedemptionRollback = {
    id: newRollbackId(ctx.ids),
    redemption_id: redemption.id,
    date: nowIso(ctx),
    reason: req.query.reason ?? null,
    customer_id: customer?.id ?? redemption.customer_id,
    tracking_id: req.query.tracking_id ?? redemption.tracking_id,
    metadata: body.metadata ?? {},
    channel_id: appId(req.headers),
  };
  state.rollbacks.push(rollback);
  events.rolledBack(redemption, rollback);
  return { status: 200, body: presentRedemptionRollback(state, rollback, redemption) };
};
