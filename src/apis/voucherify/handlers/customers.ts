import type { Handler } from '../../../engine/types.js';
import { assertSourceIdFree, type CustomerInput } from '../rules/customers.js';
import { matchesFilters, type Filters } from '../rules/filters.js';
import { getCustomer } from '../rules/lookup.js';
import { paginateById, type CursorPageRequest } from '../rules/paginate.js';
import { presentCustomer, presentCustomerRedeemable } from '../rules/present.js';
import type { VoucherifyState } from '../store.js';
import { upsertCustomer } from './shared.js';

type H = Handler<VoucherifyState>;

/** POST /v1/customers upserts by source_id; `id` in the body is not a way to pick a customer here. */
export const createCustomer: H = (req, ctx) => {
  const { id: _ignored, ...input } = req.body as CustomerInput;
  const existing = input.source_id === undefined ? undefined : ctx.state.customers.find((c) => c.source_id === input.source_id);
  const customer = upsertCustomer(ctx.state, existing, input, ctx);
  return { status: 200, body: presentCustomer(ctx.state, customer) };
};

export const getCustomerHandler: H = (req, { state }) => ({ status: 200, body: presentCustomer(state, getCustomer(state, req.params.customerId)) });

export const updateCustomer: H = (req, ctx) => {
  const { state } = ctx;
  const existing = getCustomer(state, req.params.customerId);
  const { id: _ignored, ...input } = req.body as CustomerInput;
  assertSourceIdFree(state, input.source_id, existing.id);
  return { status: 200, body: presentCustomer(state, upsertCustomer(state, existing, input, ctx)) };
};

export const deleteCustomer: H = (req, { state }) => {
  const customer = getCustomer(state, req.params.customerId);
  state.customers.splice(state.customers.indexOf(customer), 1);
  state.holders = state.holders.filter((h) => h.customer_id !== customer.id);
  return { status: 204 };
};

export const listCustomerRedeemables: H = (req, ctx) => {
  const { state } = ctx;
  const customer = getCustomer(state, req.params.customerId);
  const query = req.query as CursorPageRequest & { filters?: Filters };
  if (query.order?.includes('created_at')) query.order = query.order.replace('created_at', 'id'); // ids grow with created_at
  const rows = state.holders
    .filter((h) => h.customer_id === customer.id)
    .map((h) => presentCustomerRedeemable(state, h))
    .filter((r) => matchesFilters(r, query.filters, ctx.clock.now()));
  return { status: 200, body: { object: 'list', data_ref: 'data', ...paginateById(rows, query) } };
};

