// OAuth 2.0 client-credentials tokens (documentation/openapi/oauth.json): scopes, lifetime and who a bearer token
// lets in. Pure: the handlers draw the token and write.
import { createHash } from 'node:crypto';
import { allBy, getByKey } from '../../../engine/store/collection.js';
import { oauthTokenSpec } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import type { OAuthToken } from '../store.js';

/** The scope values Voucherify's Generate OAuth Token accepts (oauth.json, OAuthTokenGenerateRequestBody.scope). */
export const OAUTH_SCOPES = [
  'api', 'assets', 'async-actions', 'campaigns', 'categories', 'client_api', 'client_consents', 'client_customers', 'client_events',
  'client_promotions', 'client_publish', 'client_qualifications', 'client_redeem', 'client_redemptions', 'client_validate',
  'client_validations', 'client_vouchers', 'consents', 'customers', 'events', 'exports', 'locations', 'loyalties', 'metadata-schemas',
  'orders', 'product-collections', 'products', 'promotions', 'publications', 'qualifications', 'redemptions', 'referrals', 'rewards',
  'segments', 'skus', 'task-results', 'templates', 'trash-bin', 'validation-rules-assignments', 'validation-rules', 'validations', 'vouchers',
] as const;

/** A token lives 900 seconds (15 minutes). */
export const TOKEN_LIFETIME_SECONDS = 900;

/** The bearer security schemes of the spec are `OAuth-<area>`: a token with scope `api` or `<area>` is let in. */
export const OAUTH_SCHEME_PREFIX = 'OAuth-';

/**
 * The checked grant: `grant_type` must be client_credentials (400 invalid_grant_type); `scope` is space-separated
 * values from OAUTH_SCOPES (400 invalid_scope naming what was sent, so commas fail); no scope means `api`.
 * Returns the scope as answered: the values, de-duplicated, in the order sent.
 */
export function checkGrant(grantType: string | undefined, scope: string | undefined): string {
  if (grantType !== 'client_credentials') throw VoucherifyError.invalidGrantType();
  if (scope === undefined || scope.trim() === '') return 'api';
  const values = scope.trim().split(/ +/);
  const known = new Set<string>(OAUTH_SCOPES);
  if (!values.every((v) => known.has(v))) throw VoucherifyError.invalidScope(scope);
  return [...new Set(values)].join(' ');
}

/** The client id Voucherify assigns an API key: 21 alphanumerics, here derived from the X-App-Id. */
export function clientIdOf(appId: string): string {
  const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const digest = createHash('sha256').update(`voucherify-oauth-client:${appId}`).digest();
  return Array.from(digest.subarray(0, 21), (byte) => ALNUM[byte % ALNUM.length]).join('');
}

export function isActive(token: OAuthToken, now: Date): boolean {
  return token.expires_at === null || Date.parse(token.expires_at) > now.getTime();
}

/** An active token with this value, if any (token values are unique: the collection's key). */
export function findActiveToken(tokens: OAuthToken[], value: string, now: Date): OAuthToken | undefined {
  const token = getByKey(tokens, oauthTokenSpec, value);
  return token && isActive(token, now) ? token : undefined;
}

/** The tokens that have expired by `now` (those that can expire are indexed, so never-expiring seeded ones are skipped). */
export function expiredTokens(tokens: OAuthToken[], now: Date): OAuthToken[] {
  return allBy(tokens, oauthTokenSpec, 'expiring', true).filter((t) => !isActive(t, now));
}

/** Does the token's scope open endpoints of this area (`api` opens all of the server-side API)? */
export function allowsArea(token: OAuthToken, area: string): boolean {
  const scopes = token.scope.split(' ');
  return scopes.includes('api') || scopes.includes(area);
}

/** A token as Generate OAuth Token and introspection answer it; `expires_in` counts down on the sandbox clock. */
export function presentToken(token: OAuthToken, now: Date) {
  const expiresAt = token.expires_at === null ? 253402300799 : Math.floor(Date.parse(token.expires_at) / 1000);
  return {
    access_token: token.access_token,
    client_id: token.client_id,
    expires_at: expiresAt,
    expires_in: Math.max(0, expiresAt - Math.floor(now.getTime() / 1000)),
    scope: token.scope,
    token_type: 'Bearer' as const,
  };
}
