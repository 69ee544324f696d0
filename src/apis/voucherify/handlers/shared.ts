import type { Handler, HandlerContext, HandlersFor, IdSource } from '../../../engine/types.js';
import { findBy, updateRecord } from '../../../engine/store/collection.js';
import { replaceFields, voucherSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import { generateUniqueCode } from '../rules/codes.js';
import { buildCustomer, mergeCustomer, type CustomerInput } from '../rules/customers.js';
import { newCustomerId, newHolderId, newVoucherId } from '../rules/ids.js';
import type { operations } from '../spec.gen.js';
import type { Campaign, Customer, HolderRole, RedeemableHolder, Voucher, VoucherifyState } from '../store.js';
import type { Events } from './events.js';

/** The handler of one operation: its request typed from the spec, its answer one of the results the spec lists. */
export type H<K extends keyof operations> = Handler<operations[K], VoucherifyState>;

export type Ctx = HandlerContext<VoucherifyState>;

export const nowIso = (ctx: Ctx) => ctx.clock.now().toISOString();

/** An index in [0, n) from the sandbox's (seedable) id source. */
const pickWith = (ids: IdSource) => (n: number) => parseInt(ids.hex(6), 16) % n;

/** A new code for a campaign, not yet stored (so callers can check everything before writing). */
export function mintVoucher(state: VoucherifyState, campaign: Campaign, ctx: Ctx, extraTaken: Set<string> = new Set()): Voucher {
  const code = generateUniqueCode(campaign.voucher.code_config, pickWith(ctx.ids), (c) => extraTaken.has(c) || findBy(state.vouchers, voucherSpec, 'code', c) !== undefined);
  if (code === undefined) throw VoucherifyError.missingVouchers(campaign.name);
  return { id: newVoucherId(ctx.ids), code, campaign_id: campaign.id, holder_id: null, metadata: {}, publish_count: 0, created_at: nowIso(ctx), updated_at: null };
}

/**
 * Create or update a customer; returns the stored record. A new customer sends customer.created. An update changes
 * the stored record in place (through its collection, so its source_id index follows), `existing` included.
 */
export function upsertCustomer(state: VoucherifyState, existing: Customer | undefined, input: CustomerInput, ctx: Ctx, events: Events): Customer {
  if (!existing) {
    const created = buildCustomer(newCustomerId(ctx.ids), input, nowIso(ctx));
    state.customers.push(created);
    events.customerCreated(created);
    return created;
  }
  const merged = mergeCustomer(existing, input, nowIso(ctx));
  return updateRecord(state.customers, existing, (customer) => replaceFields(customer, merged));
}

export function addHolderRow(state: VoucherifyState, voucher: Voucher, customerId: string, role: HolderRole, metadata: Record<string, unknown>, ctx: Ctx): RedeemableHolder {
  state.holder_sequence += 1;
  const row: RedeemableHolder = {
    id: newHolderId(ctx.clock.now(), state.holder_sequence),
    created_at: nowIso(ctx),
    redeemable_id: voucher.id,
    customer_id: customerId,
    holder_role: role,
    campaign_id: voucher.campaign_id,
    metadata,
  };
  state.holders.push(row);
  return row;
}

/** The operations that take form bodies (Voucherify's OAuth endpoints); every other one is JSON only. */
const FORM_OPERATIONS: ReadonlySet<string> = new Set<keyof operations>(['generateOAuthToken', 'introspectOAuthToken', 'revokeOAuthToken']);

function isFormBody(headers: Record<string, string | string[] | undefined>): boolean {
  const type = headers['content-type'];
  return String(Array.isArray(type) ? type[0] : (type ?? '')).split(';')[0].trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/**
 * The engine parses form bodies for the whole vendor (the OAuth endpoints take them); every other operation keeps
 * answering a form body 415, as before those endpoints existed. The handlers themselves are unchanged: each is
 * looked up through this guard.
 */
export function formBodiesOnlyForOAuth(handlers: HandlersFor<operations, VoucherifyState>): HandlersFor<operations, VoucherifyState> {
  return new Proxy(handlers, {
    get(target, key, receiver) {
      const handler: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || FORM_OPERATIONS.has(key) || typeof handler !== 'function') return handler;
      return (req: { headers: Record<string, string | string[] | undefined> }, ctx: unknown) => {
        if (isFormBody(req.headers)) throw VoucherifyError.unsupportedMediaType('Unsupported Content-Type "application/x-www-form-urlencoded": send the body as application/json.');
        return handler(req, ctx);
      };
    },
  });
}
