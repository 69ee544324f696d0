// Compile-time only (tsc includes it, vitest does not run it): handlers are typed from specs/voucherify.yaml, so a
// handler that drifts from the spec does not compile. Each `@ts-expect-error` below must stay needed: if the spec
// starts declaring what a case relies on, tsc reports "Unused '@ts-expect-error' directive" and the case is stale.
import { findVoucherByCode, getCustomer } from '../rules/lookup.js';
import { presentCustomer, presentVoucher } from '../rules/present.js';
import type { H } from './shared.js';

/** The holders list pages with starting_after_id; the spec declares no `page` query parameter. */
export const readsUndeclaredQuery: H<'listReferralCodeHolders'> = (req) => {
  // @ts-expect-error -- `page` is not a query parameter of listReferralCodeHolders
  const page: number | undefined = req.query.page;
  throw new Error(`never called (page ${page})`);
};

/** Create Customer's body is CustomerBase: no `id` (a customer is picked by source_id). */
export const readsUndeclaredBodyField: H<'createCustomer'> = (req) => {
  // @ts-expect-error -- `id` is not a field of the CustomerBase body
  const id: string | undefined = req.body.id;
  throw new Error(`never called (id ${id})`);
};

/** Create Customer answers 200 whether it created or updated; the spec lists no 201. */
export const returnsUndeclaredStatus: H<'createCustomer'> = (_req, { state }) =>
  // @ts-expect-error -- 201 is not a status createCustomer lists
  ({ status: 201, body: presentCustomer(state, getCustomer(state, 'alex')) });

/** The spec's Voucher says `active: boolean`. */
export const returnsWrongFieldType: H<'getVoucher'> = (req, { state }) =>
  // @ts-expect-error -- `active` must be a boolean
  ({ status: 200, body: { ...presentVoucher(state, findVoucherByCode(state, req.params.code)), active: 'yes' } });
