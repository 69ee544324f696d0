import { allBy, removeRecords } from '../../../engine/store/collection.js';
import { holderSpec, removeAll } from '../collections.js';
import { assertSourceIdFree } from '../rules/customers.js';
import { matchesFilters } from '../rules/filters.js';
import { customerBySourceId, getCustomer } from '../rules/lookup.js';
import { orderById, paginateById } from '../rules/paginate.js';
import { presentCustomer, presentCustomerRedeemable } from '../rules/present.js';
import { eventsFor } from './events.js';
import { upsertCustomer, type H } from './shared.js';

// The body is the spec's CustomerBase, which has no `id`: an `id` sent anyway is never read (mergeCustomer copies
// only the customer fields), so neither create nor update can pick a customer or change its id with it.

/** POST /v1/customers upserts by source_id. */
export const createCustomer: H<'createCustomer'> = (req, ctx) => {
  const input = req.body;
  const existing = input.source_id === undefined ? undefined : customerBySourceId(ctx.state, input.source_id);
  const customer = upsertCustomer(ctx.state, existing, input, ctx, eventsFor(req.headers, ctx));
  return { status: 200, body: presentCustomer(ctx.state, customer) };
};

export const getCustomerHandler: H<'getCustomer'> = (req, { state }) => ({ status: 200, body: presentCustomer(state, getCustomer(state, req.params.customerId)) });

export const updateCustomer: H<'updateCustomer'> = (req, ctx) => {
  const { state } = ctx;
  const existing = getCustomer(state, req.params.customerId);
  const input = req.body;
  assertSourceIdFree(state, input.source_id, existing.id);
  return { status: 200, body: presentCustomer(state, upsertCustomer(state, existing, input, ctx, eventsFor(req.headers, ctx))) };
};

export const deleteCustomer: H<'deleteCustomer'> = (req, { state }) => {
  const customer = getCustomer(state, req.params.customerId);
  removeRecords(state.customers, customer);
  removeAll(state.holders, [...allBy(state.holders, holderSpec, 'customer', customer.id)]);
  return { status: 204 };
};

export const listCustomerRedeemables: H<'listCustomerRedeemables'> = (req, ctx) => {
  const { state } = ctx;
  const customer = getCustomer(state, req.params.customerId);
  const { filters, ...paging } = req.query;
  // The customer's holder rows (index); filters read the presented row, so only a filtered list presents them all.
  const held = allBy(state.holders, holderSpec, 'customer', customer.id);
  const request = { ...paging, order: orderById(paging.order) };
  if (filters !== undefined) {
    const now = ctx.clock.now();
    const rows = held.map((h) => presentCustomerRedeemable(state, h)).filter((r) => matchesFilters(r, filters, now));
    return { status: 200, body: { object: 'list', data_ref: 'data', ...paginateById(rows, request) } };
  }
  const page = paginateById(held, request);
  return { status: 200, body: { object: 'list', data_ref: 'data', ...page, data: page.data.map((h) => presentCustomerRedeemable(state, h)) } };
};
