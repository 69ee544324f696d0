import type { AccessToken } from '../store.js';

/** Register hands out a 30-day token, authenticate a one-hour token (both as the docs show). */
export const REGISTER_TOKEN_SECONDS = 2_592_000;
export const AUTHENTICATE_TOKEN_SECONDS = 3_600;

export function issueToken(value: string, panelistId: string, lifetimeSeconds: number, now: Date): AccessToken {
  return {
    id: value,
    panelist_id: panelistId,
    issued_at: now.toISOString(),
    expires_at: new Date(now.getTime() + lifetimeSeconds * 1000).toISOString(),
  };
}

/** A token is good up to, but not including, its expiry instant. */
export function isTokenActive(token: AccessToken, now: Date): boolean {
  return now.getTime() < Date.parse(token.expires_at);
}

/** The active token with this value, if any: an unknown and an expired token look the same to the caller. */
export function findActiveToken(tokens: AccessToken[], presented: string, now: Date): AccessToken | undefined {
  const token = tokens.find((t) => t.id === presented);
  return token && isTokenActive(token, now) ? token : undefined;
}

/** Expired tokens can never authenticate again; dropping them keeps the store from growing without bound. */
export function dropExpiredTokens(tokens: AccessToken[], now: Date): AccessToken[] {
  return tokens.filter((t) => isTokenActive(t, now));
}

/** What register and authenticate show of a token; `expires_in` keeps the lifetime's literal type (register's is a constant). */
export function presentToken<N extends number>(token: AccessToken, lifetimeSeconds: N): { access_token: string; expires_in: N; token_type: 'Bearer' } {
  return { access_token: token.id, expires_in: lifetimeSeconds, token_type: 'Bearer' };
}
