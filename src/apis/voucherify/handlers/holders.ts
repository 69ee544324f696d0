import type { Handler, SandboxRequest } from '../../../engine/types.js';
import type { CustomerInput } from '../rules/customers.js';
import { matchesFilters, type Filters } from '../rules/filters.js';
import { findRemovableHolder, planAddHolders } from '../rules/holders.js';
import { findMember } from '../rules/lookup.js';
import { paginateById, type CursorPageRequest } from '../rules/paginate.js';
import { presentHolder } from '../rules/present.js';
import type { VoucherifyState } from '../store.js';
import { addHolderRow, upsertCustomer } from './shared.js';

type H = Handler<VoucherifyState>;

// Both URL forms share one handler; campaignId is undefined on the campaign-less form.
const memberOf = (req: SandboxRequest, state: VoucherifyState) => findMember(state, req.params.memberId, req.params.campaignId);

export const addHolders: H = (req, ctx) => {
  const { state } = ctx;
  const voucher = memberOf(req, state);
  const body = req.body as { holders: CustomerInput[]; metadata?: Record<string, unknown> };
  const plan = planAddHolders(state, voucher, body.holders);
  // Everything is checked; from here on nothing can fail, so the write is all-or-nothing.
  const rows = plan.map(({ input, existing }) => {
    const customer = upsertCustomer(state, existing, input, ctx);
    return addHolderRow(state, voucher, customer.id, 'REFEREE', { ...(body.metadata ?? {}) }, ctx);
  });
  return { status: 200, body: { holders: rows.map(presentHolder) } };
};

export const listHolders: H = (req, ctx) => {
  const { state } = ctx;
  const voucher = memberOf(req, state);
  const query = req.query as CursorPageRequest & { filters?: Filters };
  const rows = state.holders
    .filter((h) => h.redeemable_id === voucher.id)
    .map(presentHolder)
    .filter((h) => matchesFilters(h, query.filters, ctx.clock.now()));
  const page = paginateById(rows, query);
  return { status: 200, body: { object: 'list', data_ref: 'data', ...page } };
};

export const removeHolder: H = (req, { state }) => {
  const voucher = memberOf(req, state);
  const holder = findRemovableHolder(state, voucher, req.params.holderId);
  state.holders.splice(state.holders.indexOf(holder), 1);
  return { status: 204 };
};
