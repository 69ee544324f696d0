import { VoucherifyError } from '../errors.js';
import { customerBySourceId } from './lookup.js';
import type { components } from '../spec.gen.js';
import type { Customer, VoucherifyState } from '../store.js';

/**
 * Customer fields a client may send: the spec's Customer (CustomerBase plus id/source_id). Create and Update
 * Customer send a CustomerBase, which fits. Extra keys the spec lets through are never read.
 */
export type CustomerInput = components['schemas']['Customer'];

const COPIED = ['name', 'description', 'email', 'phone', 'birthday', 'birthdate', 'source_id'] as const;

/** The customer after an upsert: sent fields replace stored ones, metadata and address merge key by key. */
export function mergeCustomer(existing: Customer, input: CustomerInput, now: string): Customer {
  const merged: Customer = { ...existing, updated_at: now };
  for (const field of COPIED) {
    const value = input[field];
    if (typeof value === 'string') merged[field] = value;
  }
  if (input.address === null) merged.address = null;
  else if (input.address) merged.address = { ...(existing.address ?? {}), ...input.address };
  if (input.metadata) merged.metadata = { ...existing.metadata, ...input.metadata };
  return merged;
}

export function buildCustomer(id: string, input: CustomerInput, now: string): Customer {
  const blank: Customer = {
    id,
    source_id: null,
    name: null,
    description: null,
    email: null,
    phone: null,
    birthday: null,
    birthdate: null,
    address: null,
    metadata: {},
    created_at: now,
    updated_at: null,
  };
  return { ...mergeCustomer(blank, input, now), updated_at: null };
}

/** A source_id belongs to one customer only. */
export function assertSourceIdFree(state: VoucherifyState, sourceId: string | undefined, customerId: string | undefined): void {
  if (sourceId === undefined) return;
  const owner = customerBySourceId(state, sourceId);
  if (owner && owner.id !== customerId) throw VoucherifyError.duplicateCustomer(sourceId);
}
