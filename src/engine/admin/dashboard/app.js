// The sandbox dashboard: plain DOM over the admin API (/__sandbox/*), same origin, no build step, no dependencies.
// Live views (requests, outbox, webhooks, faults) poll once a second while they are shown.

const API = '/__sandbox';
const TOKEN_KEY = 'referral-sandbox.admin-token';
const POLL_MS = 1000;

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

class Unauthorized extends Error {}

const state = {
  authorized: false,
  vendors: [],
  view: 'requests',
  signatures: {},
  selectedRequest: undefined,
  selectedDelivery: undefined,
  clock: { now: '', frozen: false },
  pollTimer: undefined,
};

// ---- the admin API ----

async function api(path, { method = 'GET', body, query } = {}) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const params = new URLSearchParams(Object.entries(query ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  const url = `${API}${path}${params.size ? `?${params}` : ''}`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  if (response.status === 401) {
    askForToken(token ? 'The sandbox refused that token.' : undefined);
    throw new Unauthorized('The admin API needs the token.');
  }
  const text = await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) throw new Error(data?.error?.message ?? `${method} ${path}: ${response.status} ${response.statusText}`);
  return data;
}

// ---- small DOM helpers ----

function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const json = (value) => JSON.stringify(value, null, 2);
const shortTime = (iso) => (iso ? iso.slice(11, 23) : '');
const fullTime = (iso) => (iso ? `${iso.slice(0, 19).replace('T', ' ')} UTC` : '');
const statusClass = (status) => (status === 0 ? 'status-none' : `status-${String(status)[0]}xx`);

function formValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name || element.type === 'submit' || element.type === 'button' || element.type === 'file') continue;
    if (element.type === 'checkbox') {
      if (element.checked) values[element.name] = [...(values[element.name] ?? []), element.value];
    } else values[element.name] = element.value.trim();
  }
  return values;
}

let messageTimer;
function showMessage(text, kind = 'ok') {
  const box = $('#message');
  box.textContent = text;
  box.className = `message ${kind}`;
  box.hidden = false;
  clearTimeout(messageTimer);
  if (kind === 'ok') messageTimer = setTimeout(() => (box.hidden = true), 4000);
}

/** Run an action from a button or form: its error is shown, a missing token asks for one. */
async function act(work) {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof Unauthorized)) showMessage(error.message, 'error');
  }
}

function bodyBlock(message) {
  if (!message || !('body' in message)) return h('p', { class: 'muted' }, '(no body)');
  const text = typeof message.body === 'string' && message.truncated ? message.body : json(message.body);
  return h('div', null, message.truncated ? h('p', { class: 'muted' }, `truncated: the first 16 KiB of ${message.body_bytes} bytes`) : null, h('pre', { class: 'code' }, text));
}

function headersTable(headers) {
  const entries = Object.entries(headers ?? {});
  if (entries.length === 0) return h('p', { class: 'muted' }, '(none)');
  return h('table', { class: 'kv' }, h('tbody', null, entries.map(([name, value]) => h('tr', null, h('th', null, name), h('td', null, Array.isArray(value) ? value.join(', ') : value)))));
}

function setEmpty(section, isEmpty) {
  const note = $('.empty', section);
  if (note) note.hidden = !isEmpty;
}

// ---- the admin token ----

function askForToken(problem) {
  state.authorized = false;
  clearTimeout(state.pollTimer);
  $('#app').hidden = true;
  $('#tabs').hidden = true;
  $('#clock').textContent = '';
  $('#token-form').hidden = false;
  const error = $('#token-error');
  error.hidden = !problem;
  error.textContent = problem ?? '';
  $('#token-input').focus();
}

$('#token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('#token-input').value);
  $('#token-input').value = '';
  start();
});

// ---- vendors and tenants (shared by every filter) ----

