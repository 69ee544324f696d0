import { VoucherifyError } from '../errors.js';
import { newFailedRedemptionId, newValidationId } from '../rules/ids.js';
import { findCampaign, lookUpVoucher } from '../rules/lookup.js';
import { presentOrder } from '../rules/present.js';
import { orderAmount, redemptionProblem, stackedDiscounts } from '../rules/redemptions.js';
import type { components } from '../spec.gen.js';
import type { Voucher } from '../store.js';
import { resolveRedeemer } from './redemptions.js';
import { nowIso, type H } from './shared.js';

type ValidationRedeemable = components['schemas']['ValidationRedeemable'];

/** Voucherify's default stacking rules (a project without its own), as validations report them. */
export const DEFAULT_STACKING_RULES = {
  redeemables_limit: 30,
  applicable_redeemables_limit: 5,
  applicable_redeemables_per_category_limit: 1,
  applicable_redeemables_category_limits: {},
  applicable_exclusive_redeemables_limit: 1,
  applicable_exclusive_redeemables_per_category_limit: 1,
  exclusive_categories: [],
  joint_categories: [],
  redeemables_application_mode: 'ALL',
  redeemables_sorting_rule: 'REQUESTED_ORDER',
  redeemables_products_application_mode: 'STACK',
  redeemables_no_effect_rule: 'REDEEM_ANYWAY',
  no_effect_skip_categories: [],
  no_effect_redeem_anyway_categories: [],
  redeemables_rollback_order_mode: 'WITH_ORDER',
};

const emptyList = { object: 'list', data_ref: 'data', data: [], total: 0 };

/** POST /v1/validations: the redemption checks, answered as applicable / inapplicable / skipped; nothing is written. */
export const validateStackedDiscounts: H<'validateStackedDiscounts'> = (req, ctx) => {
  const { state } = ctx;
  const body = req.body;
  const redeemer = resolveRedeemer(state, body.customer);
  const now = ctx.clock.now();
  const found: Array<{ code: string; voucher?: Voucher; error?: VoucherifyError }> = body.redeemables.map((r) => {
    const voucher = lookUpVoucher(state, r.id);
    return voucher ? { code: r.id, voucher } : { code: r.id, error: VoucherifyError.notFound('voucher', r.id) };
  });
  found.forEach((entry, index) => {
    if (!entry.voucher || entry.error) return;
    const pending = found.slice(0, index).filter((e) => e.voucher?.id === entry.voucher!.id).length;
    entry.error = redemptionProblem(state, entry.voucher, redeemer.existing, redeemer.given, now, () => newFailedRedemptionId(ctx.ids), pending);
  });
  const amount = orderAmount(body.order);
  const good = found.filter((e) => !e.error && e.voucher);
  const discounts = stackedDiscounts(good.map((e) => findCampaign(state, e.voucher!.campaign_id).voucher.discount), amount);
  const order = body.order
    ? presentOrder(
        { id: body.order.id ?? '', source_id: body.order.source_id ?? null, amount, discount_amount: discounts.reduce((a, b) => a + b, 0), items: body.order.items ?? [], metadata: body.order.metadata ?? {}, created_at: nowIso(ctx) },
        redeemer.existing?.id ?? null,
        good[0]?.voucher?.holder_id ?? null,
      )
    : undefined;
  const valid = found.every((e) => !e.error);
  const applicable = (e: (typeof found)[number]): ValidationRedeemable => ({
    status: 'APPLICABLE',
    id: e.code,
    object: 'voucher',
    ...(order ? { order } : {}),
    applicable_to: emptyList,
    inapplicable_to: emptyList,
    result: { discount: findCampaign(state, e.voucher!.campaign_id).voucher.discount },
    metadata: e.voucher!.metadata,
    categories: [],
  });
  const inapplicable = found
    .filter((e) => e.error)
    .map((e): ValidationRedeemable => {
      const error = e.error!;
      const described: components['schemas']['ValidationError'] = { code: error.status, key: error.key, message: error.message };
      if (error.details !== undefined) described.details = error.details;
      if (error.errorMessage !== undefined) described.error = { message: error.errorMessage };
      return { status: 'INAPPLICABLE', id: e.code, object: 'voucher', result: { error: described } };
    });
  return {
    status: 200,
    body: {
      id: newValidationId(ctx.ids),
      valid,
      redeemables: valid ? good.map(applicable) : [],
      skipped_redeemables: valid ? [] : good.map((e) => ({ status: 'SKIPPED' as const, id: e.code, object: 'voucher' as const, result: { details: { key: 'applicable_redeemables_limit_exceeded', message: 'Another redeemable of this request is inapplicable' } } })),
      inapplicable_redeemables: inapplicable,
      ...(order ? { order } : {}),
      tracking_id: body.tracking_id ?? redeemer.existing?.source_id ?? body.customer?.source_id ?? null,
      stacking_rules: DEFAULT_STACKING_RULES,
    },
  };
};
