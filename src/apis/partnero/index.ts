import type { VendorApi } from '../../engine/types.js';
import { partneroCollections } from './collections.js';
import { renderPartneroError } from './errors.js';
import { getProgram, testCredentials } from './handlers/program.js';
import * as subscribers from './handlers/subscribers.js';
import * as webhooks from './handlers/webhooks.js';
import { checkPartneroState } from './rules/check-state.js';
import { seedPartnero } from './seed.js';
import type { operations } from './spec.gen.js';
import { partneroStateSchema } from './state-schema.js';
import { emptyState, type PartneroState } from './store.js';
import { partneroWebhooks } from './webhooks.js';

export const partnero: VendorApi<PartneroState, operations> = {
  name: 'partnero',
  title: 'Partnero',
  spec: 'partnero.yaml',
  handlers: {
    listSubscribers: subscribers.listSubscribers,
    createSubscriber: subscribers.createSubscriber,
    getSubscriber: subscribers.getSubscriber,
    searchSubscribers: subscribers.searchSubscribersHandler,
    updateSubscriber: subscribers.updateSubscriber,
    updateSubscriberByBody: subscribers.updateSubscriberByBody,
    deleteSubscriber: subscribers.deleteSubscriber,
    deleteSubscriberByBody: subscribers.deleteSubscriberByBody,
    getProgram,
    testCredentials,
    listWebhooks: webhooks.listWebhooks,
    createWebhook: webhooks.createWebhook,
    getWebhook: webhooks.getWebhook,
    updateWebhook: webhooks.updateWebhook,
    deleteWebhook: webhooks.deleteWebhook,
  },
  renderError: renderPartneroError,
  emptyState,
  collections: partneroCollections,
  defaultCredentials: { bearerAuth: 'pn_sandbox_key' },
  newCredentials: (ids) => ({ bearerAuth: `pn_${ids.hex(32)}` }),
  describeCredentials: (c) => `Authorization: Bearer ${c.bearerAuth}`,
  seed: seedPartnero,
  stateSchema: partneroStateSchema,
  checkState: checkPartneroState,
  webhooks: partneroWebhooks,
};