async function loadVendors() {
  const { data } = await api('/vendors');
  state.vendors = data;
  for (const select of $$('select.vendor-select')) {
    const keep = select.value;
    const fixed = [...select.options].filter((option) => option.value === '');
    select.replaceChildren(...fixed, ...data.map((vendor) => h('option', { value: vendor.name }, vendor.title)));
    if ([...select.options].some((option) => option.value === keep)) select.value = keep;
  }
  const tenantIds = [...new Set(data.flatMap((vendor) => vendor.tenants.map((tenant) => tenant.id)))];
  $('#tenant-ids').replaceChildren(...tenantIds.map((id) => h('option', { value: id })));
}

function renderVendors() {
  $('#vendors').replaceChildren(
    ...state.vendors.map((vendor) =>
      h(
        'article',
        { class: 'panel vendor', 'data-vendor': vendor.name },
        h('h2', null, vendor.title, ' ', h('code', null, vendor.name)),
        h(
          'table',
          { class: 'list' },
          h('thead', null, h('tr', null, h('th', null, 'tenant'), h('th', null, 'credentials'), h('th', null, 'how to send them'), h('th', null, 'try it'))),
          h(
            'tbody',
            null,
            vendor.tenants.map((tenant) =>
              h(
                'tr',
                { 'data-tenant': tenant.id },
                h('td', null, h('strong', null, tenant.id)),
                h('td', null, Object.entries(tenant.credentials).map(([name, value]) => h('div', null, h('span', { class: 'muted' }, `${name}: `), h('code', null, value)))),
                h('td', { class: 'usage' }, tenant.usage),
                h('td', { class: 'curl' }, tenant.curl ? [h('code', null, tenant.curl), h('button', { type: 'button', class: 'secondary copy', onclick: () => copy(tenant.curl) }, 'Copy')] : h('span', { class: 'muted' }, 'see the docs')),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    showMessage('Copied.');
  } catch {
    showMessage('Copying was not allowed here; select the text instead.', 'error');
  }
}

$('#tenant-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    const { vendor, id } = formValues(event.target);
    const created = await api('/tenants', { method: 'POST', body: { vendor, ...(id ? { id } : {}) } });
    event.target.elements.id.value = '';
    showMessage(`New ${created.vendor} tenant "${created.tenant_id}": ${created.usage}`);
    await loadVendors();
    renderVendors();
  });
});

// ---- the request log ----

const entryKey = (entry) => (entry ? [entry.time, entry.method, entry.path, entry.query, entry.status, entry.duration_ms].join(' ') : '');

async function loadRequests(force) {
  const filters = formValues($('#request-filters'));
  // Two small calls say whether anything changed; the list itself is fetched only then.
  const [newest, { count }] = await Promise.all([api('/requests', { query: { ...filters, limit: 1 } }), api('/requests/count', { query: filters })]);
  const signature = JSON.stringify([filters, count, entryKey(newest.data[0])]);
  if (!force && signature === state.signatures.requests) return;
  const { data } = await api('/requests', { query: { ...filters, limit: 100 } });
  state.signatures.requests = signature;
  renderRequests(data, count);
}

function renderRequests(entries, count) {
  const selected = entryKey(state.selectedRequest);
  $('#request-count').textContent = `${count} request${count === 1 ? '' : 's'}${count > entries.length ? `, the newest ${entries.length} shown` : ''}`;
  $('#requests tbody').replaceChildren(
    ...entries.map((entry) =>
      h(
        'tr',
        { class: `clickable ${entryKey(entry) === selected ? 'selected' : ''}`, onclick: (event) => selectRequest(entry, event.currentTarget) },
        h('td', { title: fullTime(entry.time) }, shortTime(entry.time)),
        h('td', null, entry.method),
        h('td', { class: 'path' }, entry.path, entry.query ? h('span', { class: 'muted' }, `?${entry.query}`) : null),
        h('td', null, h('span', { class: `status ${statusClass(entry.status)}` }, entry.status === 0 ? 'none' : entry.status)),
        h('td', null, entry.vendor ?? ''),
        h('td', null, entry.operation_id ?? ''),
        h('td', null, entry.tenant ?? h('span', { class: 'muted', title: 'not authenticated' }, 'none')),
        h('td', { class: 'num' }, entry.duration_ms),
      ),
    ),
  );
  setEmpty($('#view-requests'), entries.length === 0);
}

function selectRequest(entry, row) {
  state.selectedRequest = entry;
  for (const other of $$('#requests tr.selected')) other.classList.remove('selected');
  row.classList.add('selected');
  const detail = $('#request-detail');
  detail.hidden = false;
  detail.replaceChildren(
    h('button', { type: 'button', class: 'close secondary', title: 'Close', onclick: () => ((detail.hidden = true), (state.selectedRequest = undefined), row.classList.remove('selected')) }, '×'),
    h('h3', null, `${entry.method} ${entry.path}${entry.query ? `?${entry.query}` : ''} `, h('span', { class: `status ${statusClass(entry.status)}` }, entry.status === 0 ? 'no answer' : entry.status)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'time'), h('dd', null, fullTime(entry.time)),
      h('dt', null, 'vendor'), h('dd', null, entry.vendor ?? '—'),
      h('dt', null, 'operation'), h('dd', null, entry.operation_id ?? '—'),
      h('dt', null, 'tenant'), h('dd', null, entry.tenant ?? 'unauthenticated'),
      h('dt', null, 'duration'), h('dd', null, `${entry.duration_ms} ms`),
      entry.fault ? [h('dt', null, 'fault'), h('dd', null, `${entry.fault.action} (${entry.fault.rule})`)] : null,
      entry.webhooks?.length ? [h('dt', null, 'webhooks'), h('dd', null, h('a', { href: '#webhooks' }, entry.webhooks.join(', ')))] : null,
    ),
    h('h4', null, 'Request headers'),
    headersTable(entry.request.headers),
    h('h4', null, 'Request body'),
    bodyBlock(entry.request),
    h('h4', null, 'Response headers'),
    headersTable(entry.response.headers),
    h('h4', null, 'Response body'),
    bodyBlock(entry.response),
  );
}

$('#request-filters').addEventListener('input', () => act(() => loadRequests(true)));
$('#clear-requests').addEventListener('click', () =>
  act(async () => {
    await api('/requests', { method: 'DELETE' });
    $('#request-detail').hidden = true;
    state.selectedRequest = undefined;
    await loadRequests(true);
  }),
);

// ---- the outbox ----

async function loadOutbox(force) {
  const filters = formValues($('#outbox-filters'));
  const { data } = await api('/outbox', { query: filters });
  const signature = JSON.stringify([filters, data.length, data[0]?.id]);
  if (!force && signature === state.signatures.outbox) return;
  state.signatures.outbox = signature;
  $('#outbox-count').textContent = `${data.length} email${data.length === 1 ? '' : 's'}`;
  $('#outbox').replaceChildren(
    ...data.map((mail) =>
      h(
        'article',
        { class: 'mail', 'data-id': mail.id },
        h(
          'header',
          null,
          h('h3', { class: 'subject' }, mail.subject),
          h('span', { class: 'tag' }, `${mail.vendor} · ${mail.tenant}`),
          h('dl', { class: 'facts' }, h('dt', null, 'From'), h('dd', { class: 'from' }, mail.from ?? '—'), h('dt', null, 'To'), h('dd', { class: 'to' }, mail.to), h('dt', null, 'Date'), h('dd', null, fullTime(mail.created_at))),
        ),
        h('div', { class: 'mail-body' }, mail.body),
        mail.data ? h('details', null, h('summary', null, 'data'), h('pre', { class: 'code' }, json(mail.data))) : null,
      ),
    ),
  );
  setEmpty($('#view-outbox'), data.length === 0);
}

$('#outbox-filters').addEventListener('input', () => act(() => loadOutbox(true)));

// ---- webhook deliveries ----

async function loadDeliveries(force) {
  const filters = formValues($('#webhook-filters'));
  const { data } = await api('/webhooks/deliveries', { query: filters });
  const signature = JSON.stringify([filters, data.map((d) => [d.id, d.status, d.attempts.length, d.next_attempt_at])]);
  if (!force && signature === state.signatures.webhooks) return;
  state.signatures.webhooks = signature;
  $('#deliveries tbody').replaceChildren(
    ...data.map((delivery) =>
      h(
        'tr',
        { class: `clickable ${delivery.id === state.selectedDelivery ? 'selected' : ''}`, 'data-id': delivery.id, onclick: () => showDelivery(delivery) },
        h('td', { title: fullTime(delivery.created_at) }, shortTime(delivery.created_at)),
        h('td', null, delivery.vendor),
        h('td', null, delivery.tenant),
        h('td', null, delivery.event_type),
        h('td', { class: 'path' }, delivery.url),
        h('td', null, h('span', { class: `badge delivery-${delivery.status}` }, delivery.status)),
        h('td', { class: 'num' }, delivery.attempts.length),
        h('td', null, delivery.next_attempt_at ? fullTime(delivery.next_attempt_at) : ''),
        h('td', null, h('button', { type: 'button', class: 'secondary redeliver', onclick: (event) => (event.stopPropagation(), redeliver(delivery.id)) }, 'Redeliver')),
      ),
    ),
  );
  setEmpty($('#view-webhooks'), data.length === 0);
  const shown = data.find((delivery) => delivery.id === state.selectedDelivery);
  if (shown) showDelivery(shown);
}

function showDelivery(delivery) {
  state.selectedDelivery = delivery.id;
  for (const row of $$('#deliveries tbody tr')) row.classList.toggle('selected', row.dataset.id === delivery.id);
  const detail = $('#delivery-detail');
  detail.hidden = false;
  detail.replaceChildren(
    h('button', { type: 'button', class: 'close secondary', title: 'Close', onclick: () => ((detail.hidden = true), (state.selectedDelivery = undefined)) }, '×'),
    h('h3', null, `${delivery.event_type} `, h('span', { class: `badge delivery-${delivery.status}` }, delivery.status)),
    h('dl', { class: 'facts' }, h('dt', null, 'id'), h('dd', null, delivery.id), h('dt', null, 'url'), h('dd', null, delivery.url), h('dt', null, 'created'), h('dd', null, fullTime(delivery.created_at)), delivery.note ? [h('dt', null, 'note'), h('dd', null, delivery.note)] : null),
    h('button', { type: 'button', onclick: () => redeliver(delivery.id) }, 'Redeliver'),
    h('h4', null, `Attempts (${delivery.attempts.length})`),
    delivery.attempts.length === 0
      ? h('p', { class: 'muted' }, 'None yet.')
      : h(
          'table',
          { class: 'list attempts' },
          h('thead', null, h('tr', null, h('th', null, 'started'), h('th', null, 'answer'), h('th', null, 'ms'), h('th', null, 'outcome'), h('th', null, 'response'))),
          h(
            'tbody',
            null,
            delivery.attempts.map((attempt) =>
              h(
                'tr',
                null,
                h('td', { title: fullTime(attempt.started_at) }, shortTime(attempt.started_at)),
                h('td', null, attempt.status ?? h('span', { class: 'status status-5xx' }, attempt.error ?? 'no answer'), attempt.error_message ? h('div', { class: 'muted' }, attempt.error_message) : null),
                h('td', { class: 'num' }, attempt.duration_ms),
                h('td', null, attempt.outcome),
                h('td', null, attempt.response_body ? h('code', null, attempt.response_body) : ''),
              ),
            ),
          ),
        ),
    h('h4', null, 'Headers'),
    headersTable(delivery.headers),
    h('h4', null, 'Payload'),
    h('pre', { class: 'code' }, typeof delivery.payload === 'string' ? delivery.payload : json(delivery.payload)),
  );
}

function redeliver(id) {
  return act(async () => {
    await api(`/webhooks/deliveries/${encodeURIComponent(id)}/redeliver`, { method: 'POST' });
    showMessage(`Delivery ${id} is being sent again.`);
    await loadDeliveries(true);
  });
}

$('#webhook-filters').addEventListener('input', () => act(() => loadDeliveries(true)));

// ---- the state browser ----

function fillStateTenants() {
  const vendor = state.vendors.find((v) => v.name === $('#state-filters').elements.vendor.value) ?? state.vendors[0];
  const select = $('#state-tenant');
  const keep = select.value;
  select.replaceChildren(...(vendor?.tenants ?? []).map((tenant) => h('option', { value: tenant.id }, tenant.id)));
  if ([...select.options].some((option) => option.value === keep)) select.value = keep;
}

async function loadState() {
  fillStateTenants();
  const { vendor, tenant } = formValues($('#state-filters'));
  if (!vendor) return;
  const { data } = await api('/state', { query: { vendor } });
  const collections = data[vendor]?.[tenant] ?? {};
  $('#record-detail').hidden = true;
  $('#state').replaceChildren(
    ...Object.entries(collections).map(([name, value]) =>
      h('section', { class: 'collection', 'data-collection': name }, h('h3', null, name, Array.isArray(value) ? h('span', { class: 'muted' }, ` (${value.length})`) : null), collectionView(name, value)),
    ),
  );
  if (Object.keys(collections).length === 0) $('#state').append(h('p', { class: 'muted' }, 'This tenant has no data.'));
}

const MAX_ROWS = 500;
const MAX_COLUMNS = 8;

function collectionView(name, value) {
  if (!Array.isArray(value) || !value.every((item) => item && typeof item === 'object' && !Array.isArray(item)) || value.length === 0) {
    return h('pre', { class: 'code' }, json(value));
  }
  const columns = [...new Set(value.slice(0, 50).flatMap((item) => Object.keys(item)))].slice(0, MAX_COLUMNS);
  const cell = (item) => {
    if (item === null || item === undefined) return h('span', { class: 'muted' }, item === null ? 'null' : '');
    const text = typeof item === 'object' ? JSON.stringify(item) : String(item);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  return h(
    'div',
    { class: 'scroll-x' },
    h(
      'table',
      { class: 'list' },
      h('thead', null, h('tr', null, columns.map((column) => h('th', null, column)))),
      h(
        'tbody',
        null,
        value.slice(0, MAX_ROWS).map((record, index) => h('tr', { class: 'clickable', onclick: (event) => showRecord(name, index, record, event.currentTarget) }, columns.map((column) => h('td', null, cell(record[column]))))),
      ),
    ),
    value.length > MAX_ROWS ? h('p', { class: 'muted' }, `The first ${MAX_ROWS} of ${value.length} records.`) : null,
  );
}

function showRecord(collection, index, record, row) {
  for (const other of $$('#state tr.selected')) other.classList.remove('selected');
  row.classList.add('selected');
  const detail = $('#record-detail');
  detail.hidden = false;
  detail.replaceChildren(
    h('button', { type: 'button', class: 'close secondary', title: 'Close', onclick: () => (detail.hidden = true) }, '×'),
    h('h3', null, `${collection}[${index}]`),
    h('pre', { class: 'code record' }, json(record)),
  );
}

$('#state-filters').addEventListener('input', () => act(loadState));
$('#state-refresh').addEventListener('click', () => act(loadState));

// ---- fault rules ----

function describeMatch(match) {
  const parts = Object.entries(match).map(([key, value]) => `${key}=${value}`);
  return parts.length ? parts.join(' ') : 'every request';
}

function describeAction(action) {
  if (action.type === 'error') return `error ${action.status}`;
  if (action.type === 'latency') return action.min_ms === action.max_ms ? `latency ${action.min_ms} ms` : `latency ${action.min_ms}-${action.max_ms} ms`;
  if (action.type === 'rate_limit') return `rate_limit, Retry-After ${action.retry_after_seconds} s`;
  return action.type;
}

function describeFrequency(rule) {
  const frequency = rule.frequency;
  if (frequency.type === 'times') return `${rule.remaining} of ${frequency.count} left`;
  if (frequency.type === 'probability') return `p=${frequency.probability}, seed ${frequency.seed}`;
  return 'always';
}

async function loadFaults(force) {
  const { data } = await api('/faults');
  const signature = JSON.stringify(data);
  if (!force && signature === state.signatures.faults) return;
  state.signatures.faults = signature;
  $('#faults tbody').replaceChildren(
    ...data.map((rule) =>
      h(
        'tr',
        { 'data-id': rule.id },
        h('td', null, h('code', null, rule.id)),
        h('td', null, describeMatch(rule.match)),
        h('td', null, describeAction(rule.action)),
        h('td', null, describeFrequency(rule)),
        h('td', { class: 'num' }, rule.applied),
        h('td', null, rule.source),
        h('td', null, h('button', { type: 'button', class: 'secondary remove', onclick: () => removeFault(rule.id) }, 'Remove')),
      ),
    ),
  );
  setEmpty($('#view-faults'), data.length === 0);
}

function removeFault(id) {
  return act(async () => {
    await api(`/faults/${encodeURIComponent(id)}`, { method: 'DELETE' });
    showMessage(`Removed ${id}.`);
    await loadFaults(true);
  });
}

function showActionFields() {
  const action = $('#fault-form').elements.action.value;
  for (const label of $$('#fault-form [data-for]')) label.hidden = label.dataset.for !== action;
}

$('#fault-form').elements.action.addEventListener('change', showActionFields);
$('#fault-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    const values = formValues(event.target);
    const rule = { action: values.action };
    for (const key of ['vendor', 'operation_id', 'method', 'path', 'tenant']) if (values[key]) rule[key] = values[key];
    const numbers = { error: ['status'], latency: ['min_ms', 'max_ms'], rate_limit: ['retry_after'] }[values.action] ?? [];
    for (const key of [...numbers, 'times', 'probability']) if (values[key] !== '') rule[key] = Number(values[key]);
    const added = await api('/faults', { method: 'POST', body: rule });
    showMessage(`Added ${added.id}: ${describeAction(added.action)} for ${describeMatch(added.match)}.`);
    await loadFaults(true);
  });
});
$('#clear-faults').addEventListener('click', () =>
  act(async () => {
    await api('/faults', { method: 'DELETE' });
    showMessage('Removed every rule added here (startup rules stay).');
    await loadFaults(true);
  }),
);

