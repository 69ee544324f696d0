import { findBy, getByKey } from '../../../engine/store/collection.js';
import { holderSpec, pair } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { Customer, RedeemableHolder, Voucher, VoucherifyState } from '../store.js';
import type { CustomerInput } from './customers.js';
import { customerById, customerBySourceId } from './lookup.js';

/** One holder of an add request, resolved: an existing customer to update, or a new one to create. */
export interface PlannedHolder {
  input: CustomerInput;
  existing?: Customer;
}

/** A code is published once it has a REFERRER (the customer Create Publication gave it to). */
export function isPublished(voucher: Voucher): boolean {
  return voucher.holder_id !== null;
}

/**
 * Check an add-holders request completely before anything is written (Voucherify: "if the request returns
 * an error even for one customer, you have to resend the whole request"). Throws the first failure.
 */
export function planAddHolders(state: VoucherifyState, voucher: Voucher, holders: CustomerInput[]): PlannedHolder[] {
  holders.forEach((holder, index) => {
    if (holder.id === undefined && holder.source_id === undefined) {
      throw VoucherifyError.invalidPayload(`Property .holders[${index}] must have required property 'id' or 'source_id'`);
    }
  });
  if (!isPublished(voucher)) throw VoucherifyError.notPublished();

  const seen = new Set<string>();
  return holders.map((input) => {
    const existing = resolveHolder(state, input);
    // The same customer twice (by id, by source_id, or an id given a source_id another entry uses) is a
    // duplicate within the request; otherwise two customers could end up sharing one source_id.
    const keys = [existing && `id:${existing.id}`, existing?.source_id && `source:${existing.source_id}`, input.source_id !== undefined && `source:${input.source_id}`]
      .filter((k): k is string => typeof k === 'string');
    if (keys.some((k) => seen.has(k))) throw VoucherifyError.duplicateCustomer(input.source_id ?? input.id!);
    keys.forEach((k) => seen.add(k));
    if (existing && findBy(state.holders, holderSpec, 'holding', pair(voucher.id, existing.id)) !== undefined) {
      throw VoucherifyError.holderDuplication();
    }
    return { input, existing };
  });
}

// `id` wins over `source_id`; a source_id that already names another customer cannot move to this one.
function resolveHolder(state: VoucherifyState, input: CustomerInput): Customer | undefined {
  if (input.id !== undefined) {
    const byId = customerById(state, input.id);
    if (!byId) throw VoucherifyError.notFound('customer', input.id);
    if (input.source_id !== undefined) {
      const bySource = customerBySourceId(state, input.source_id);
      if (bySource && bySource.id !== byId.id) throw VoucherifyError.duplicateCustomer(input.source_id);
    }
    return byId;
  }
  return customerBySourceId(state, input.source_id);
}

/** The holder row a remove request names; only a REFEREE may be removed. */
export function findRemovableHolder(state: VoucherifyState, voucher: Voucher, holderId: string): RedeemableHolder {
  const holder = getByKey(state.holders, holderSpec, holderId);
  if (!holder || holder.redeemable_id !== voucher.id) throw VoucherifyError.notFound('redeemable_holder', holderId);
  if (holder.holder_role === 'REFERRER') throw VoucherifyError.referrerNotRemovable();
  return holder;
}
