// OAuth bearer tokens live in each project's data, so the engine asks us who a token belongs to. The spec has one
// bearer scheme per area (`OAuth-campaigns`, ...), so the scheme says which scope the operation needs.
import type { AuthContext, Principal } from '../../engine/types.js';
import { allowsArea, findActiveToken, OAUTH_SCHEME_PREFIX } from './rules/oauth.js';
import type { VoucherifyState } from './store.js';

/** X-App headers: the engine's exact match. Bearer tokens: the project holding an active token in scope, else a refusal. */
export function authenticateVoucherify(scheme: string, presented: string, ctx: AuthContext<VoucherifyState>): Principal | null | undefined {
  if (!scheme.startsWith(OAUTH_SCHEME_PREFIX)) return undefined;
  const area = scheme.slice(OAUTH_SCHEME_PREFIX.length);
  const now = ctx.clock.now();
  for (const tenant of ctx.tenants) {
    const token = findActiveToken(ctx.stateOf(tenant.id).oauth_tokens ?? [], presented, now);
    if (token) return allowsArea(token, area) ? { tenantId: tenant.id, subject: token.client_id } : null;
  }
  return null;
}