// ---- controls: reset, clock, seed, generate ----

async function loadControls() {
  renderClock();
  if ($('#collections').options.length > 0) return;
  // Collection names for "generate", from the state's lists.
  const { data } = await api('/state');
  const names = Object.entries(data).flatMap(([vendor, tenants]) => Object.entries(Object.values(tenants)[0] ?? {}).filter(([, value]) => Array.isArray(value)).map(([name]) => `${vendor}.${name}`));
  $('#collections').replaceChildren(...names.map((name) => h('option', { value: name })));
}

$('#reset-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    const { scenario, keep } = formValues(event.target);
    const result = await api('/reset', { method: 'POST', query: { scenario, keep: keep?.join(',') } });
    state.selectedRequest = undefined;
    state.selectedDelivery = undefined;
    state.signatures = {};
    showMessage(`Reset to the "${result.scenario}" scenario${result.kept.length ? `, keeping ${result.kept.join(', ')}` : ''}.`);
    await loadVendors();
    await refreshClock();
  });
});

$('#clock-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    const op = event.submitter?.value;
    const { set, advance } = formValues(event.target);
    const change = op === 'set' ? { set } : op === 'advance' ? { advance } : { freeze: !state.clock.frozen };
    state.clock = await api('/clock', { method: 'POST', body: change });
    renderClock();
    showMessage(op === 'freeze' ? (state.clock.frozen ? 'The clock is frozen.' : 'The clock runs again.') : `The sandbox clock reads ${fullTime(state.clock.now)}.`);
  });
});

