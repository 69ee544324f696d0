import type { VendorApi } from '../../engine/types.js';
import { authenticateVoucherify } from './auth.js';
import { voucherifyCollections } from './collections.js';
import { renderVoucherifyError, voucherifyRateLimitHeaders } from './render-error.js';
import { createCampaign } from './handlers/campaigns.js';
import { createCustomer, deleteCustomer, getCustomerHandler, listCustomerRedeemables, updateCustomer } from './handlers/customers.js';
import {
  addCampaignReferralCodeHolders,
  addReferralCodeHolders,
  listCampaignReferralCodeHolders,
  listReferralCodeHolders,
  removeCampaignReferralCodeHolder,
  removeReferralCodeHolder,
} from './handlers/holders.js';
import { trackCustomEvent } from './handlers/custom-events.js';
import { getCampaign, listCampaigns, listCustomers, listPublications, listVouchers } from './handlers/lists.js';
import { deleteCampaign, deleteVoucher, disableCampaign, disableVoucher, enableCampaign, enableVoucher, updateCampaign, updateVoucher } from './handlers/management.js';
import { generateOAuthToken, introspectOAuthToken, revokeOAuthToken } from './handlers/oauth.js';
import { formBodiesOnlyForOAuth } from './handlers/shared.js';
import { createPublication, publishVoucherLegacy } from './handlers/publications.js';
import { getRedemption, listRedemptions, redeemStackedDiscounts, redeemVoucher, rollbackRedemption } from './handlers/redemptions.js';
import { validateStackedDiscounts } from './handlers/validations.js';
import { getVoucher } from './handlers/vouchers.js';
import { checkVoucherifyState } from './rules/check-state.js';
import { seedVoucherify } from './seed.js';
import type { operations } from './spec.gen.js';
import { voucherifyStateSchema } from './state-schema.js';
import { voucherifyWebhooks } from './webhooks.js';
import { emptyState, type VoucherifyState } from './store.js';

export const voucherify: VendorApi<VoucherifyState, operations> = {
  name: 'voucherify',
  title: 'Voucherify',
  spec: 'voucherify.yaml',
  handlers: formBodiesOnlyForOAuth({
    addReferralCodeHolders,
    addCampaignReferralCodeHolders,
    listReferralCodeHolders,
    listCampaignReferralCodeHolders,
    removeReferralCodeHolder,
    removeCampaignReferralCodeHolder,
    createCampaign,
    createPublication,
    publishVoucherLegacy,
    createCustomer,
    getCustomer: getCustomerHandler,
    updateCustomer,
    deleteCustomer,
    listCustomerRedeemables,
    getVoucher,
    listCampaigns,
    getCampaign,
    listPublications,
    listCustomers,
    listVouchers,
    redeemStackedDiscounts,
    redeemVoucher,
    listRedemptions,
    getRedemption,
    rollbackRedemption,
    validateStackedDiscounts,
    trackCustomEvent,
    updateCampaign,
    deleteCampaign,
    enableCampaign,
    disableCampaign,
    updateVoucher,
    deleteVoucher,
    enableVoucher,
    disableVoucher,
    generateOAuthToken,
    introspectOAuthToken,
    revokeOAuthToken,
  }),
  renderError: renderVoucherifyError,
  // OAuth tokens live in project data; the OAuth endpoints take form bodies (see formBodiesOnlyForOAuth).
  authenticate: authenticateVoucherify,
  bodyParsing: { form: true },
  emptyState,
  // Every array of the state is an indexed collection (collections.ts): lookups by id, code, source_id and per code,
  // customer or campaign are O(1), and each change is logged rather than rewriting the project.
  collections: voucherifyCollections,
  defaultCredentials: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' },
  newCredentials: (ids) => ({ 'X-App-Id': ids.uuid(), 'X-App-Token': ids.uuid() }),
  describeCredentials: (c) => `X-App-Id: ${c['X-App-Id']} and X-App-Token: ${c['X-App-Token']}`,
  seed: seedVoucherify,
  stateSchema: voucherifyStateSchema,
  checkState: checkVoucherifyState,
  webhooks: voucherifyWebhooks,
  // A Sandbox project is fixed at 100 API calls per hour (documentation/guides/limits.mdx).
  rateLimits: [{ name: 'Sandbox project: 100 calls per hour', limit: 100, window_seconds: 3600 }],
  rateLimitHeaders: voucherifyRateLimitHeaders,
};
