import { describe, expect, it } from 'vitest';
import { DOCS_CAMPAIGN_ID, DOCS_REFERRAL_CODE, DOCS_REFERRED_USER_ID, referralapiFixtures } from '../../../../fixtures/referralapi/index.js';
import { createIdSource } from '../../../engine/ids.js';
import { applyScenario } from '../../../engine/store/scenario.js';
import { createStore } from '../../../engine/store/store.js';
import type { HandlerContext } from '../../../engine/types.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { createReferredUserAction } from '../handlers/actions.js';
import { referralapi } from '../index.js';
import { emptyState, type ReferralApiState } from '../store.js';
import { checkReferralApiState } from './check-state.js';
import { mustFindLinkById } from './lookup.js';

// As the engine does it: seed a copy, check it against the schema, then check it with checkState.
const seeded = (data: unknown, base: ReferralApiState = emptyState()) => {
  const state = structuredClone(base);
  referralapi.seed!(state, data, createIdSource(7));
  expect(stateSchemaErrors(referralapi.stateSchema!, state)).toBeNull();
  return state;
};
const defaultState = () => seeded(referralapiFixtures.scenarios.default().tenants[0].data);

describe('checkReferralApiState', () => {
  it('is the vendor checkState and passes the empty state, every fixture scenario and a partial seed', () => {
    expect(referralapi.checkState).toBe(checkReferralApiState);
    expect(checkReferralApiState(emptyState())).toBeUndefined();
    for (const build of Object.values(referralapiFixtures.scenarios)) {
      for (const tenant of build().tenants) expect(checkReferralApiState(seeded(tenant.data))).toBeUndefined();
    }
    const partial = seeded(
      { referral_links: [{ campaign_id: DOCS_CAMPAIGN_ID }], referred_users: [{ referral_link_id: 2, referred_user_id: 'new@example.com' }], actions: [{ referral_link_id: 1, action_type: 'SIGNUP', referred_user_pk: 1 }] },
      defaultState(),
    );
    expect(checkReferralApiState(partial)).toBeUndefined();
  });

  it.each([
    ['a link of a missing campaign', { referral_links: [{ campaign_id: 'gone' }] }, '.referral_links[2].campaign_id', 'no campaign has id "gone"'],
    ['a referred user of a missing link', { referred_users: [{ referral_link_id: 9, campaign_id: DOCS_CAMPAIGN_ID, referred_user_id: 'x' }] }, '.referred_users[1].referral_link_id', 'no referral link has id 9'],
    ['a referred user of a missing campaign', { referred_users: [{ referral_link_id: 1, campaign_id: 'gone', referred_user_id: 'x' }] }, '.referred_users[1].campaign_id', 'no campaign has id "gone"'],
    ['an action on a missing link', { actions: [{ referral_link_id: 9, action_type: 'VISIT' }] }, '.actions[0].referral_link_id', 'no referral link has id 9'],
    ['an action of a missing referred user', { actions: [{ referral_link_id: 1, action_type: 'SIGNUP', referred_user_pk: 5 }] }, '.actions[0].referred_user_pk', 'no referred user has id 5'],
    [
      'a referral code in use, in any case',
      { referral_links: [{ campaign_id: DOCS_CAMPAIGN_ID, referral_code: DOCS_REFERRAL_CODE.toLowerCase() }] },
      '.referral_links[2].referral_code',
      `referral_code "${DOCS_REFERRAL_CODE}" is also used by referral_links[0] (codes are unique in the organisation, in any case)`,
    ],
    [
      'a second referred user with the same id in a campaign',
      { referred_users: [{ referral_link_id: 2, referred_user_id: DOCS_REFERRED_USER_ID }] },
      '.referred_users[1].referred_user_id',
      `referred_user_id "${DOCS_REFERRED_USER_ID}" is also used by referred_users[0] (one referred user per campaign)`,
    ],
  ])('refuses %s', (_name, data, path, message) => {
    expect(checkReferralApiState(seeded(data, defaultState()))).toEqual({ path, message });
  });

  it('refuses a repeated id', () => {
    const state = defaultState();
    state.referral_links.push({ ...state.referral_links[1], referral_code: 'COPY0001' });
    expect(checkReferralApiState(state)).toMatchObject({ path: '.referral_links[2].id' });
  });

  it('makes the engine refuse the seed with a 400 naming the path, and change nothing', () => {
    const store = createStore();
    const doc = (data: unknown) => ({ referralapi: { tenants: [{ id: 'default', data }] } });
    applyScenario(store, [referralapi], doc(referralapiFixtures.scenarios.default().tenants[0].data), createIdSource(1));
    const before = structuredClone(store.stateOf(referralapi, 'default'));
    expect(() => applyScenario(store, [referralapi], doc({ referred_users: [{ referral_link_id: 9, campaign_id: DOCS_CAMPAIGN_ID, referred_user_id: 'x' }] }), createIdSource(1))).toThrow(
      expect.objectContaining({ kind: 'invalid_request', message: 'referralapi.tenants[0].data.referred_users[1].referral_link_id: no referral link has id 9.' }),
    );
    expect(store.stateOf(referralapi, 'default')).toEqual(before);
  });
});

describe('a referred user whose link is gone', () => {
  it('answers REFERRAL_LINK_NOT_FOUND instead of failing', async () => {
    const state = defaultState();
    state.referral_links = state.referral_links.filter((l) => l.id !== 1);
    expect(() => mustFindLinkById(state, 1)).toThrow(expect.objectContaining({ code: 'REFERRAL_LINK_NOT_FOUND', status: 404 }));
    const ctx: HandlerContext<ReferralApiState> = {
      state,
      principal: { tenantId: 'default' },
      clock: { now: () => new Date() },
      ids: createIdSource(1),
      sendEmail: (message) => ({ ...message, id: 'm1', vendor: 'referralapi', tenant: 'default', created_at: '' }),
      emit: () => undefined,
    };
    const body = { campaign_id: DOCS_CAMPAIGN_ID, referred_user_id: DOCS_REFERRED_USER_ID, action_type: 'SIGNUP' };
    const req = { operationId: 'createReferredUserAction', method: 'POST', path: '/api/v1/action/referred_user', params: {}, query: {}, headers: {}, body };
    expect(() => createReferredUserAction(req, ctx)).toThrow(expect.objectContaining({ code: 'REFERRAL_LINK_NOT_FOUND' }));
  });
});
