import type { Handler, VendorApi } from '../../engine/types.js';
import { newRequestId, renderVoucherifyError, VoucherifyError } from './errors.js';
import { createCampaign } from './handlers/campaigns.js';
import { createCustomer, deleteCustomer, getCustomerHandler, listCustomerRedeemables, updateCustomer } from './handlers/customers.js';
import { addHolders, listHolders, removeHolder } from './handlers/holders.js';
import { createPublication } from './handlers/publications.js';
import { getVoucher } from './handlers/vouchers.js';
import { emptyState, type VoucherifyState } from './store.js';

/** Stamp the error's request_id from the sandbox's id source (seeded in tests) before it is rendered. */
function withRequestId(handler: Handler<VoucherifyState>): Handler<VoucherifyState> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (error) {
      if (error instanceof VoucherifyError) error.requestId ??= newRequestId(ctx.ids.hex);
      throw error;
    }
  };
}

const handlers: Record<string, Handler<VoucherifyState>> = {
  addReferralCodeHolders: addHolders,
  addCampaignReferralCodeHolders: addHolders,
  listReferralCodeHolders: listHolders,
  listCampaignReferralCodeHolders: listHolders,
  removeReferralCodeHolder: removeHolder,
  removeCampaignReferralCodeHolder: removeHolder,
  createCampaign,
  createPublication,
  createCustomer,
  getCustomer: getCustomerHandler,
  updateCustomer,
  deleteCustomer,
  listCustomerRedeemables,
  getVoucher,
};

export const voucherify: VendorApi<VoucherifyState> = {
  name: 'voucherify',
  title: 'Voucherify',
  spec: 'voucherify.yaml',
  handlers: Object.fromEntries(Object.entries(handlers).map(([operationId, handler]) => [operationId, withRequestId(handler)])),
  renderError: renderVoucherifyError,
  emptyState,
  defaultCredentials: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' },
  newCredentials: (ids) => ({ 'X-App-Id': ids.uuid(), 'X-App-Token': ids.uuid() }),
  describeCredentials: (c) => `X-App-Id: ${c['X-App-Id']} and X-App-Token: ${c['X-App-Token']}`,
};
