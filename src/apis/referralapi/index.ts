import type { VendorApi } from '../../engine/types.js';
import { referralapiCollections } from './collections.js';
import { renderReferralApiError } from './errors.js';
import * as actions from './handlers/actions.js';
import * as campaigns from './handlers/campaigns.js';
import * as referralLinks from './handlers/referral-links.js';
import * as referredUsers from './handlers/referred-users.js';
import { checkReferralApiState } from './rules/check-state.js';
import { seedReferralApi } from './seed.js';
import type { operations } from './spec.gen.js';
import { referralapiStateSchema } from './state-schema.js';
import { emptyState, type ReferralApiState } from './store.js';
import { referralapiWebhooks } from './webhooks.js';

/** The key printed in every curl of the vendor's docs; accepted as the default tenant's key so copied examples work. */
export const DOCS_EXAMPLE_API_KEY = '1968aa57ccd72d208dbac95d6679e6389ecfd60e59f31163506474a9c766fb6d';

export const referralapi: VendorApi<ReferralApiState, operations> = {
  name: 'referralapi',
  title: 'ReferralAPI',
  spec: 'referralapi.yaml',
  handlers: {
    createCampaign: campaigns.createCampaign,
    getCampaign: campaigns.getCampaign,
    updateCampaign: campaigns.updateCampaign,
    createReferralLink: referralLinks.createReferralLink,
    listReferralLinks: referralLinks.listReferralLinks,
    createReferredUser: referredUsers.createReferredUser,
    createReferredUserAction: actions.createReferredUserAction,
    createReferralLinkAction: actions.createReferralLinkAction,
  },
  renderError: renderReferralApiError,
  emptyState,
  collections: referralapiCollections,
  defaultCredentials: { apiKey: 'ra_sandbox_key' },
  newCredentials: (ids) => ({ apiKey: ids.hex(64) }),
  describeCredentials: (c) => `api-key: ${c.apiKey}`,
  seed: seedReferralApi,
  stateSchema: referralapiStateSchema,
  checkState: checkReferralApiState,
  authenticate(scheme, presented, ctx) {
    if (scheme === 'apiKey' && presented === DOCS_EXAMPLE_API_KEY && ctx.tenants.some((t) => t.id === 'default')) return { tenantId: 'default' };
    return undefined;
  },
  webhooks: referralapiWebhooks,
};
