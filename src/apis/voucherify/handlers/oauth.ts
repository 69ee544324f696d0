import { removeRecords } from '../../../engine/store/collection.js';
import { removeAll } from '../collections.js';
import { VoucherifyError } from '../errors.js';
import { checkGrant, clientIdOf, expiredTokens, findActiveToken, presentToken, TOKEN_LIFETIME_SECONDS } from '../rules/oauth.js';
import type { OAuthToken } from '../store.js';
import { nowIso, type H } from './shared.js';

function appIdOf(headers: Record<string, string | string[] | undefined>): string {
  const value = headers['x-app-id'];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** POST /v1/oauth/token: a client-credentials token for the calling API key, 900 s on the sandbox clock. */
export const generateOAuthToken: H<'generateOAuthToken'> = (req, ctx) => {
  const { state } = ctx;
  const body = req.body ?? {};
  const scope = checkGrant(body.grant_type, body.scope);
  const now = ctx.clock.now();
  const appId = appIdOf(req.headers);
  const token: OAuthToken = {
    access_token: ctx.ids.alnum(50),
    client_id: clientIdOf(appId),
    app_id: appId,
    scope,
    created_at: nowIso(ctx),
    expires_at: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS * 1000).toISOString(),
  };
  // Expired tokens are of no use any more: forget them, so the project's data does not grow with every token. Only
  // tokens that can expire are looked at, and this sweep keeps those to the ones made in the last 15 minutes (plus
  // any seeded with an expiry).
  removeAll(state.oauth_tokens, expiredTokens(state.oauth_tokens, now));
  state.oauth_tokens.push(token);
  return { status: 200, body: presentToken(token, now) };
};

/** POST /v1/oauth/introspect: an active token of this project answers its details, anything else `{active: false}`. */
export const introspectOAuthToken: H<'introspectOAuthToken'> = (req, ctx) => {
  const value = req.body?.access_token;
  if (value === undefined || value === '') throw VoucherifyError.missingParameters();
  const now = ctx.clock.now();
  const token = findActiveToken(ctx.state.oauth_tokens, value, now);
  return { status: 200, body: token ? { ...presentToken(token, now), active: true } : { active: false } };
};

/** POST /v1/oauth/token/revoke: an active token is removed (204); anything else is 404 with no body. */
export const revokeOAuthToken: H<'revokeOAuthToken'> = (req, ctx) => {
  const value = req.body?.access_token;
  if (value === undefined || value === '') throw VoucherifyError.missingParameters();
  const token = findActiveToken(ctx.state.oauth_tokens, value, ctx.clock.now());
  if (!token) throw VoucherifyError.tokenNotFound();
  removeRecords(ctx.state.oauth_tokens, token);
  return { status: 204 };
};
