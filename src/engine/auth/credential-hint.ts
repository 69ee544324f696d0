// Why a request got the vendor's bare 401, said outside the vendor's body (WireMock's near-misses are the model):
// three vendors share /v1, so a key of one sent to another's path is the commonest first mistake. The hint goes in
// an X-Sandbox-Hint header, the journal and the log line; the vendor's answer itself stays as the vendor sends it.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { OpenApiDocument, Operation } from '../openapi/load-spec.js';
import type { Tenant, VendorApi } from '../types.js';

/** A credential the sandbox knows: whose it is, and a short fingerprint (never the value) for the journal. */
export interface KnownCredential {
  vendor: string;
  tenant: string;
  /** How it was presented: "Bearer token", "Basic user name", "X-App-Id header", "api_key parameter". */
  presented: string;
  fingerprint: string;
}

/** Every value the request presents that could be a credential, with how it was presented. */
function presentedValues(headers: IncomingHttpHeaders, query: Record<string, unknown>): Array<{ value: string; presented: string }> {
  const found: Array<{ value: string; presented: string }> = [];
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const [type, rest = ''] = authorization.trim().split(/\s+(.*)/s);
    if (/^bearer$/i.test(type)) found.push({ value: rest.trim(), presented: 'Bearer token' });
    if (/^basic$/i.test(type)) {
      const decoded = Buffer.from(rest.trim(), 'base64').toString('utf8');
      const user = decoded.split(':')[0];
      found.push({ value: decoded, presented: 'Basic credentials' }, { value: user, presented: 'Basic user name' }, { value: `${user}:`, presented: 'Basic user name' });
    }
  }
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'authorization' || typeof value !== 'string' || value.length > 512) continue;
    found.push({ value, presented: `${name} header` });
  }
  for (const [name, value] of Object.entries(query)) if (typeof value === 'string' && value.length <= 512) found.push({ value, presented: `${name} parameter` });
  return found.filter((candidate) => candidate.value !== '');
}

/** The first presented value that is some tenant's credential, of any vendor. */
export function identifyCredential(vendors: VendorApi[], tenantsOf: (vendor: string) => Tenant[], headers: IncomingHttpHeaders, query: Record<string, unknown>): KnownCredential | undefined {
  const candidates = presentedValues(headers, query);
  if (candidates.length === 0) return undefined;
  for (const vendor of vendors) {
    for (const tenant of tenantsOf(vendor.name)) {
      const values = new Set(Object.values(tenant.credentials));
      const hit = candidates.find((candidate) => values.has(candidate.value));
      if (hit) return { vendor: vendor.name, tenant: tenant.id, presented: hit.presented, fingerprint: fingerprintOf(hit.value) };
    }
  }
  return undefined;
}

/** 8 hex digits of SHA-256: enough to tell two keys apart in a journal, useless to call the API with. */
export const fingerprintOf = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 8);

/**
 * What an operation accepts, from the spec's security requirements (names of schemes and where they go, never a
 * value): "X-App-Id header and X-App-Token header, or Authorization: Bearer".
 */
export function expectedCredentials(doc: OpenApiDocument, operation: Operation | undefined): string {
  const schemes = (doc.components?.securitySchemes ?? {}) as Record<string, OpenAPIV3_1.SecuritySchemeObject>;
  const requirements = operation?.security ?? doc.security ?? Object.keys(schemes).map((name) => ({ [name]: [] }));
  const describe = (name: string) => {
    const scheme = schemes[name];
    if (!scheme) return name;
    if (scheme.type === 'http') return `Authorization: ${scheme.scheme.toLowerCase() === 'basic' ? 'Basic' : 'Bearer'}`;
    if (scheme.type === 'apiKey') return scheme.in === 'query' ? `?${scheme.name}=` : `${scheme.name} ${scheme.in}`;
    return name;
  };
  const options = requirements.filter((r) => Object.keys(r).length > 0).map((r) => Object.keys(r).map(describe).join(' and '));
  return [...new Set(options)].join(', or ');
}

/** The hint for a 401 on `vendor`'s `path`, `expects` as expectedCredentials words it (ASCII only: a header value). */
export function unauthorizedHint(vendor: VendorApi, path: string, known: KnownCredential | undefined, expects: string): string {
  const wanted = `${vendor.name} expects ${expects}; its sandbox defaults are in the start-up banner and GET /__sandbox/health`.replace(/[^\x20-\x7e]/g, '-');
  if (!known) return `no tenant of any vendor has the credentials sent; ${wanted}`;
  if (known.vendor !== vendor.name) {
    return `this ${known.presented} is ${known.vendor}'s (tenant ${known.tenant}); ${path} is ${vendor.name}'s: send ${vendor.name}'s credentials (${wanted}), or call ${known.vendor}'s paths (/${known.vendor}/...)`;
  }
  return `this ${known.presented} is ${vendor.name}'s (tenant ${known.tenant}), but the operation needs more or other credentials; ${wanted}`;
}
