// The `data` of each webhook event, built from the presenters the API answers with, so a webhook shows a record the
// way the API would right after the write. Shapes follow reference/OpenAPIWebhooks.json (voucherify-openapi 65c33a7).
import { getByKey, type CollectionSpec } from '../../../engine/store/collection.js';
import { campaignSpec, customerSpec, voucherSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Customer, Publication, RedeemableHolder, Redemption, RedemptionRollback, Referral, Voucher, VoucherifyState } from '../store.js';
import { DEFAULT_CHARSET, DEFAULT_CODE_LENGTH } from './codes.js';
import { customerById } from './lookup.js';
import { presentCampaign, presentCustomer, presentHolder, presentPublication, presentRedemption, presentSimpleCustomer, presentVoucher } from './present.js';

type Schemas = components['schemas'];

function mustFind<T extends { id: string }>(list: T[], spec: CollectionSpec<T>, id: string, type: 'voucher' | 'campaign' | 'customer'): T {
  const found = getByKey(list, spec, id);
  if (!found) throw VoucherifyError.notFound(type, id);
  return found;
}

/** SimpleCampaign: Create Campaign's answer, narrowed, with code_config completed by the defaults codes are made with. */
export function webhookCampaign(state: VoucherifyState, campaign: Campaign): Schemas['WebhookCampaign'] {
  const shown = presentCampaign(state, campaign);
  const config = campaign.voucher.code_config;
  const length = config.length ?? (config.pattern ? (config.pattern.match(/#/g) ?? []).length : DEFAULT_CODE_LENGTH);
  return {
    id: shown.id,
    name: shown.name,
    campaign_type: 'REFERRAL_PROGRAM',
    type: shown.type,
    is_referral_code: true,
    voucher: {
      type: 'DISCOUNT_VOUCHER',
      discount: shown.voucher.discount,
      gift: null,
      loyalty_card: null,
      redemption: { quantity: campaign.voucher.redemption.quantity, redeemed_quantity: 0 },
      code_config: {
        length,
        charset: config.charset && config.charset.length > 0 ? config.charset : DEFAULT_CHARSET,
        pattern: config.pattern ?? '#'.repeat(length),
        prefix: config.prefix ?? '',
        postfix: config.postfix ?? '',
      },
    },
    referral_program: shown.referral_program ?? {},
    auto_join: shown.auto_join,
    join_once: shown.join_once,
    active: shown.active,
    category_id: null,
    category: shown.category ?? null,
    metadata: shown.metadata,
    start_date: shown.start_date ?? null,
    expiration_date: shown.expiration_date ?? null,
    description: shown.description ?? null,
    created_at: shown.created_at,
    updated_at: shown.updated_at ?? null,
    object: 'campaign',
  };
}

/** SimpleVoucher: Get Voucher's answer without the list links and the fields webhooks leave out. */
export function webhookVoucher(state: VoucherifyState, voucher: Voucher): Schemas['WebhookVoucher'] {
  const shown = presentVoucher(state, voucher);
  return {
    id: shown.id,
    code: shown.code,
    discount: shown.discount,
    type: 'DISCOUNT_VOUCHER',
    campaign: shown.campaign,
    campaign_id: shown.campaign_id,
    is_referral_code: true,
    holder_id: shown.holder_id,
    referrer_id: shown.referrer_id ?? null,
    category_id: null,
    categories: [],
    active: shown.active,
    created_at: shown.created_at,
    updated_at: shown.updated_at ?? null,
    redemption: { quantity: shown.redemption.quantity, redeemed_quantity: shown.redemption.redeemed_quantity },
    start_date: shown.start_date ?? null,
    expiration_date: shown.expiration_date ?? null,
    metadata: shown.metadata,
    object: 'voucher',
  };
}

/** SimpleRedeemableHolder: the holders list's row without metadata, plus the publication that made it (REFERRERs). */
export function webhookHolder(row: RedeemableHolder, publicationId: string | null): Schemas['WebhookRedeemableHolder'] {
  const { metadata: _metadata, ...shown } = presentHolder(row);
  return { ...shown, publication_id: publicationId };
}

/** ListPublicationsItemBase: Create Publication's answer without `voucher`; its customer is not expanded. */
export function webhookPublication(state: VoucherifyState, publication: Publication): Schemas['WebhookPublication'] {
  const shown = presentPublication(state, publication);
  const customer = customerById(state, publication.customer_id);
  return {
    id: shown.id,
    object: 'publication',
    created_at: shown.created_at,
    customer_id: shown.customer_id,
    tracking_id: shown.tracking_id ?? null,
    metadata: shown.metadata,
    channel: shown.channel,
    source_id: shown.source_id ?? null,
    result: 'SUCCESS',
    customer: {
      id: publication.customer_id,
      source_id: customer?.source_id ?? null,
      name: customer?.name ?? null,
      email: customer?.email ?? null,
      address: customer?.address ?? null,
      summary: null,
      loyalty: null,
      referrals: null,
      metadata: customer?.metadata ?? {},
      object: 'customer',
    },
    vouchers_id: shown.vouchers_id,
  };
}

export function customerCreatedData(state: VoucherifyState, customer: Customer): Schemas['EventCustomerCreatedData'] {
  return { customer: presentCustomer(state, customer) };
}

/** What voucher.published and publication.succeeded share (Voucherify's EventPublicationBase). */
function publicationBase(state: VoucherifyState, publication: Publication) {
  const voucher = mustFind(state.vouchers, voucherSpec, publication.voucher_id, 'voucher');
  return {
    customer: presentSimpleCustomer(mustFind(state.customers, customerSpec, publication.customer_id, 'customer')),
    campaign: webhookCampaign(state, mustFind(state.campaigns, campaignSpec, voucher.campaign_id, 'campaign')),
    publication: webhookPublication(state, publication),
    voucher: webhookVoucher(state, voucher),
  };
}

export function voucherPublishedData(state: VoucherifyState, publication: Publication): Schemas['EventVoucherPublishedData'] {
  return { ...publicationBase(state, publication), created_at: publication.created_at };
}

/** Voucherify's schema names the code `voucher`, its example sends `vouchers`: both are sent; `user` is null for the API. */
export function publicationSucceededData(state: VoucherifyState, publication: Publication): Schemas['EventPublicationSucceededData'] {
  const base = publicationBase(state, publication);
  return { ...base, vouchers: [base.voucher], user: null };
}

export function holderAssignmentData(state: VoucherifyState, row: RedeemableHolder, publicationId: string | null): Schemas['EventCustomerHolderAssignmentData'] {
  const voucher = mustFind(state.vouchers, voucherSpec, row.redeemable_id, 'voucher');
  return {
    holder: webhookHolder(row, publicationId),
    voucher: webhookVoucher(state, voucher),
    campaign: webhookCampaign(state, mustFind(state.campaigns, campaignSpec, voucher.campaign_id, 'campaign')),
    customer: presentSimpleCustomer(mustFind(state.customers, customerSpec, row.customer_id, 'customer')),
  };
}

/** SimpleRedemption of a stored redemption (a child or a single one); status ROLLED_BACK once rolled back. */
export function webhookRedemption(state: VoucherifyState, redemption: Redemption): Schemas['WebhookRedemption'] {
  const shown = presentRedemption(state, redemption);
  return {
    id: shown.id,
    object: 'redemption',
    customer_id: shown.customer_id,
    tracking_id: shown.tracking_id,
    date: shown.date,
    order: shown.order,
    customer: shown.customer && 'name' in shown.customer ? shown.customer : null,
    result: 'SUCCESS',
    status: shown.status,
    redemption: shown.redemption,
    metadata: shown.metadata,
    channel: { channel_id: redemption.channel_id, channel_type: 'API' },
  };
}

/** The code's campaign, voucher and REFERRER, which every redemption event carries. */
function codeParts(state: VoucherifyState, voucher: Voucher) {
  const referrer = voucher.holder_id === null ? undefined : customerById(state, voucher.holder_id);
  return {
    campaign: webhookCampaign(state, mustFind(state.campaigns, campaignSpec, voucher.campaign_id, 'campaign')),
    voucher: webhookVoucher(state, voucher),
    holder: referrer ? presentSimpleCustomer(referrer) : null,
    promotion_tier: null,
    promotion_stack: null,
  };
}

export function redemptionSucceededData(state: VoucherifyState, redemption: Redemption): Schemas['EventRedemptionData'] {
  const voucher = mustFind(state.vouchers, voucherSpec, redemption.voucher_id ?? '', 'voucher');
  const shown = webhookRedemption(state, redemption);
  return { customer: shown.customer, order: shown.order, ...codeParts(state, voucher), redemption: shown, created_at: redemption.date };
}

/** A refused redemption of a code, as redemption.failed reports it (nothing of it is stored). */
export interface FailedRedemption {
  /** The error's `rf_` id. */
  id: string;
  voucher: Voucher;
  /** The redeeming customer as stored before the request; undefined for a new (or no) customer. */
  customer: Customer | undefined;
  tracking_id: string | null;
  metadata: Record<string, unknown>;
  date: string;
  channel_id: string;
  error: VoucherifyError;
}

export function redemptionFailedData(state: VoucherifyState, failed: FailedRedemption): Schemas['EventRedemptionFailedData'] {
  const customer = failed.customer ? presentSimpleCustomer(failed.customer) : null;
  return {
    customer,
    order: null,
    ...codeParts(state, failed.voucher),
    redemption: {
      id: failed.id,
      object: 'redemption',
      customer_id: failed.customer?.id ?? null,
      tracking_id: failed.tracking_id,
      date: failed.date,
      order: null,
      customer,
      result: 'FAILURE',
      status: 'FAILED',
      redemption: null,
      metadata: failed.metadata,
      failure_code: failed.error.key,
      failure_message: failed.error.errorMessage ?? failed.error.message,
      channel: { channel_id: failed.channel_id, channel_type: 'API' },
    },
    created_at: failed.date,
  };
}

export function redemptionRollbackData(state: VoucherifyState, redemption: Redemption, rollback: RedemptionRollback): Schemas['EventRedemptionRollbackData'] {
  const voucher = mustFind(state.vouchers, voucherSpec, redemption.voucher_id ?? '', 'voucher');
  const shown = webhookRedemption(state, redemption);
  const customer = rollback.customer_id === null ? undefined : customerById(state, rollback.customer_id);
  return {
    customer: shown.customer,
    order: shown.order,
    ...codeParts(state, voucher),
    redemption: shown,
    redemption_rollback: {
      id: rollback.id,
      object: 'redemption_rollback',
      customer_id: rollback.customer_id,
      tracking_id: rollback.tracking_id,
      date: rollback.date,
      order: shown.order,
      customer: customer ? presentSimpleCustomer(customer) : null,
      result: 'SUCCESS',
      status: 'SUCCEEDED',
      redemption: redemption.id,
      metadata: rollback.metadata,
      reason: rollback.reason,
      channel: { channel_id: rollback.channel_id, channel_type: 'API' },
    },
  };
}

export function customerReferredData(state: VoucherifyState, referral: Referral, voucher: Voucher): Schemas['EventCustomerReferredData'] {
  const referrer = referral.referrer_id === null ? undefined : customerById(state, referral.referrer_id);
  return {
    customer: presentSimpleCustomer(mustFind(state.customers, customerSpec, referral.customer_id, 'customer')),
    referrer: referrer ? presentSimpleCustomer(referrer) : null,
    campaign: webhookCampaign(state, mustFind(state.campaigns, campaignSpec, referral.campaign_id, 'campaign')),
    voucher: webhookVoucher(state, voucher),
    referral: { campaign_id: referral.campaign_id, referrer_id: referral.referrer_id, related_object_id: referral.related_object_id, related_object_type: referral.related_object_type, date: referral.date },
    created_at: referral.date,
  };
}
