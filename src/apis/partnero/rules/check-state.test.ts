import { describe, expect, it } from 'vitest';
import { partneroFixtures } from '../../../../fixtures/partnero/index.js';
import { createIdSource } from '../../../engine/ids.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { partnero } from '../index.js';
import { emptyState, type PartneroState } from '../store.js';
import { checkPartneroState } from './check-state.js';

// As the engine does it: seed a copy, check it against the schema, then check it with checkState.
const seeded = (data: unknown, base: PartneroState = emptyState()) => {
  const state = structuredClone(base);
  partnero.seed!(state, data, createIdSource(7));
  expect(stateSchemaErrors(partnero.stateSchema!, state)).toBeNull();
  return state;
};
const defaultState = () => seeded(partneroFixtures.scenarios.default().tenants[0].data);

describe('checkPartneroState', () => {
  it('is the vendor checkState and passes the empty state, every fixture scenario and a partial seed', () => {
    expect(partnero.checkState).toBe(checkPartneroState);
    expect(checkPartneroState(emptyState())).toBeUndefined();
    for (const build of Object.values(partneroFixtures.scenarios)) {
      for (const tenant of build().tenants) expect(checkPartneroState(seeded(tenant.data))).toBeUndefined();
    }
    expect(checkPartneroState(seeded({ subscribers: [{ email: 'new@example.com' }, { email: 'other@example.com', id: null }, { email: 'third@example.com', id: null }] }, defaultState()))).toBeUndefined();
  });

  it('lets a referral point at a deleted referrer (counted, never dereferenced)', () => {
    expect(checkPartneroState(seeded({ subscribers: [{ email: 'orphan@example.com', referred_by: 'sub_gone' }] }, defaultState()))).toBeUndefined();
  });

  it('refuses an email another subscriber has, in any case', () => {
    expect(checkPartneroState(seeded({ subscribers: [{ key: 'sub_new', email: 'PARTNERO@partner.com' }] }, defaultState()))).toEqual({
      path: '.subscribers[5].email',
      message: 'email "PARTNERO@partner.com" is also used by subscribers[0] (emails compare case-insensitively)',
    });
  });

  it('refuses a repeated id or key', () => {
    const byId = defaultState();
    byId.subscribers.push({ ...byId.subscribers[3], key: 'sub_copy', email: 'copy@example.com' });
    expect(checkPartneroState(byId)).toEqual({ path: '.subscribers[5].id', message: expect.stringContaining('is also used by subscribers[3]') });
    const byKey = defaultState();
    byKey.subscribers.push({ ...byKey.subscribers[1], id: 'copy', email: 'copy@example.com' });
    expect(checkPartneroState(byKey)).toMatchObject({ path: '.subscribers[5].key' });
  });

  it('refuses a repeated webhook key, and passes distinct ones', () => {
    const hook = { url: 'https://example.com/h', events: ['subscriber.created'] };
    expect(checkPartneroState(seeded({ webhooks: [{ key: 'a', ...hook }, { key: 'b', ...hook }, hook] }, defaultState()))).toBeUndefined();
    const twice = seeded({ webhooks: [{ key: 'a', ...hook }] }, defaultState());
    twice.webhooks.push({ ...twice.webhooks[0], name: 'copy' });
    expect(checkPartneroState(twice)).toEqual({ path: '.webhooks[1].key', message: 'key "a" is also used by webhooks[0]' });
  });
});
