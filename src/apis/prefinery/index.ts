import type { AuthContext, Principal, VendorApi } from '../../engine/types.js';
import { prefineryCollections } from './collections.js';
import { renderPrefineryError } from './errors.js';
import { deleteBeta, getBeta, listBetas } from './handlers/betas.js';
import { checkinTester, createCheckin } from './handlers/checkins.js';
import { createFriendInvitation } from './handlers/friend-invitations.js';
import { createPoints, listPoints } from './handlers/points.js';
import { listRewards } from './handlers/rewards.js';
import { createTester, deleteTester, getTester, listTesters, updateTester, verifyTester } from './handlers/testers.js';
import { checkPrefineryState } from './rules/check-state.js';
import { seedPrefinery } from './seed.js';
import type { operations } from './spec.gen.js';
import { prefineryStateSchema } from './state-schema.js';
import { emptyState, type PrefineryState } from './store.js';
import { prefineryWebhooks } from './webhooks.js';

const SANDBOX_KEY = 'prefinery_sandbox_key';

/** One API key, presented three ways: basic user name (any password), bearer token, ?api_key. */
function credentialsFor(key: string): Record<string, string> {
  return { basicAuth: `${key}:`, bearerAuth: key, apiKeyQuery: key };
}

// Basic auth carries "KEY:anything" (curl -u KEY: sends an empty password, old v1 clients sent "KEY:X"),
// so every scheme is reduced to the bare key and matched against the tenant's key.
function authenticateKey(scheme: string, presented: string, ctx: AuthContext<PrefineryState>): Principal | null {
  const key = scheme === 'basicAuth' ? presented.slice(0, presented.indexOf(':')) : presented;
  if (key === '') return null;
  const tenant = ctx.tenants.find((t) => t.credentials.bearerAuth === key);
  return tenant ? { tenantId: tenant.id } : null;
}

export const prefinery: VendorApi<PrefineryState, operations> = {
  name: 'prefinery',
  title: 'Prefinery',
  spec: 'prefinery.yaml',
  handlers: {
    listBetas,
    getBeta,
    deleteBeta,
    listTesters,
    getTester,
    createTester,
    updateTester,
    deleteTester,
    verifyTester,
    createCheckin,
    checkinTester,
    createFriendInvitation,
    listRewards,
    listPoints,
    createPoints,
  },
  renderError: renderPrefineryError,
  emptyState,
  collections: prefineryCollections,
  defaultCredentials: credentialsFor(SANDBOX_KEY),
  newCredentials: (ids) => credentialsFor(ids.hex(32)),
  describeCredentials: (c) => `curl -u ${c.bearerAuth}: (or Authorization: Bearer ${c.bearerAuth}, or ?api_key=${c.bearerAuth})`,
  authenticate: authenticateKey,
  seed: seedPrefinery,
  stateSchema: prefineryStateSchema,
  checkState: checkPrefineryState,
  bodyParsing: { form: true },
  // Prefinery is a Rails app: repeated query keys keep the last value, JSON strings are cast like form values.
  paramStyle: 'rails',
  optionalPathSuffix: '.json',
  webhooks: prefineryWebhooks,
  // Documented per project (testers) and per company; a tenant is one company, so the testers limit is counted per
  // tenant too (interpreted: one project per tenant is the common case).
  rateLimits: [
    { name: 'testers: 60 per minute', limit: 60, window_seconds: 60, operations: ['listTesters', 'getTester', 'createTester', 'updateTester', 'deleteTester'] },
    { name: 'betas: 90 per 15 minutes', limit: 90, window_seconds: 900, operations: ['listBetas', 'getBeta'] },
    { name: 'rewards and points: 60 per minute', limit: 60, window_seconds: 60, operations: ['listRewards', 'listPoints', 'createPoints'] },
    { name: 'company: 180 per minute', limit: 180, window_seconds: 60 },
  ],
};
