// Stored records -> the JSON Voucherify answers with. Derived fields (counts, referrals) are computed here.
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Customer, Publication, RedeemableHolder, Voucher, VoucherifyState } from '../store.js';

type Schemas = components['schemas'];

/** The voucher body the sandbox sends. */
export type VoucherBody = Schemas['Voucher'];

/** One entry of a customer's `referrals.campaigns`. */
type Referral = Schemas['CustomerObject']['referrals']['campaigns'][number];

/** What a holder row and a customer redeemable share (a customer redeemable has no metadata). */
type HolderFields = Omit<Schemas['CustomerRedeemable'], 'redeemable' | 'object'>;

/** The voucher a stored record points at; the state check keeps it there, and a 404 stands in should it be gone. */
function voucherOf(state: VoucherifyState, voucherId: string): Voucher {
  const voucher = state.vouchers.find((v) => v.id === voucherId);
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
  const campaign = state.campaigns.find((c) => c.id === voucher.campaign_id);
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
    active: true,
    additional_info: null,
    metadata: voucher.metadata,
    is_referral_code: true,
    holder_id: voucher.holder_id,
    referrer_id: null,
    created_at: voucher.created_at,
    updated_at: voucher.updated_at,
    publish: { object: 'list', count: voucher.publish_count, url: `/v1/vouchers/${code}/publications?page=1&limit=10` },
    redemption: {
      object: 'list',
      quantity: campaign?.voucher.redemption.quantity ?? null,
      redeemed_quantity: 0,
      url: `/v1/vouchers/${code}/redemptions?page=1&limit=10`,
    },
    object: 'voucher',
  };
}

export function presentCampaign(state: VoucherifyState, campaign: Campaign): Schemas['Campaign'] {
  return {
    ...campaign,
    vouchers_generation_status: 'DONE',
    active: true,
    vouchers_count: state.vouchers.filter((v) => v.campaign_id === campaign.id).length,
    use_voucher_metadata_schema: false,
    protected: false,
    object: 'campaign',
  };
}

/** A customer's `referrals`: one entry per code they were added to as a REFEREE. */
export function presentCustomer(state: VoucherifyState, customer: Customer): Schemas['CustomerObject'] {
  const referredBy = state.holders
    .filter((h) => h.customer_id === customer.id && h.holder_role === 'REFEREE')
    .map((h): Referral => ({
      campaign_id: h.campaign_id,
      referrer_id: state.vouchers.find((v) => v.id === h.redeemable_id)?.holder_id ?? null,
      related_object_id: h.redeemable_id,
      related_object_type: 'voucher',
      date: h.created_at,
    }));
  return {
    ...customer,
    summary: {
      redemptions: { total_redeemed: 0, total_failed: 0, total_succeeded: 0, total_rolled_back: 0, total_rollback_failed: 0, total_rollback_succeeded: 0, gift: { redeemed_amount: 0, amount_to_go: 0 }, loyalty_card: { redeemed_points: 0, points_to_go: 0 } },
      orders: { total_amount: 0, total_count: 0, average_amount: 0, last_order_amount: 0 },
    },
    loyalty: { points: 0, referred_customers: 0, campaigns: {} },
    referrals: { total: referredBy.length, campaigns: referredBy },
    system_metadata: {},
    object: 'customer',
  };
}

export function presentSimpleCustomer(customer: Customer): Schemas['SimpleCustomer'] {
  return { id: customer.id, source_id: customer.source_id, name: customer.name, email: customer.email, metadata: customer.metadata, object: 'customer' };
}

export function presentPublication(state: VoucherifyState, publication: Publication): Schemas['Publication'] {
  const customer = state.customers.find((c) => c.id === publication.customer_id);
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
