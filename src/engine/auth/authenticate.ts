import type { IncomingHttpHeaders } from 'node:http';
import type { OpenAPIV3_1 } from 'openapi-types';
import { EngineError } from '../errors/engine-error.js';
import type { OpenApiDocument, Operation } from '../openapi/load-spec.js';
import type { AuthContext, Principal, Tenant, VendorApi } from '../types.js';

type SchemeObject = OpenAPIV3_1.SecuritySchemeObject;

/** One extractor per security scheme type: what the client presented, or undefined. */
const extractors: Record<string, (scheme: SchemeObject, headers: IncomingHttpHeaders, query: Record<string, unknown>) => string | undefined> = {
  http(scheme, headers) {
    const [type, value] = splitAuthorization(headers.authorization);
    const wanted = (scheme as OpenAPIV3_1.HttpSecurityScheme).scheme.toLowerCase();
    if (type !== wanted || !value) return undefined;
    if (wanted === 'basic') {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      return decoded.includes(':') ? decoded : undefined;
    }
    return value;
  },
  apiKey(scheme, headers, query) {
    const { in: where, name } = scheme as OpenAPIV3_1.ApiKeySecurityScheme;
    const value = where === 'header' ? headers[name.toLowerCase()] : where === 'query' ? query[name] : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
  },
};

function splitAuthorization(header: string | undefined): [string, string | undefined] {
  if (!header) return ['', undefined];
  const space = header.indexOf(' ');
  return space < 0 ? [header.toLowerCase(), undefined] : [header.slice(0, space).toLowerCase(), header.slice(space + 1).trim()];
}

/**
 * Resolve who is calling: the spec's security requirements are alternatives (OR) of scheme sets (AND).
 * An operation with `security: []` is open; anything else without a match is 401 in the vendor's envelope.
 */
export function authenticate<S>(
  vendor: VendorApi<S>,
  spec: OpenApiDocument,
  operation: Operation,
  request: { headers: IncomingHttpHeaders; query: Record<string, unknown> },
  ctx: AuthContext<S>,
): Principal {
  const requirements = operation.security ?? spec.security ?? [];
  if (requirements.length === 0) return { tenantId: 'default' };
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<string, SchemeObject>;
  for (const requirement of requirements) {
    const names = Object.keys(requirement);
    if (names.length === 0) return { tenantId: 'default' };
    const principals = names.map((name) => {
      const scheme = schemes[name];
      const presented = scheme && extractors[scheme.type]?.(scheme, request.headers, request.query);
      return presented === undefined ? null : resolve(vendor, name, presented, ctx);
    });
    if (principals.every((p): p is Principal => p !== null) && principals.every((p) => p.tenantId === principals[0].tenantId)) {
      return { tenantId: principals[0].tenantId, subject: principals.find((p) => p.subject)?.subject };
    }
  }
  throw new EngineError('unauthorized');
}

function resolve<S>(vendor: VendorApi<S>, scheme: string, presented: string, ctx: AuthContext<S>): Principal | null {
  const custom = vendor.authenticate?.(scheme, presented, ctx);
  if (custom !== undefined) return custom;
  const tenant: Tenant | undefined = ctx.tenants.find((t) => t.credentials[scheme] === presented);
  return tenant ? { tenantId: tenant.id } : null;
}

/**
 * Whether a request carries a credential this vendor recognises (a tenant's key, or one its authenticate hook
 * accepts): used to answer a path no route matches in the envelope of the vendor the client is talking to.
 */
export function carriesCredentialOf<S>(
  vendor: VendorApi<S>,
  spec: OpenApiDocument,
  request: { headers: IncomingHttpHeaders; query: Record<string, unknown> },
  ctx: AuthContext<S>,
): boolean {
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<string, SchemeObject>;
  return Object.entries(schemes).some(([name, scheme]) => {
    const presented = extractors[scheme.type]?.(scheme, request.headers, request.query);
    return presented !== undefined && resolve(vendor, name, presented, ctx) !== null;
  });
}
