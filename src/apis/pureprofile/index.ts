import type { VendorApi } from '../../engine/types.js';
import { authenticatePureprofile, PARTNER_SCHEME } from './auth.js';
import { pureprofileCollections } from './collections.js';
import { renderPureprofileError } from './errors.js';
import { getAccount, referFriends } from './handlers/panel.js';
import { authenticatePanelist, listPanels, registerPanelist } from './handlers/partner.js';
import { deleteProfileVariable, getAccountData, listProfileVariables, listVariablesMeta, updateProfileVariable } from './handlers/profile.js';
import { checkPureprofileState } from './rules/check-state.js';
import { seedPureprofile } from './seed.js';
import type { operations } from './spec.gen.js';
import { pureprofileStateSchema } from './state-schema.js';
import { emptyState, type PureprofileState } from './store.js';

/** The ready panelist token of the default scenario (fixtures/pureprofile). */
export const SANDBOX_PANELIST_TOKEN = 'pp_sandbox_token';

export const pureprofile: VendorApi<PureprofileState, operations> = {
  name: 'pureprofile',
  title: 'Pureprofile',
  spec: 'pureprofile.yaml',
  handlers: {
    listPanels,
    registerPanelist,
    authenticatePanelist,
    referFriends,
    getAccount,
    getAccountData,
    listVariablesMeta,
    listProfileVariables,
    updateProfileVariable,
    deleteProfileVariable,
  },
  renderError: renderPureprofileError,
  emptyState,
  collections: pureprofileCollections,
  defaultCredentials: { [PARTNER_SCHEME]: 'pp_partner:pp_partner_secret' },
  newCredentials: (ids) => ({ [PARTNER_SCHEME]: `pp_partner_${ids.hex(8)}:${ids.hex(32)}` }),
  describeCredentials: (c) =>
    `partner: Authorization: Basic ${Buffer.from(c[PARTNER_SCHEME] ?? '').toString('base64')} (curl -u ${c[PARTNER_SCHEME]}); ` +
    `panel: Authorization: Bearer <access_token from register/authenticate> (default scenario: ${SANDBOX_PANELIST_TOKEN})`,
  authenticate: (scheme, presented, ctx) => authenticatePureprofile(scheme, presented, ctx),
  seed: seedPureprofile,
  stateSchema: pureprofileStateSchema,
  checkState: checkPureprofileState,
  bodyParsing: { json: 'always' },
};