$('#seed-form').elements.file.addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file) $('#seed-form').elements.scenario.value = await file.text();
});

$('#seed-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    let scenario;
    try {
      scenario = JSON.parse(event.target.elements.scenario.value);
    } catch (error) {
      throw new Error(`The scenario is not JSON: ${error.message}`);
    }
    const result = await api('/seed', { method: 'POST', body: scenario });
    showMessage(`Seeded ${result.vendors.join(', ')}.`);
    await loadVendors();
  });
});

$('#generate-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    const { collection, count, seed, tenant } = formValues(event.target);
    const result = await api('/generate', { method: 'POST', body: { counts: { [collection]: Number(count) }, ...(seed ? { seed: Number(seed) } : {}), ...(tenant ? { tenant } : {}) } });
    showMessage(`Generated ${Object.entries(result.counts).map(([name, n]) => `${n} ${name}`).join(', ')}.`);
  });
});

// ---- the clock in the header ----

async function refreshClock() {
  state.clock = await api('/clock');
  renderClock();
}

function renderClock() {
  const { now, frozen } = state.clock;
  $('#clock').textContent = `sandbox clock ${fullTime(now)}${frozen ? ' (frozen)' : ''}`;
  $('#clock').classList.toggle('frozen', frozen);
  $('#clock-now').textContent = fullTime(now);
  $('#clock-frozen').hidden = !frozen;
  $('#freeze-button').textContent = frozen ? 'Unfreeze' : 'Freeze';
}

