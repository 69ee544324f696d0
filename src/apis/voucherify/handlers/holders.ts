import { allBy, removeRecords } from '../../../engine/store/collection.js';
import type { ResultOf, SandboxRequest } from '../../../engine/types.js';
import { holderSpec } from '../collections.js';
import { matchesFilters } from '../rules/filters.js';
import { findRemovableHolder, planAddHolders } from '../rules/holders.js';
import { findMember } from '../rules/lookup.js';
import { paginateById } from '../rules/paginate.js';
import { presentHolder } from '../rules/present.js';
import type { components, operations } from '../spec.gen.js';
import type { Voucher } from '../store.js';
import { eventsFor, type Events } from './events.js';
import { addHolderRow, upsertCustomer, type Ctx, type H } from './shared.js';

// Each operation comes in two URL forms, with and without the campaign id. The spec gives both forms the same body,
// query and results (named here after the campaign-less form), so they share one implementation, given the referral
// code the path names (findMember checks the campaign first when there is one).
type AddBody = components['schemas']['ReferralsMembersHoldersCreateInBulkRequestBody'];
type ListQuery = SandboxRequest<operations['listReferralCodeHolders']>['query'];

function addTo(voucher: Voucher, body: AddBody, ctx: Ctx, events: Events): ResultOf<operations['addReferralCodeHolders']> {
  const { state } = ctx;
  const plan = planAddHolders(state, voucher, body.holders);
  // Everything is checked; from here on nothing can fail, so the write is all-or-nothing.
  const rows = plan.map(({ input, existing }) => {
    const customer = upsertCustomer(state, existing, input, ctx, events);
    const row = addHolderRow(state, voucher, customer.id, 'REFEREE', { ...(body.metadata ?? {}) }, ctx);
    events.holderAssigned(row);
    return row;
  });
  return { status: 200, body: { holders: rows.map(presentHolder) } };
}

function listOf(voucher: Voucher, query: ListQuery, ctx: Ctx): ResultOf<operations['listReferralCodeHolders']> {
  const { filters, ...paging } = query;
  // The code's holder rows (index); filters read the presented row. Only the page is presented.
  const held = allBy(ctx.state.holders, holderSpec, 'redeemable', voucher.id);
  const now = ctx.clock.now();
  const rows = filters === undefined ? held : held.filter((h) => matchesFilters(presentHolder(h), filters, now));
  const page = paginateById(rows, paging);
  return { status: 200, body: { object: 'list', data_ref: 'data', ...page, data: page.data.map(presentHolder) } };
}

function removeFrom(voucher: Voucher, holderId: string, { state }: Ctx, events: Events): ResultOf<operations['removeReferralCodeHolder']> {
  const holder = findRemovableHolder(state, voucher, holderId);
  events.holderRemoved(holder);
  removeRecords(state.holders, holder);
  return { status: 204 };
}

export const addReferralCodeHolders: H<'addReferralCodeHolders'> = (req, ctx) => addTo(findMember(ctx.state, req.params.memberId), req.body, ctx, eventsFor(req.headers, ctx));

export const addCampaignReferralCodeHolders: H<'addCampaignReferralCodeHolders'> = (req, ctx) =>
  addTo(findMember(ctx.state, req.params.memberId, req.params.campaignId), req.body, ctx, eventsFor(req.headers, ctx));

export const listReferralCodeHolders: H<'listReferralCodeHolders'> = (req, ctx) => listOf(findMember(ctx.state, req.params.memberId), req.query, ctx);

export const listCampaignReferralCodeHolders: H<'listCampaignReferralCodeHolders'> = (req, ctx) =>
  listOf(findMember(ctx.state, req.params.memberId, req.params.campaignId), req.query, ctx);

export const removeReferralCodeHolder: H<'removeReferralCodeHolder'> = (req, ctx) =>
  removeFrom(findMember(ctx.state, req.params.memberId), req.params.holderId, ctx, eventsFor(req.headers, ctx));

export const removeCampaignReferralCodeHolder: H<'removeCampaignReferralCodeHolder'> = (req, ctx) =>
  removeFrom(findMember(ctx.state, req.params.memberId, req.params.campaignId), req.params.holderId, ctx, eventsFor(req.headers, ctx));
