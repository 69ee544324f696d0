import { findBy } from '../../../engine/store/collection.js';
import { pair, publicationSpec, voucherSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Campaign, Customer, Publication, Voucher, VoucherifyState } from '../store.js';
import type { CustomerInput } from './customers.js';
import { customerById, customerBySourceId, findCampaign, findVoucherByCode } from './lookup.js';

/** A Create Publication body, as the spec describes it. */
export type PublicationInput = components['schemas']['PublicationCreate'];

/** What a publication request resolves to, before anything is written. */
export type PublicationPlan =
  | { kind: 'existing'; publication: Publication }
  | { kind: 'publish'; customer?: Customer; voucher?: Voucher; campaign: Campaign };

/** The customer a publication goes to: by id (must exist), else by source_id (may be new). */
export function resolvePublicationCustomer(state: VoucherifyState, input: CustomerInput): Customer | undefined {
  if (input.id !== undefined) {
    const customer = customerById(state, input.id);
    if (!customer) throw VoucherifyError.notFound('customer', input.id);
    return customer;
  }
  if (input.source_id === undefined) throw VoucherifyError.invalidPayload("Property .customer must have required property 'id' or 'source_id'");
  return customerBySourceId(state, input.source_id);
}

/**
 * Decide what to publish. A repeated source_id for the same customer, or join_once with a code already
 * published to them from that campaign, returns the earlier publication. A voucher without `voucher` given
 * is the campaign's oldest unpublished code, or none (AUTO_UPDATE campaigns then generate one).
 */
export function planPublication(state: VoucherifyState, input: PublicationInput, customer: Customer | undefined, joinOnce: boolean): PublicationPlan {
  if (input.source_id !== undefined) {
    const earlier = findBy(state.publications, publicationSpec, 'source_id', input.source_id);
    if (earlier && earlier.customer_id === customer?.id) return { kind: 'existing', publication: earlier };
    if (earlier) throw VoucherifyError.duplicateSourceId(input.source_id);
  }
  if (input.voucher !== undefined) {
    const voucher = findVoucherByCode(state, input.voucher);
    if (voucher.holder_id !== null) throw VoucherifyError.alreadyPublished(voucher.code);
    return { kind: 'publish', customer, voucher, campaign: findCampaign(state, voucher.campaign_id) };
  }
  if (input.campaign === undefined) throw VoucherifyError.invalidPayload("Property .campaign or .voucher is required");
  const campaign = findCampaign(state, typeof input.campaign === 'string' ? input.campaign : input.campaign.name, true);
  if ((joinOnce || campaign.join_once) && customer) {
    const earlier = findBy(state.publications, publicationSpec, 'customer_campaign', pair(customer.id, campaign.id));
    if (earlier) return { kind: 'existing', publication: earlier };
  }
  const voucher = findBy(state.vouchers, voucherSpec, 'unpublished', campaign.id);
  if (!voucher && campaign.type === 'STATIC') throw VoucherifyError.missingVouchers(campaign.name);
  return { kind: 'publish', customer, voucher, campaign };
}