// ---- views, polling, start ----

const VIEWS = {
  requests: { live: true, load: loadRequests },
  outbox: { live: true, load: loadOutbox },
  webhooks: { live: true, load: loadDeliveries },
  state: { load: loadState },
  vendors: { load: async () => (await loadVendors(), renderVendors()) },
  faults: { live: true, load: loadFaults },
  controls: { load: loadControls },
};

function showView() {
  if ($('#message').classList.contains('ok')) $('#message').hidden = true;
  const name = location.hash.slice(1);
  state.view = Object.hasOwn(VIEWS, name) ? name : 'requests';
  for (const section of $$('main > .view')) section.hidden = section.id !== `view-${state.view}`;
  for (const link of $$('#tabs a[data-tab]')) link.classList.toggle('active', link.dataset.tab === state.view);
  return act(() => VIEWS[state.view].load(true));
}

async function poll() {
  clearTimeout(state.pollTimer);
  if (!state.authorized) return;
  if (!document.hidden) {
    try {
      await refreshClock();
      if (VIEWS[state.view].live) await VIEWS[state.view].load(false);
    } catch (error) {
      if (error instanceof Unauthorized) return;
      showMessage(error.message, 'error');
    }
  }
  if (state.authorized) state.pollTimer = setTimeout(poll, POLL_MS);
}

async function start() {
  try {
    await api('/health');
    state.authorized = true;
    $('#token-form').hidden = true;
    $('#app').hidden = false;
    $('#tabs').hidden = false;
    await loadVendors();
    await refreshClock();
  } catch (error) {
    if (!(error instanceof Unauthorized)) showMessage(error.message, 'error');
    return;
  }
  await showView();
  clearTimeout(state.pollTimer);
  state.pollTimer = setTimeout(poll, POLL_MS);
}

window.addEventListener('hashchange', showView);
showActionFields();
start();
