import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../../engine/ids.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { authenticateVoucherify } from '../auth.js';
import { voucherify } from '../index.js';
import { emptyState, type OAuthToken, type VoucherifyState } from '../store.js';
import { checkVoucherifyState } from './check-state.js';
import { allowsArea, checkGrant, clientIdOf, findActiveToken, isActive, presentToken } from './oauth.js';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const token = (extra: Partial<OAuthToken> = {}): OAuthToken => ({
  access_token: 'T'.repeat(50), client_id: clientIdOf('app'), app_id: 'app', scope: 'campaigns', created_at: NOW.toISOString(), expires_at: new Date(NOW.getTime() + 900_000).toISOString(), ...extra,
});

describe('checkGrant', () => {
  it('takes client_credentials with space-separated known scopes (default api), de-duplicated in order', () => {
    expect(checkGrant('client_credentials', undefined)).toBe('api');
    expect(checkGrant('client_credentials', '  ')).toBe('api');
    expect(checkGrant('client_credentials', 'redemptions  campaigns redemptions')).toBe('redemptions campaigns');
    expect(checkGrant('client_credentials', 'validation-rules trash-bin')).toBe('validation-rules trash-bin');
  });
  it('refuses another grant (invalid_grant_type) and unknown or comma-separated scopes (invalid_scope)', () => {
    expect(() => checkGrant('password', 'api')).toThrowError(expect.objectContaining({ key: 'invalid_grant_type', status: 400 }));
    expect(() => checkGrant(undefined, 'api')).toThrowError(expect.objectContaining({ key: 'invalid_grant_type' }));
    expect(() => checkGrant('client_credentials', 'vouchers,campaigns')).toThrowError(expect.objectContaining({ key: 'invalid_scope', message: 'Invalid scope: vouchers,campaigns' }));
  });
});

describe('tokens', () => {
  it('client ids are 21 alphanumerics, the same for one app id', () => {
    expect(clientIdOf('a')).toMatch(/^[0-9A-Za-z]{21}$/);
    expect(clientIdOf('a')).toBe(clientIdOf('a'));
    expect(clientIdOf('a')).not.toBe(clientIdOf('b'));
  });
  it('a token is active until expires_at (null: never expires); expires_in counts down', () => {
    const t = token();
    expect(isActive(t, NOW)).toBe(true);
    expect(isActive(t, new Date(NOW.getTime() + 900_000))).toBe(false);
    expect(isActive(token({ expires_at: null }), new Date('2999-01-01'))).toBe(true);
    expect(presentToken(t, new Date(NOW.getTime() + 600_000))).toMatchObject({ expires_in: 300, expires_at: NOW.getTime() / 1000 + 900, token_type: 'Bearer' });
    expect(findActiveToken([t], t.access_token, NOW)).toBe(t);
    expect(findActiveToken([t], t.access_token, new Date(NOW.getTime() + 901_000))).toBeUndefined();
  });
  it('api opens every area, another scope only its own', () => {
    expect(allowsArea(token({ scope: 'api' }), 'referrals')).toBe(true);
    expect(allowsArea(token({ scope: 'campaigns redemptions' }), 'redemptions')).toBe(true);
    expect(allowsArea(token({ scope: 'campaigns' }), 'vouchers')).toBe(false);
  });
});

describe('authenticateVoucherify', () => {
  const states: Record<string, VoucherifyState> = { a: emptyState(), b: emptyState() };
  states.b.oauth_tokens.push(token());
  const ctx = { tenants: [{ id: 'a', credentials: {} }, { id: 'b', credentials: {} }], stateOf: (id: string) => states[id], clock: { now: () => NOW } } as unknown as Parameters<typeof authenticateVoucherify>[2];
  it('leaves the X-App headers to the engine and resolves bearer tokens to their project, by the scheme area', () => {
    expect(authenticateVoucherify('X-App-Id', 'x', ctx)).toBeUndefined();
    expect(authenticateVoucherify('OAuth-campaigns', 'T'.repeat(50), ctx)).toEqual({ tenantId: 'b', subject: clientIdOf('app') });
    expect(authenticateVoucherify('OAuth-vouchers', 'T'.repeat(50), ctx)).toBeNull();
    expect(authenticateVoucherify('OAuth-campaigns', 'unknown', ctx)).toBeNull();
  });
});

describe('seeded tokens', () => {
  const seeded = (data: unknown) => {
    const state = emptyState();
    voucherify.seed!(state, data, createIdSource(7));
    return state;
  };
  it('are completed (scope api, never expiring, client_id of the default app) and checked', () => {
    const state = seeded({ oauth_tokens: [{ access_token: 'seeded-token' }] });
    expect(state.oauth_tokens).toEqual([{ access_token: 'seeded-token', client_id: clientIdOf('vf_sandbox_app_id'), app_id: 'vf_sandbox_app_id', scope: 'api', created_at: '2026-01-01T00:00:00.000Z', expires_at: null }]);
    expect(stateSchemaErrors(voucherify.stateSchema!, state)).toBeNull();
    expect(checkVoucherifyState(state)).toBeUndefined();
  });
  it('refuse an unknown scope, a token without its value, and the same token twice', () => {
    expect(stateSchemaErrors(voucherify.stateSchema!, seeded({ oauth_tokens: [{ access_token: 't', scope: 'api,campaigns' }] }))).not.toBeNull();
    expect(stateSchemaErrors(voucherify.stateSchema!, seeded({ oauth_tokens: [{ scope: 'api' }] }))).not.toBeNull();
    const twice = emptyState();
    twice.oauth_tokens.push(token(), token());
    expect(checkVoucherifyState(twice)).toBeDefined();
  });
});
