// Panelist access tokens live in each partner's data, so the engine asks us who a bearer token belongs to.
import type { AuthContext, Principal } from '../../engine/types.js';
import { findActiveToken } from './rules/tokens.js';
import type { PureprofileState } from './store.js';

export const PARTNER_SCHEME = 'partnerBasic';
export const PANEL_SCHEME = 'panelBearer';

/**
 * Partner credentials: the engine's exact match. Panel tokens: the tenant holding an active token, or a refusal;
 * one lookup by token value (the tokens' key) per tenant, on every panel request.
 */
export function authenticatePureprofile(scheme: string, presented: string, ctx: AuthContext<PureprofileState>): Principal | null | undefined {
  if (scheme !== PANEL_SCHEME) return undefined;
  const now = ctx.clock.now();
  for (const tenant of ctx.tenants) {
    const token = findActiveToken(ctx.stateOf(tenant.id).tokens, presented, now);
    if (token) return { tenantId: tenant.id, subject: token.panelist_id };
  }
  return null;
}
