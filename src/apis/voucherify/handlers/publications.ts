import { updateRecord } from '../../../engine/store/collection.js';
import { assertSourceIdFree } from '../rules/customers.js';
import { newPublicationId } from '../rules/ids.js';
import { presentPublication } from '../rules/present.js';
import { planPublication, resolvePublicationCustomer } from '../rules/publications.js';
import type { Publication } from '../store.js';
import { eventsFor } from './events.js';
import { addHolderRow, mintVoucher, nowIso, upsertCustomer, type H } from './shared.js';

/** Publishing a referral code makes the customer its holder and its REFERRER. */
export const createPublication: H<'createPublication'> = (req, ctx) => {
  const { state } = ctx;
  const input = req.body;
  const existing = resolvePublicationCustomer(state, input.customer);
  if (existing) assertSourceIdFree(state, input.customer.source_id, existing.id);
  const joinOnce = req.query.join_once === true || input.join_once === true;
  const plan = planPublication(state, input, existing, joinOnce);
  if (plan.kind === 'existing') return { status: 200, body: presentPublication(state, plan.publication) };

  const voucher = plan.voucher ?? mintVoucher(state, plan.campaign, ctx);
  const events = eventsFor(req.headers, ctx);
  const customer = upsertCustomer(state, existing, input.customer, ctx, events);
  if (!plan.voucher) state.vouchers.push(voucher);
  updateRecord(state.vouchers, voucher, (v) => {
    v.holder_id = customer.id;
    v.publish_count += 1;
    v.updated_at = nowIso(ctx);
  });
  const referrerRow = addHolderRow(state, voucher, customer.id, 'REFERRER', {}, ctx);
  const publication: Publication = {
    id: newPublicationId(ctx.ids),
    created_at: nowIso(ctx),
    customer_id: customer.id,
    voucher_id: voucher.id,
    campaign_id: voucher.campaign_id,
    source_id: input.source_id ?? null,
    channel: input.channel ?? 'API',
    metadata: input.metadata ?? {},
  };
  state.publications.push(publication);
  events.published(publication, referrerRow);
  return { status: 200, body: presentPublication(state, publication) };
};

/** Legacy distributions.publish: createPublication, with `?campaign=` standing in for a body that names none. */
export const publishVoucherLegacy: H<'publishVoucherLegacy'> = (req, ctx) => {
  const body = { ...req.body };
  if (body.campaign === undefined && body.voucher === undefined && req.query.campaign !== undefined) body.campaign = req.query.campaign;
  return createPublication({ ...req, operationId: 'createPublication', body, query: { join_once: req.query.join_once } } as Parameters<typeof createPublication>[0], ctx);
};
