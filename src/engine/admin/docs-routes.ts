import { join } from 'node:path';
import type { NextFunction, Request, Response, Router } from 'express';
import { parse, parseDocument } from 'yaml';
import { specPath } from '../openapi/load-spec.js';
import { hasShipped, PACKAGE_ROOT, readShipped, readShippedText, SWAGGER_UI_FILES, swaggerUiDir } from '../shipped-files.js';
import type { VendorApi } from '../types.js';
import { requireToken, type AdminDeps } from './admin-router.js';
import { catchUp } from './dashboard-routes.js';
import { DOCS_CLIENT_JS, docsIndexPage, docsSpecPage } from './docs-page.js';


/** The admin API's own OpenAPI document (bearer scheme name used to prefill the admin token). */
export const ADMIN_SPEC_FILE = 'admin-openapi.yaml';
export const ADMIN_TOKEN_SCHEME = 'adminToken';

/**
 * /__sandbox/docs: an index of the APIs, each vendor's spec (deps.vendors[].spec in deps.specDir) and the admin API's
 * document rendered by Swagger UI, with this sandbox as the server and the default tenant's credentials prefilled.
 * Registered before the admin token check: the pages and Swagger UI's files hold nothing of the sandbox and are
 * public (the host and cross-site checks still apply); the documents and credentials they load need the token, which
 * the page asks for.
 */
export function addDocsRoutes(router: Router, deps: AdminDeps): void {
  const token = requireToken(deps.adminToken);
  const vendorOf = (name: string): VendorApi | undefined => (name === 'admin' ? undefined : deps.vendors.find((v) => v.name === name));
  const links = (req: Request) => ({ base: `${req.baseUrl}/docs`, vendors: deps.vendors.map((v) => ({ name: v.name, title: v.title })) });

  router.get('/docs', (req, res) => {
    html(res, docsIndexPage({ ...links(req), dashboard: `${req.baseUrl}/`, specs: deps.vendors.map((v) => ({ name: v.name, file: v.spec })) }));
  });

  router.get('/docs/docs.js', (_req, res) => {
    res.type('text/javascript').set('Cache-Control', 'no-cache').send(DOCS_CLIENT_JS);
  });

  router.get('/docs/assets/swagger-ui/:file', (req, res, next) => {
    const type = Object.hasOwn(SWAGGER_UI_FILES, req.params.file) ? SWAGGER_UI_FILES[req.params.file] : undefined;
    if (!type) return next();
    let body = swaggerFiles.get(req.params.file);
    try {
      body ??= readShipped(join(swaggerUiDir(), req.params.file)); // resolved on first use: a missing package fails this request only
    } catch (error) {
      return next(error);
    }
    swaggerFiles.set(req.params.file, body);
    res.type(type).send(body);
  });

  router.get('/docs/admin', (req, res) => {
    html(res, docsSpecPage({ ...links(req), current: 'admin', title: 'Admin API', spec: `${req.baseUrl}/docs/admin/openapi.json`, adminScheme: ADMIN_TOKEN_SCHEME }));
  });

  router.get('/docs/admin/openapi.:format', token, (req, res, next) => {
    const file = adminSpecFile();
    if (!file) return void res.status(404).json({ error: { message: `${ADMIN_SPEC_FILE} is not part of this install.` } });
    serveSpec(req, res, next, file, `${originOf(req)}${req.baseUrl}`, 'This sandbox’s admin API');
  });

  router.get('/docs/:vendor', (req, res, next) => {
    const vendor = vendorOf(String(req.params.vendor));
    if (!vendor || !deps.specDir) return next();
    const base = `${req.baseUrl}/docs/${vendor.name}`;
    html(res, docsSpecPage({ ...links(req), current: vendor.name, title: `${vendor.title} API`, spec: `${base}/openapi.json`, credentials: `${base}/credentials` }));
  });

  router.get('/docs/:vendor/openapi.:format', token, (req, res, next) => {
    const vendor = vendorOf(String(req.params.vendor));
    if (!vendor || !deps.specDir) return next();
    serveSpec(req, res, next, specPath(deps.specDir, vendor.spec), `${originOf(req)}${(vendor.basePath ?? '').replace(/\/+$/, '')}`, `This sandbox (${vendor.title})`);
  });

  // What "Try it out" is authorized with: the default tenant's credentials as the state holds them now.
  router.get('/docs/:vendor/credentials', token, catchUp(deps), (req, res, next) => {
    const vendor = vendorOf(String(req.params.vendor));
    if (!vendor) return next();
    const credentials = deps.store.tenantsOf(vendor.name).find((t) => t.id === 'default')?.credentials ?? vendor.defaultCredentials;
    res.json({ vendor: vendor.name, tenant: 'default', credentials, usage: vendor.describeCredentials(credentials) });
  });
}

/** A spec as JSON or YAML (comments kept), its `servers` replaced by this sandbox as the request reached it. */
function serveSpec(req: Request, res: Response, next: NextFunction, file: string, serverUrl: string, description: string): void {
  const format = req.params.format;
  if (format !== 'json' && format !== 'yaml') return next();
  const text = readSpecText(file);
  const servers = [{ url: serverUrl, description }];
  res.set('Cache-Control', 'no-store');
  if (format === 'json') return void res.json({ ...(parse(text) as object), servers });
  const doc = parseDocument(text);
  doc.set('servers', doc.createNode(servers));
  res.type('application/yaml').send(doc.toString({ lineWidth: 0 }));
}

const specTexts = new Map<string, string>();
function readSpecText(file: string): string {
  let text = specTexts.get(file);
  if (text === undefined) {
    text = readShippedText(file);
    specTexts.set(file, text);
  }
  return text;
}

/** The page's own origin (scheme, host and port the request came in on); the host was already checked. */
function originOf(req: Request): string {
  try {
    return new URL(`${req.protocol}://${req.get('host')}`).origin;
  } catch {
    // An unparsable Host can only get here with --allowed-hosts all: point the page at loopback instead of failing.
    return `${req.protocol}://127.0.0.1`;
  }
}

/** Swagger UI's files as read (from the installed package, or the executable's copy), once per process. */
const swaggerFiles = new Map<string, Buffer>();

let adminSpec: string | null | undefined;
/**
 * admin-openapi.yaml in src/engine/admin/ of the package (which must ship it) or of the executable. Undefined when
 * missing: /docs/admin/openapi.* is then a 404.
 */
function adminSpecFile(): string | undefined {
  if (adminSpec === undefined) {
    const candidate = join(PACKAGE_ROOT, 'src', 'engine', 'admin', ADMIN_SPEC_FILE);
    adminSpec = hasShipped(candidate) ? candidate : null;
  }
  return adminSpec ?? undefined;
}

// Swagger UI styles elements inline and shows data: images; scripts and requests stay on this origin, and no other
// site may frame the page (a framed "Try it out" could be clicked into a reset).
const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function html(res: Response, page: string): void {
  res.set(PAGE_HEADERS).type('html').send(page);
}

