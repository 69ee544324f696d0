import { join } from 'node:path';
import type { Request, Response, Router } from 'express';
import { loadSpec, resolveRef, specPath } from '../openapi/load-spec.js';
import type { Tenant, VendorApi } from '../types.js';
import { hasShipped, PACKAGE_ROOT, readShipped } from '../shipped-files.js';
import { requireToken, type AdminDeps } from './admin-router.js';

/**
 * The dashboard's static files: src/engine/admin/dashboard/ in the package (which ships the folder) or inside the
 * executable. Undefined when they are missing: the page is then a 500 saying so, and the admin API works on.
 */
export const DASHBOARD_DIR = findDashboardDir();

const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

// The page talks only to its own origin, runs only its own script and may not be framed (a framed page could be
// clicked into a reset).
const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * /__sandbox/ (the dashboard page and its assets, served without the admin token: they hold no data) and
 * GET /__sandbox/vendors (behind the token like the rest: each vendor's tenants, credentials and a copy-ready curl).
 * Registered before the admin router's token check.
 */
export function addDashboardRoutes(router: Router, deps: AdminDeps): void {
  router.get('/', (req, res) => {
    // Only /__sandbox/ itself: relative asset URLs and bookmarks want the trailing slash.
    if (!req.originalUrl.split('?')[0].endsWith('/')) return void res.redirect(302, `${req.baseUrl}/`);
    sendFile(res, 'index.html', 'text/html; charset=utf-8');
  });

  router.get('/assets/:name', (req, res, next) => {
    const type = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
    if (!type) return next();
    sendFile(res, req.params.name, type);
  });

  router.get('/vendors', requireToken(deps.adminToken), catchUp(deps), (req, res) => {
    const origin = `${req.protocol}://${req.headers.host}`;
    res.json({
      data: deps.vendors.map((vendor) => ({
        name: vendor.name,
        title: vendor.title,
        tenants: deps.store.tenantsOf(vendor.name).map((tenant) => ({
          id: tenant.id,
          credentials: tenant.credentials,
          usage: vendor.describeCredentials(tenant.credentials),
          curl: exampleCurl(deps, vendor, tenant, origin),
        })),
      })),
    });
  });
}

/**
 * Routes registered before the admin router's catch-up (the dashboard's and docs' token-guarded reads): on a team store
 * they wait for the store and read what every replica wrote, as the admin API's own reads do.
 */
export function catchUp(deps: AdminDeps) {
  return (_req: Request, _res: Response, next: (error?: unknown) => void) => {
    if (!deps.store.shared) return next();
    (deps.ready ?? Promise.resolve()).then(() => deps.store.refreshAll()).then(() => next(), next);
  };
}

/** GET / (exactly) redirects to the dashboard; every other path stays the vendors'. */
export function redirectToDashboard(_req: Request, res: Response): void {
  res.redirect(302, '/__sandbox/');
}

function sendFile(res: Response, name: string, type: string): void {
  if (!DASHBOARD_DIR) return void res.status(500).json({ error: { message: 'The dashboard files (src/engine/admin/dashboard/) are missing from this installation.' } });
  res.set({ ...PAGE_HEADERS, 'Content-Type': type }).send(readShipped(join(DASHBOARD_DIR, name)));
}

type SchemeObject = { type?: string; scheme?: string; in?: string; name?: string };
type ParameterObject = { name: string; in: string; required?: boolean; example?: unknown; schema?: { example?: unknown; default?: unknown } };

/**
 * A curl for the tenant, sending its credentials as the vendor's spec says: the first GET that needs no parameter,
 * else the first whose required parameters have examples, else the first GET with `<name>` placeholders to fill in.
 */
function exampleCurl(deps: AdminDeps, vendor: VendorApi, tenant: Tenant, origin: string): string | null {
  if (!deps.specDir) return null;
  const doc = loadSpec(specPath(deps.specDir, vendor.spec));
  const schemes = (doc.components?.securitySchemes ?? {}) as Record<string, SchemeObject>;
  const candidates = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => {
    const operation = item?.get;
    if (!operation) return [];
    const requirements = operation.security ?? doc.security ?? [{}];
    const usable = requirements.find((requirement) => Object.keys(requirement).every((name) => tenant.credentials[name] !== undefined && schemes[name]));
    if (!usable) return [];
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef<ParameterObject>(doc, p as ParameterObject));
    const required = parameters.filter((p) => p.required || p.in === 'path');
    const example = (p: ParameterObject) => p.example ?? p.schema?.example ?? p.schema?.default;
    const rank = required.length === 0 ? 0 : required.every((p) => example(p) !== undefined) ? 1 : 2;
    return [{ path, usable, required, example, rank }];
  });
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  if (!best) return null;
  const value = (p: ParameterObject) => (best.example(p) !== undefined ? encodeURIComponent(String(best.example(p))) : `<${p.name}>`);
  const args: string[] = [];
  const query = best.required.filter((p) => p.in === 'query').map((p) => `${encodeURIComponent(p.name)}=${value(p)}`);
  for (const header of best.required.filter((p) => p.in === 'header')) args.push(`-H ${quote(`${header.name}: ${value(header)}`)}`);
  for (const name of Object.keys(best.usable)) {
    const scheme = schemes[name];
    const credential = tenant.credentials[name];
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') args.push(`-u ${quote(credential.includes(':') ? credential : `${credential}:`)}`);
    else if (scheme.type === 'http') args.push(`-H ${quote(`Authorization: Bearer ${credential}`)}`);
    else if (scheme.type === 'apiKey' && scheme.in === 'header') args.push(`-H ${quote(`${scheme.name}: ${credential}`)}`);
    else if (scheme.type === 'apiKey' && scheme.in === 'query') query.push(`${encodeURIComponent(scheme.name ?? name)}=${encodeURIComponent(credential)}`);
    else return null;
  }
  const path = best.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = best.required.find((p) => p.in === 'path' && p.name === name);
    return parameter ? value(parameter) : `<${name}>`;
  });
  const base = (vendor.basePath ?? '').replace(/\/+$/, '');
  return ['curl -s', ...args, quote(`${origin}${base}${path}${query.length ? `?${query.join('&')}` : ''}`)].join(' ');
}

/** Single-quoted for a POSIX shell when it needs quoting at all. */
function quote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function findDashboardDir(): string | undefined {
  const dir = join(PACKAGE_ROOT, 'src', 'engine', 'admin', 'dashboard');
  return hasShipped(join(dir, 'index.html')) ? dir : undefined;
}
