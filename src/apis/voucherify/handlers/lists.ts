// The read lists an integrator checks a referral program with: campaigns, publications, customers and vouchers.
//
// Unfiltered, in the default order (-created_at) or its reverse, a page is read straight off the stored collection
// (pageInStoredOrder: records are stored in creation order). A filter an index fits (a campaign, a customer, a code, a
// source_id) starts from that index's records, which are in collection order because the indexed field never
// changes; other filters, and other orders, scan and sort the whole collection as before.
import { allBy, findBy } from '../../../engine/store/collection.js';
import { campaignSpec, publicationSpec, voucherSpec } from '../collections.js';
import { campaignById, customerById, findCampaign, findCustomer, lookUpCampaign, voucherById } from '../rules/lookup.js';
import { pageInStoredOrder, pageOf, sortByField } from '../rules/paginate.js';
import { presentCampaign, presentCustomer, presentListedPublication, presentVoucher } from '../rules/present.js';
import type { Publication, Voucher } from '../store.js';
import type { H } from './shared.js';

const field = <T extends object>(row: T, name: string): unknown => (row as Record<string, unknown>)[name];

/** pageOf(sortByField(rows, ...)), read off the collection when it is already in that order. */
function pageSorted<T extends object>(rows: readonly T[], order: string | undefined, valueOf: (row: T, name: string) => unknown, page: number | undefined, limit: number | undefined): T[] {
  return pageInStoredOrder(rows, order, '-created_at', 'created_at', valueOf, page, limit) ?? pageOf(sortByField(rows, order, '-created_at', valueOf), page, limit);
}

export const listCampaigns: H<'listCampaigns'> = (req, { state }) => {
  const q = req.query;
  // campaign_type scans (every stored campaign is a REFERRAL_PROGRAM, so it keeps all or none).
  const rows = q.campaign_type === undefined ? state.campaigns : state.campaigns.filter((c) => q.campaign_type === c.campaign_type);
  const page = pageSorted(rows, q.order, field, q.page, q.limit);
  return { status: 200, body: { object: 'list', data_ref: 'campaigns', campaigns: page.map((c) => presentCampaign(state, c)), total: rows.length } };
};

/** The SDK's campaigns.get names the campaign by name; the id comes first. */
export const getCampaign: H<'getCampaign'> = (req, { state }) => ({ status: 200, body: presentCampaign(state, findCampaign(state, req.params.campaignId, true)) });

export const listPublications: H<'listPublications'> = (req, { state }) => {
  const q = req.query;
  const campaign = q.campaign === undefined ? undefined : lookUpCampaign(state, q.campaign, true);
  const customer = q.customer === undefined ? undefined : findCustomer(state, q.customer);
  const codeOf = (voucherId: string) => voucherById(state, voucherId)?.code;
  const matches = (p: Publication) =>
    (q.campaign === undefined || p.campaign_id === campaign?.id) &&
    (q.customer === undefined || p.customer_id === customer?.id) &&
    (q.voucher === undefined || codeOf(p.voucher_id) === q.voucher) &&
    (q.source_id === undefined || p.source_id === q.source_id) &&
    (q.result === undefined || q.result === 'SUCCESS') &&
    (q.is_referral_code === undefined || q.is_referral_code);
  // The narrowest index a filter names; publications are never changed, so each is in collection order.
  const voucher = q.voucher === undefined ? undefined : findBy(state.vouchers, voucherSpec, 'code', q.voucher);
  const candidates: readonly Publication[] | undefined =
    q.source_id !== undefined ? allBy(state.publications, publicationSpec, 'source_id', q.source_id)
    : q.voucher !== undefined ? (voucher ? allBy(state.publications, publicationSpec, 'voucher', voucher.id) : [])
    : q.customer !== undefined ? (customer ? allBy(state.publications, publicationSpec, 'customer', customer.id) : [])
    : q.campaign !== undefined ? (campaign ? allBy(state.publications, publicationSpec, 'campaign', campaign.id) : [])
    : undefined;
  // Without an indexed filter only result and is_referral_code remain, which keep every publication or none.
  const keepsAll = (q.result === undefined || q.result === 'SUCCESS') && (q.is_referral_code === undefined || q.is_referral_code);
  const rows = candidates ? candidates.filter(matches) : keepsAll ? state.publications : [];
  const value = (p: Publication, name: string) =>
    name === 'voucher_code' ? codeOf(p.voucher_id) : name === 'tracking_id' ? customerById(state, p.customer_id)?.source_id : field(p, name);
  const page = pageSorted(rows, q.order, value, q.page, q.limit);
  return { status: 200, body: { object: 'list', data_ref: 'publications', publications: page.map((p) => presentListedPublication(state, p)), total: rows.length } };
};

