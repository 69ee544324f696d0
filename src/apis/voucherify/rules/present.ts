// Stored records -> the JSON Voucherify answers with. Derived fields (counts, referrals) are computed here.
import { allBy, countBy } from '../../../engine/store/collection.js';
import { holderSpec, redemptionSpec, referralSpec, voucherSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Customer, Publication, RedeemableHolder, Redemption, RedemptionOrder, RedemptionRollback, Voucher, VoucherifyState } from '../store.js';
import { DEFAULT_CHARSET, DEFAULT_CODE_LENGTH } from './codes.js';
import { campaignById, customerById, voucherById } from './lookup.js';
import { isRolledBack, redeemedQuantity } from './redemptions.js';

type Schemas = components['schemas'];

/** The voucher body the sandbox sends. */
export type VoucherBody = Schemas['Voucher'];

/** One entry of a customer's `referrals.campaigns`. */
type Referral = Schemas['CustomerObject']['referrals']['campaigns'][number];

/** What a holder row and a customer redeemable share (a customer redeemable has no metadata). */
type HolderFields = Omit<Schemas['CustomerRedeemable'], 'redeemable' | 'object'>;

/** The voucher a stored record points at; the state check keeps it there, and a 404 stands in should it be gone. */
function voucherOf(state: VoucherifyState, voucherId: string): Voucher {
  const voucher = voucherById(state, voucherId);
  if (!voucher) throw VoucherifyError.notFound('voucher', voucherId);
  return voucher;
}

function holderFields(row: RedeemableHolder): HolderFields {
  return {
    id: row.id,
    created_at: row.created_at,
    redeemable_id: row.redeemable_id,
    redeemable_object: 'voucher',
    campaign_id: row.campaign_id,
    campaign_type: 'REFERRAL_PROGRAM',
    voucher_type: 'DISCOUNT_VOUCHER',
    customer_id: row.customer_id,
    holder_role: row.holder_role,
  };
}

export function presentHolder(row: RedeemableHolder): Schemas['RedeemableHolder'] {
  return { ...holderFields(row), object: 'redeemable_holder', metadata: row.metadata };
}

export function presentVoucher(state: VoucherifyState, voucher: Voucher): VoucherBody {
  const campaign = campaignById(state, voucher.campaign_id);
  const code = encodeURIComponent(voucher.code);
  return {
    id: voucher.id,
    code: voucher.code,
    campaign: campaign?.name ?? voucher.campaign_id,
    campaign_id: voucher.campaign_id,
    category: campaign?.category ?? null,
    type: 'DISCOUNT_VOUCHER',
    discount: campaign?.voucher.discount ?? { type: 'PERCENT', percent_off: 0 },
    gift: null,
    loyalty_card: null,
    start_date: campaign?.start_date ?? null,
    expiration_date: campaign?.expiration_date ?? null,
    validity_timeframe: null,
    validity_day_of_week: null,
    active: voucher.active !== false,
    additional_info: null,
    metadata: voucher.metadata,
    is_referral_code: true,
    holder_id: voucher.holder_id,
    created_at: voucher.created_at,
    updated_at: voucher.updated_at,
    publish: { object: 'list', count: voucher.publish_count, url: `/v1/vouchers/${code}/publications?page=1&limit=10` },
    redemption: {
      object: 'list',
      quantity: campaign?.voucher.redemption.quantity ?? null,
      redeemed_quantity: redeemedQuantity(state, voucher.id),
      url: `/v1/vouchers/${code}/redemptions?page=1&limit=10`,
    },
    object: 'voucher',
  };
}

