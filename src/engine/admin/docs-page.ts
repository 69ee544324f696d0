// The pages of /__sandbox/docs: plain HTML around Swagger UI (swagger-ui-dist, served by the sandbox) and one small
// ES module that loads the spec with the admin token when one is set and prefills the default credentials.
// They are strings here so the built server (dist/) serves them without a copy step.

interface Links {
  /** The docs' base path, e.g. /__sandbox/docs. */
  base: string;
  vendors: Array<{ name: string; title: string }>;
}

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933; }
  .docs-nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; padding: .6rem 1.25rem; background: #1f2933; }
  .docs-nav a { color: #e4e7eb; text-decoration: none; }
  .docs-nav a:hover, .docs-nav a[aria-current] { color: #fff; text-decoration: underline; }
  .docs-nav strong { color: #fff; margin-right: .5rem; }
  .docs-main { max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
  .docs-main li { margin: .4rem 0; }
  .docs-main code { font-size: .9em; }
  .docs-box { max-width: 1460px; margin: 1rem auto 0; padding: .75rem 1.25rem; box-sizing: border-box; }
  .docs-box[hidden] { display: none; }
  #token-form input { font: inherit; padding: .3rem .5rem; width: 22rem; max-width: 100%; }
  #token-form button { font: inherit; padding: .3rem .9rem; }
  #docs-status { color: #b42318; }
`;

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · referral-sandbox</title>
${head}
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function nav(links: Links, current?: string): string {
  const item = (href: string, label: string, name?: string) => `<a href="${escapeHtml(href)}"${name !== undefined && name === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>`;
  return `<nav class="docs-nav"><strong>referral-sandbox</strong>${item(links.base, 'API docs', '')}${links.vendors.map((v) => item(`${links.base}/${v.name}`, v.title, v.name)).join('')}${item(`${links.base}/admin`, 'Admin API', 'admin')}</nav>`;
}

/** /__sandbox/docs: the five vendors (whatever the engine was given) and the admin API. */
export function docsIndexPage(links: Links & { dashboard: string; specs: Array<{ name: string; file: string }> }): string {
  const file = (name: string) => links.specs.find((s) => s.name === name)?.file ?? '';
  const rows = links.vendors.map(
    (v) =>
      `<li><a href="${escapeHtml(`${links.base}/${v.name}`)}">${escapeHtml(v.title)}</a> (<code>${escapeHtml(v.name)}</code>): <code>specs/${escapeHtml(file(v.name))}</code> as <a href="${escapeHtml(`${links.base}/${v.name}/openapi.json`)}">JSON</a> or <a href="${escapeHtml(`${links.base}/${v.name}/openapi.yaml`)}">YAML</a></li>`,
  );
  rows.push(
    `<li><a href="${escapeHtml(`${links.base}/admin`)}">Admin API</a> (<code>/__sandbox</code>): reset, seed, state, clock, outbox, requests, webhooks, faults, as <a href="${escapeHtml(`${links.base}/admin/openapi.json`)}">JSON</a> or <a href="${escapeHtml(`${links.base}/admin/openapi.yaml`)}">YAML</a></li>`,
  );
  return page(
    'API docs',
    `<link rel="icon" type="image/png" href="${escapeHtml(links.base)}/assets/swagger-ui/favicon-32x32.png">`,
    `${nav(links, '')}
<main class="docs-main">
<h1>API docs</h1>
<p>Each API as this sandbox serves it, rendered from its OpenAPI document. The sandbox is the server and the default
tenant's credentials are filled in, so <em>Try it out</em> sends real requests to this sandbox.</p>
<ul id="docs-apis">
${rows.join('\n')}
</ul>
<p>What the requests did: the <a href="${escapeHtml(links.dashboard)}">dashboard</a>.</p>
</main>`,
  );
}

/** One API in Swagger UI: the page loads `spec` (and `credentials`, or the admin token for `adminScheme`) itself. */
export function docsSpecPage(links: Links & { current: string; title: string; spec: string; credentials?: string; adminScheme?: string }): string {
  const data = [`data-spec="${escapeHtml(links.spec)}"`];
  if (links.credentials) data.push(`data-credentials="${escapeHtml(links.credentials)}"`);
  if (links.adminScheme) data.push(`data-admin-scheme="${escapeHtml(links.adminScheme)}"`);
  return page(
    links.title,
    `<link rel="icon" type="image/png" href="${escapeHtml(links.base)}/assets/swagger-ui/favicon-32x32.png">
<link rel="stylesheet" href="${escapeHtml(links.base)}/assets/swagger-ui/swagger-ui.css">`,
    `${nav(links, links.current)}
<form id="token-form" class="docs-box" hidden>
<label>This sandbox has an admin token (<code>SANDBOX_ADMIN_TOKEN</code>); enter it to load the docs:
<input id="token-input" type="password" autocomplete="off" required></label>
<button type="submit">Load</button>
<span id="token-refused" hidden>That token was refused.</span>
</form>
<p id="docs-status" class="docs-box" hidden></p>
<div id="swagger-ui" ${data.join(' ')}></div>
<script src="${escapeHtml(links.base)}/assets/swagger-ui/swagger-ui-bundle.js"></script>
<script type="module" src="${escapeHtml(links.base)}/docs.js"></script>`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** /__sandbox/docs/docs.js: fetch the spec (with the admin token once given), start Swagger UI, prefill credentials. */
export const DOCS_CLIENT_JS = `// referral-sandbox API docs: loads one OpenAPI document into Swagger UI.
const TOKEN_KEY = 'referral-sandbox.admin-token';
const root = document.getElementById('swagger-ui');
const { spec: specUrl, credentials: credentialsUrl, adminScheme } = root.dataset;

class TokenRefused extends Error {}

function adminToken() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

async function getJson(url) {
  const token = adminToken();
  const response = await fetch(url, { headers: token ? { Authorization: 'Bearer ' + token } : {} });
  if (response.status === 401) throw new TokenRefused();
  if (!response.ok) throw new Error(url + ' answered ' + response.status);
  return response.json();
}

function askForToken() {
  const form = document.getElementById('token-form');
  document.getElementById('token-refused').hidden = !adminToken();
  form.hidden = false;
  form.onsubmit = (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById('token-input').value.trim());
    form.hidden = true;
    start();
  };
  document.getElementById('token-input').focus();
}

// Swagger UI keeps credentials per security scheme: basic ones are "user:password", the rest a single value.
function authorize(ui, spec, credentials) {
  const schemes = (spec.components && spec.components.securitySchemes) || {};
  for (const [name, value] of Object.entries(credentials)) {
    const scheme = schemes[name];
    if (!scheme || typeof value !== 'string') continue;
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') {
      const colon = value.indexOf(':');
      ui.preauthorizeBasic(name, colon < 0 ? value : value.slice(0, colon), colon < 0 ? '' : value.slice(colon + 1));
    } else {
      ui.preauthorizeApiKey(name, value);
    }
  }
}

async function start() {
  let spec;
  let credentials = {};
  try {
    spec = await getJson(specUrl);
    if (credentialsUrl) credentials = (await getJson(credentialsUrl)).credentials;
    if (adminScheme && adminToken()) credentials = { [adminScheme]: adminToken() };
  } catch (error) {
    if (error instanceof TokenRefused) return askForToken();
    const status = document.getElementById('docs-status');
    status.textContent = 'Could not load the API document: ' + error.message;
    status.hidden = false;
    return;
  }
  const ui = window.SwaggerUIBundle({
    spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    displayRequestDuration: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    filter: true,
    validatorUrl: null,
    onComplete: () => authorize(ui, spec, credentials),
  });
  window.ui = ui;
}

start();
`;