const within = (value: string | null, range: { before?: string; after?: string } | undefined) =>
  !range || (value !== null && (range.before === undefined || Date.parse(value) < Date.parse(range.before)) && (range.after === undefined || Date.parse(value) > Date.parse(range.after)));

export const listCustomers: H<'listCustomers'> = (req, { state }) => {
  const q = req.query;
  const filtered = [q.email, q.name, q.city, q.segment_id, q.created_at, q.updated_at, q.starting_after].some((f) => f !== undefined);
  // Filters scan (a customer's email, name and city can change, so no index keeps them in collection order).
  const rows = !filtered
    ? state.customers
    : state.customers.filter(
        (c) =>
          (q.email === undefined || c.email === q.email) &&
          (q.name === undefined || c.name === q.name) &&
          (q.city === undefined || c.address?.city === q.city) &&
          q.segment_id === undefined &&
          within(c.created_at, q.created_at) &&
          within(c.updated_at, q.updated_at) &&
          (q.starting_after === undefined || Date.parse(c.created_at) > Date.parse(q.starting_after)),
      );
  const page = q.starting_after !== undefined ? pageOf(sortByField(rows, 'created_at', 'created_at', field), q.page, q.limit) : pageSorted(rows, q.order, field, q.page, q.limit);
  const start = ((q.page ?? 1) - 1) * (q.limit ?? 10);
  return {
    status: 200,
    body: { object: 'list', data_ref: 'customers', customers: page.map((c) => presentCustomer(state, c)), total: rows.length, has_more: start + page.length < rows.length },
  };
};

export const listVouchers: H<'listVouchers'> = (req, { state }) => {
  const q = req.query;
  const campaignOf = (id: string) => campaignById(state, id);
  const customer = q.customer === undefined ? undefined : findCustomer(state, q.customer);
  const ids = q.ids === undefined ? undefined : new Set(q.ids);
  const matches = (v: Voucher) =>
    (q.campaign_id === undefined || v.campaign_id === q.campaign_id) &&
    (q.campaign === undefined || campaignOf(v.campaign_id)?.name === q.campaign || v.campaign_id === q.campaign) &&
    (q.customer === undefined || (customer !== undefined && v.holder_id === customer.id)) &&
    (q.code === undefined || v.code === q.code) &&
    (q.category === undefined || campaignOf(v.campaign_id)?.category === q.category) &&
    (ids === undefined || ids.has(v.id));
  // A code, or a campaign (by id, or by name when that is the same campaign), starts from its index: codes never
  // change, nor does a code's campaign, so each is in collection order. customer (a code's holder changes when it is
  // published), category and ids scan.
  const named = q.campaign === undefined ? undefined : findBy(state.campaigns, campaignSpec, 'name', q.campaign);
  const campaignId = q.campaign_id ?? (q.campaign !== undefined && (named === undefined || named.id === q.campaign) ? q.campaign : undefined);
  const candidates: readonly Voucher[] | undefined =
    q.code !== undefined ? allBy(state.vouchers, voucherSpec, 'code', q.code)
    : campaignId !== undefined ? allBy(state.vouchers, voucherSpec, 'campaign', campaignId)
    : undefined;
  const filtered = [q.campaign_id, q.campaign, q.customer, q.code, q.category, q.ids].some((f) => f !== undefined);
  const rows = !filtered ? state.vouchers : (candidates ?? state.vouchers).filter(matches);
  const value = (v: Voucher, name: string) =>
    name === 'campaign' ? campaignOf(v.campaign_id)?.name : name === 'category' ? campaignOf(v.campaign_id)?.category : name === 'type' ? 'DISCOUNT_VOUCHER' : field(v, name);
  const page = pageSorted(rows, q.order, value, q.page, q.limit);
  return { status: 200, body: { object: 'list', data_ref: 'vouchers', vouchers: page.map((v) => presentVoucher(state, v)), total: rows.length } };
};