/** A code_config with the length, charset and pattern codes are generated with filled in, as Voucherify answers it. */
export function completeCodeConfig(config: Campaign['voucher']['code_config']) {
  const length = config.length ?? (config.pattern ? (config.pattern.match(/#/g) ?? []).length : DEFAULT_CODE_LENGTH);
  return {
    ...config,
    length,
    charset: config.charset && config.charset.length > 0 ? config.charset : DEFAULT_CHARSET,
    pattern: config.pattern ?? '#'.repeat(length),
  };
}

/** Codes are made synchronously, so creation_status and vouchers_generation_status are always DONE. */
export function presentCampaign(state: VoucherifyState, campaign: Campaign): Schemas['Campaign'] {
  return {
    ...campaign,
    voucher: { ...campaign.voucher, code_config: completeCodeConfig(campaign.voucher.code_config) },
    category_id: null,
    categories: [],
    creation_status: 'DONE',
    vouchers_generation_status: 'DONE',
    active: campaign.active !== false,
    vouchers_count: countBy(state.vouchers, voucherSpec, 'campaign', campaign.id),
    use_voucher_metadata_schema: false,
    protected: false,
    object: 'campaign',
  };
}

/**
 * A customer's `referrals`: one entry per campaign. A conversion (a redemption or custom event that referred them)
 * wins; a campaign where they are only a REFEREE holder shows that code (`voucher`), as before any conversion.
 */
export function presentCustomer(state: VoucherifyState, customer: Customer): Schemas['CustomerObject'] {
  const converted = allBy(state.referrals, referralSpec, 'customer', customer.id).map(
    (r): Referral => ({ campaign_id: r.campaign_id, referrer_id: r.referrer_id, related_object_id: r.related_object_id, related_object_type: r.related_object_type, date: r.date }),
  );
  const convertedCampaigns = new Set(converted.map((r) => r.campaign_id));
  const held = allBy(state.holders, holderSpec, 'customer', customer.id)
    .filter((h) => h.holder_role === 'REFEREE' && !convertedCampaigns.has(h.campaign_id))
    .map((h): Referral => ({
      campaign_id: h.campaign_id,
      referrer_id: voucherById(state, h.redeemable_id)?.holder_id ?? null,
      related_object_id: h.redeemable_id,
      related_object_type: 'voucher',
      date: h.created_at,
    }));
  const seen = new Set<string>();
  const referredBy = [...held, ...converted].filter((r) => (seen.has(r.campaign_id) ? false : (seen.add(r.campaign_id), true)));
  const redeemed = countBy(state.redemptions, redemptionSpec, 'customer_redeemed', customer.id);
  // Voucherify's published schema has these as optional strings and its examples leave them out when unset.
  const { description, phone, birthday, birthdate, ...always } = customer;
  return {
    ...always,
    ...(description == null ? {} : { description }),
    ...(phone == null ? {} : { phone }),
    ...(birthday == null ? {} : { birthday }),
    ...(birthdate == null ? {} : { birthdate }),
    summary: {
      redemptions: { total_redeemed: redeemed, total_failed: 0, total_succeeded: redeemed, total_rolled_back: 0, total_rollback_failed: 0, total_rollback_succeeded: 0, gift: { redeemed_amount: 0, amount_to_go: 0 }, loyalty_card: { redeemed_points: 0, points_to_go: 0 } },
      orders: { total_amount: 0, total_count: 0, average_amount: 0, last_order_amount: 0 },
    },
    loyalty: { points: 0, referred_customers: countBy(state.referrals, referralSpec, 'referrer', customer.id), campaigns: {} },
    referrals: { total: referredBy.length, campaigns: referredBy },
    system_metadata: {},
    object: 'customer',
  };
}

export function presentSimpleCustomer(customer: Customer): Schemas['SimpleCustomer'] {
  return { id: customer.id, source_id: customer.source_id, name: customer.name, email: customer.email, metadata: customer.metadata, object: 'customer' };
}

/** A publication as List Publications shows it: its customer also carries (unexpanded, null) summary, loyalty and referrals. */
export function presentListedPublication(state: VoucherifyState, publication: Publication): Schemas['Publication'] {
  const shown = presentPublication(state, publication);
  const customer = customerById(state, publication.customer_id);
  return { ...shown, customer: { ...shown.customer, address: customer?.address ?? null, summary: null, loyalty: null, referrals: null } };
}

export function presentPublication(state: VoucherifyState, publication: Publication): Schemas['Publication'] {
  const customer = customerById(state, publication.customer_id);
  const voucher = voucherOf(state, publication.voucher_id);
  return {
    id: publication.id,
    object: 'publication',
    created_at: publication.created_at,
    customer_id: publication.customer_id,
    tracking_id: customer?.source_id ?? null,
    metadata: publication.metadata,
    channel: publication.channel,
    source_id: publication.source_id,
    result: 'SUCCESS',
    customer: customer ? presentSimpleCustomer(customer) : { id: publication.customer_id, object: 'customer' },
    vouchers_id: [voucher.id],
    voucher: presentVoucher(state, voucher),
  };
}

/** One row of GET /v1/customers/{id}/redeemables: the holder row plus the voucher it points at. */
export function presentCustomerRedeemable(state: VoucherifyState, row: RedeemableHolder): Schemas['CustomerRedeemable'] {
  const voucher = voucherOf(state, row.redeemable_id);
  return { ...holderFields(row), redeemable: { type: 'voucher', voucher: presentVoucher(state, voucher), status: 'ACTIVE' }, object: 'customer_redeemable' };
}

/** The order a redemption was made for, with its discount; the amounts appear only when the order gave one, the id when it has one. */
export function presentOrder(order: RedemptionOrder, customerId: string | null, referrerId: string | null): Schemas['OrderCalculated'] {
  const body: Schemas['OrderCalculated'] = {
    ...(order.id === '' ? {} : { id: order.id }),
    source_id: order.source_id,
    status: 'PAID',
    discount_amount: order.discount_amount,
    total_discount_amount: order.discount_amount,
    applied_discount_amount: order.discount_amount,
    total_applied_discount_amount: order.discount_amount,
    items: order.items,
    metadata: order.metadata,
    customer_id: customerId,
    referrer_id: referrerId,
    object: 'order',
    created_at: order.created_at,
    updated_at: null,
  };
  if (order.amount !== null) {
    body.amount = order.amount;
    body.total_amount = order.amount - order.discount_amount;
  }
  return body;
}

/** A redemption as Get Redemption answers it: a child or single one carries its voucher, a parent points at itself. */
export function presentRedemption(state: VoucherifyState, redemption: Redemption): Schemas['Redemption'] {
  const customer = redemption.customer_id === null ? undefined : customerById(state, redemption.customer_id);
  const voucher = redemption.voucher_id === null ? undefined : voucherById(state, redemption.voucher_id);
  const body: Schemas['Redemption'] = {
    id: redemption.id,
    object: 'redemption',
    date: redemption.date,
    customer_id: redemption.customer_id,
    tracking_id: redemption.tracking_id,
    metadata: redemption.metadata,
    redemption: redemption.parent_id,
    result: 'SUCCESS',
    status: isRolledBack(state, redemption.id) || (redemption.parent_id !== null && isRolledBack(state, redemption.parent_id)) ? 'ROLLED_BACK' : 'SUCCEEDED',
    order: redemption.order ? presentOrder(redemption.order, redemption.customer_id, voucher?.holder_id ?? null) : null,
    channel: { channel_id: redemption.channel_id, channel_type: 'API' },
    customer: customer ? presentSimpleCustomer(customer) : redemption.customer_id === null ? null : { id: redemption.customer_id, object: 'customer' },
    related_object_type: redemption.kind === 'parent' ? 'redemption' : 'voucher',
    related_object_id: redemption.kind === 'parent' ? redemption.id : (redemption.voucher_id ?? redemption.id),
  };
  if (voucher) body.voucher = presentVoucher(state, voucher);
  return body;
}

/** A rollback as Rollback Redemption answers it: the redemption's order, customer and voucher, `amount` null. */
export function presentRedemptionRollback(state: VoucherifyState, rollback: RedemptionRollback, redemption: Redemption): Schemas['RedemptionRollback'] {
  const shown = presentRedemption(state, redemption);
  const customer = rollback.customer_id === null ? undefined : customerById(state, rollback.customer_id);
  const body: Schemas['RedemptionRollback'] = {
    id: rollback.id,
    object: 'redemption_rollback',
    date: rollback.date,
    customer_id: rollback.customer_id,
    tracking_id: rollback.tracking_id,
    metadata: rollback.metadata,
    amount: null,
    redemption: redemption.id,
    reason: rollback.reason,
    result: 'SUCCESS',
    status: 'SUCCEEDED',
    order: shown.order,
    channel: { channel_id: rollback.channel_id, channel_type: 'API' },
    customer: customer ? presentSimpleCustomer(customer) : null,
    related_object_type: 'voucher',
    related_object_id: redemption.voucher_id ?? redemption.id,
  };
  if (shown.voucher) body.voucher = shown.voucher;
  return body;
}
