import type { VendorApi } from '../types.js';
import { HTTP_METHODS, type OpenApiDocument, type Operation } from './load-spec.js';

export interface Route {
  vendor: VendorApi;
  method: string; // upper case
  template: string;
  operationId: string;
  operation: Operation;
  /** The path item's own parameters, shared by its operations. */
  pathParameters: unknown[];
  segments: Array<{ literal: string } | { param: string }>;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong_method'; vendor: VendorApi; allowed: string[] }
  | { kind: 'none'; vendor?: VendorApi };

export interface RouteTable {
  routes: Route[];
  /**
   * Match a request. A Host listed in a vendor's `hosts` sees only that vendor's routes; a path under `/<vendor>/`
   * sees only that vendor's routes with the prefix removed; any other path sees every vendor's routes.
   */
  match(method: string, path: string, host?: string): RouteMatch & { path: string; scope?: VendorApi };
}

/** Build the route table from every vendor's spec; literal segments win over {params}. */
export function buildRouteTable(entries: Array<{ vendor: VendorApi; spec: OpenApiDocument }>): RouteTable {
  const routes: Route[] = [];
  const owners: Array<{ prefix: string; vendor: VendorApi }> = [];
  for (const { vendor, spec } of entries) {
    const base = (vendor.basePath ?? '').replace(/\/+$/, '');
    for (const [specTemplate, item] of Object.entries(spec.paths ?? {})) {
      // x-sandbox-alias-of marks a path item that only respells another for outside tools (Prefinery's `.json`
      // forms, for Prism); the vendor's optionalPathSuffix already routes such requests to the original.
      if (!item || 'x-sandbox-alias-of' in item) continue;
      const template = base + specTemplate;
      const segments = splitPath(template).map((s) => (/^\{[^}]+\}$/.test(s) ? { param: s.slice(1, -1) } : { literal: s }));
      owners.push({ prefix: ownerPrefix(segments), vendor });
      for (const method of HTTP_METHODS) {
        const operation = item[method] as Operation | undefined;
        if (!operation) continue;
        if (!operation.operationId) throw new Error(`${vendor.spec}: ${method.toUpperCase()} ${template} has no operationId`);
        routes.push({
          vendor,
          method: method.toUpperCase(),
          template,
          operationId: operation.operationId,
          operation,
          pathParameters: (item.parameters as unknown[]) ?? [],
          segments,
        });
      }
    }
  }
  const bySize = new Map<number, Route[]>();
  for (const route of routes) {
    const list = bySize.get(route.segments.length) ?? [];
    list.push(route);
    bySize.set(route.segments.length, list);
  }
  for (const list of bySize.values()) list.sort(compareSpecificity);
  owners.sort((a, b) => b.prefix.length - a.prefix.length);

  const vendors = [...new Set(routes.map((r) => r.vendor))];
  const byHost = new Map(vendors.flatMap((v) => (v.hosts ?? []).map((h) => [h.toLowerCase(), v] as const)));

  return {
    routes,
    match(method, requestPath, host) {
      // Scopes, tried in order: the vendor a Host names (alone); else the vendor a /<vendor>/ prefix names, with the
      // prefix removed, then every vendor with the path as sent (a vendor's own paths may begin with its name).
      const hostVendor = host === undefined ? undefined : byHost.get(host.replace(/:\d+$/, '').toLowerCase());
      const prefixed = hostVendor ? undefined : vendors.find((v) => requestPath === `/${v.name}` || requestPath.startsWith(`/${v.name}/`));
      const scopes: Array<{ only?: VendorApi; path: string }> = hostVendor
        ? [{ only: hostVendor, path: requestPath }]
        : [...(prefixed ? [{ only: prefixed, path: requestPath.slice(prefixed.name.length + 1) || '/' }] : []), { path: requestPath }];

      for (const { only, path } of scopes) {
        const candidates: Array<{ route: Route; params: Record<string, string> }> = [];
        for (const route of candidatesFor(path, bySize)) {
          if (only && route.route.vendor !== only) continue;
          const params = matchSegments(route.route.segments, route.parts);
          if (params) candidates.push({ route: route.route, params });
        }
        const found = candidates.find((c) => c.route.method === method || (method === 'HEAD' && c.route.method === 'GET'));
        if (found) return { kind: 'found', ...found, path };
        if (candidates.length > 0) {
          return { kind: 'wrong_method', vendor: candidates[0].route.vendor, allowed: [...new Set(candidates.map((c) => c.route.method))], path };
        }
      }
      const scope = hostVendor ?? prefixed;
      if (scope) return { kind: 'none', vendor: scope, path: scopes[0].path, scope };
      const owner = owners.find((o) => requestPath.startsWith(o.prefix) && (requestPath.length === o.prefix.length || /^[/:.]/.test(requestPath.slice(o.prefix.length))));
      return { kind: 'none', vendor: owner?.vendor, path: requestPath };
    },
  };
}

// A vendor may let clients append a suffix such as ".json" to any path; try the path without it first, so
// /betas/1.json gives {beta_id: "1"} rather than "1.json", then the path as sent.
function* candidatesFor(path: string, bySize: Map<number, Route[]>) {
  const parts = splitPath(path);
  const last = parts[parts.length - 1] ?? '';
  for (const route of bySize.get(parts.length) ?? []) {
    const suffix = route.vendor.optionalPathSuffix;
    if (suffix && last.endsWith(suffix) && last.length > suffix.length) {
      yield { route, parts: [...parts.slice(0, -1), last.slice(0, -suffix.length)] };
    }
    yield { route, parts };
  }
}

function matchSegments(segments: Route['segments'], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if ('literal' in segment) {
      if (segment.literal !== parts[i]) return undefined;
    } else {
      if (parts[i] === '') return undefined;
      try {
        params[segment.param] = decodeURIComponent(parts[i]);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}

// Earlier literal segments rank first: /v1/subscribers:search beats /v1/subscribers/{id} where both could match.
function compareSpecificity(a: Route, b: Route): number {
  for (let i = 0; i < a.segments.length; i++) {
    const la = 'literal' in a.segments[i];
    const lb = 'literal' in b.segments[i];
    if (la !== lb) return la ? -1 : 1;
  }
  return 0;
}

function splitPath(path: string): string[] {
  return path.replace(/\/+$/, '').split('/').slice(1);
}

// The first two literal segments name a vendor's territory, so an unknown path under it gets that vendor's 404.
function ownerPrefix(segments: Route['segments']): string {
  const literals: string[] = [];
  for (const segment of segments) {
    if (!('literal' in segment) || literals.length === 2) break;
    literals.push(segment.literal);
  }
  return '/' + literals.join('/');
}
