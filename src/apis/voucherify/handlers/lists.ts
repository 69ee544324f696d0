// The read lists an integrator checks a referral program with: campaigns, publications, customers and vouchers.
import { findCampaign, findCustomer } from '../rules/lookup.js';
import { pageOf, sortByField } from '../rules/paginate.js';
import { presentCampaign, presentCustomer, presentListedPublication, presentVoucher } from '../rules/present.js';
import type { H } from './shared.js';

const field = <T extends object>(row: T, name: string): unknown => (row as Record<string, unknown>)[name];

export const listCampaigns: H<'listCampaigns'> = (req, { state }) => {
  const q = req.query;
  const rows = state.campaigns.filter((c) => q.campaign_type === undefined || q.campaign_type === c.campaign_type);
  const sorted = sortByField(rows, q.order, '-created_at', field);
  return { status: 200, body: { object: 'list', data_ref: 'campaigns', campaigns: pageOf(sorted, q.page, q.limit).map((c) => presentCampaign(state, c)), total: rows.length } };
};

/** The SDK's campaigns.get names the campaign by name; the id comes first. */
export const getCampaign: H<'getCampaign'> = (req, { state }) => ({ status: 200, body: presentCampaign(state, findCampaign(state, req.params.campaignId, true)) });

export const listPublications: H<'listPublications'> = (req, { state }) => {
  const q = req.query;
  const campaign = q.campaign === undefined ? undefined : state.campaigns.find((c) => c.id === q.campaign || c.name === q.campaign);
  const customer = q.customer === undefined ? undefined : findCustomer(state, q.customer);
  const codeOf = (voucherId: string) => state.vouchers.find((v) => v.id === voucherId)?.code;
  const rows = state.publications.filter(
    (p) =>
      (q.campaign === undefined || p.campaign_id === campaign?.id) &&
      (q.customer === undefined || p.customer_id === customer?.id) &&
      (q.voucher === undefined || codeOf(p.voucher_id) === q.voucher) &&
      (q.source_id === undefined || p.source_id === q.source_id) &&
      (q.result === undefined || q.result === 'SUCCESS') &&
      (q.is_referral_code === undefined || q.is_referral_code),
  );
  const value = (p: (typeof rows)[number], name: string) =>
    name === 'voucher_code' ? codeOf(p.voucher_id) : name === 'tracking_id' ? state.customers.find((c) => c.id === p.customer_id)?.source_id : field(p, name);
  const sorted = sortByField(rows, q.order, '-created_at', value);
  return { status: 200, body: { object: 'list', data_ref: 'publications', publications: pageOf(sorted, q.page, q.limit).map((p) => presentListedPublication(state, p)), total: rows.length } };
};

const within = (value: string | null, range: { before?: string; after?: string } | undefined) =>
  !range || (value !== null && (range.before === undefined || Date.parse(value) < Date.parse(range.before)) && (range.after === undefined || Date.parse(value) > Date.parse(range.after)));

export const listCustomers: H<'listCustomers'> = (req, { state }) => {
  const q = req.query;
  const rows = state.customers.filter(
    (c) =>
      (q.email === undefined || c.email === q.email) &&
      (q.name === undefined || c.name === q.name) &&
      (q.city === undefined || c.address?.city === q.city) &&
      q.segment_id === undefined &&
      within(c.created_at, q.created_at) &&
      within(c.updated_at, q.updated_at) &&
      (q.starting_after === undefined || Date.parse(c.created_at) > Date.parse(q.starting_after)),
  );
  const sorted = q.starting_after !== undefined ? sortByField(rows, 'created_at', 'created_at', field) : sortByField(rows, q.order, '-created_at', field);
  const page = pageOf(sorted, q.page, q.limit);
  const start = ((q.page ?? 1) - 1) * (q.limit ?? 10);
  return {
    status: 200,
    body: { object: 'list', data_ref: 'customers', customers: page.map((c) => presentCustomer(state, c)), total: rows.length, has_more: start + page.length < rows.length },
  };
};

export const listVouchers: H<'listVouchers'> = (req, { state }) => {
  const q = req.query;
  const campaignOf = (id: string) => state.campaigns.find((c) => c.id === id);
  const customer = q.customer === undefined ? undefined : findCustomer(state, q.customer);
  const ids = q.ids === undefined ? undefined : new Set(q.ids);
  const rows = state.vouchers.filter(
    (v) =>
      (q.campaign_id === undefined || v.campaign_id === q.campaign_id) &&
      (q.campaign === undefined || campaignOf(v.campaign_id)?.name === q.campaign || v.campaign_id === q.campaign) &&
      (q.customer === undefined || (customer !== undefined && v.holder_id === customer.id)) &&
      (q.code === undefined || v.code === q.code) &&
      (q.category === undefined || campaignOf(v.campaign_id)?.category === q.category) &&
      (ids === undefined || ids.has(v.id)),
  );
  const value = (v: (typeof rows)[number], name: string) =>
    name === 'campaign' ? campaignOf(v.campaign_id)?.name : name === 'category' ? campaignOf(v.campaign_id)?.category : name === 'type' ? 'DISCOUNT_VOUCHER' : field(v, name);
  const sorted = sortByField(rows, q.order, '-created_at', value);
  return { status: 200, body: { object: 'list', data_ref: 'vouchers', vouchers: pageOf(sorted, q.page, q.limit).map((v) => presentVoucher(state, v)), total: rows.length } };
};
