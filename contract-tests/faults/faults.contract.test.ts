// Failure on demand, per vendor (issue 12): every action in the vendor's own format (the client checks each answer
// against the vendor's spec), the per-request header, no state change from an injected error, and a client that
// retries with backoff recovering after two injected 503s.
import { describe, expect } from 'vitest';
import { createVendorClient, defaultAuthHeaders, mockTest, type CallResult, type VendorClient } from '../support/client.js';

interface Probe {
  vendor: string;
  auth?: Record<string, string>;
  read: { path: string; operationId: string };
  write: { path: string; operationId: string; body: () => unknown; created: number };
  /** The vendor's error envelope, as a user's error handler reads it. */
  envelope: (status: number) => Record<string, unknown>;
  /** Headers the vendor documents on a 429. */
  rateLimitHeaders: string[];
}

let sequence = 0;
const PROBES: Probe[] = [
  {
    vendor: 'partnero',
    read: { path: '/v1/subscribers', operationId: 'listSubscribers' },
    write: { path: '/v1/subscribers', operationId: 'createSubscriber', body: () => ({ email: `fault-${++sequence}@example.com` }), created: 201 },
    envelope: (status) => (status === 429 ? { message: 'Too Many Attempts.', status: 0 } : { message: expect.any(String), status: 0 }),
    rateLimitHeaders: ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining'],
  },
  {
    vendor: 'prefinery',
    read: { path: '/api/v2/betas', operationId: 'listBetas' },
    write: { path: '/api/v2/betas/1/testers', operationId: 'createTester', body: () => ({ tester: { email: `fault-${++sequence}@example.com` } }), created: 201 },
    envelope: (status) => ({ errors: [{ code: status, message: expect.any(String) }] }),
    rateLimitHeaders: ['retry-after'],
  },
  {
    vendor: 'voucherify',
    read: { path: '/v1/vouchers/REFER-ALEX', operationId: 'getVoucher' },
    write: { path: '/v1/customers', operationId: 'createCustomer', body: () => ({ source_id: `fault-${++sequence}` }), created: 200 },
    envelope: (status) => ({ code: status, key: expect.any(String), message: expect.any(String), request_id: expect.stringMatching(/^v-/) }),
    rateLimitHeaders: ['retry-after', 'x-rate-limit-limit', 'x-rate-limit-remaining'],
  },
  {
    vendor: 'referralapi',
    read: { path: '/api/v1/campaign?id=3a6a4dd0-1055-4c3c-a531-7036793e10ee', operationId: 'getCampaign' },
    write: { path: '/api/v1/campaign', operationId: 'createCampaign', body: () => ({ url: 'example.com', name: `fault-${++sequence}` }), created: 200 },
    envelope: () => ({ error_code: expect.any(String), message: expect.any(String) }),
    rateLimitHeaders: ['retry-after'],
  },
  {
    vendor: 'pureprofile',
    auth: { Authorization: 'Bearer pp_sandbox_token' },
    read: { path: '/v1/panel/account', operationId: 'getAccount' },
    write: { path: '/v1/panel/refer-friends', operationId: 'referFriends', body: () => ({ emails: [`fault-${++sequence}@example.com`] }), created: 200 },
    envelope: (status) => ({ message: expect.any(String), errors: [{ message: expect.any(String) }] }),
    rateLimitHeaders: ['retry-after'],
  },
];

const get = (api: VendorClient, probe: Probe, headers: Record<string, string> = {}) => api.call('GET', probe.read.path, { headers, ...(probe.auth ? { auth: { ...probe.auth } } : {}) });
const post = (api: VendorClient, probe: Probe, headers: Record<string, string> = {}) =>
  api.call('POST', probe.write.path, { body: probe.write.body(), headers, ...(probe.auth ? { auth: { ...probe.auth } } : {}) });
const stateOf = async (api: VendorClient) => JSON.stringify((await api.admin.state()).data);

describe.each(PROBES.map((p) => [p.vendor, p] as const))('%s faults', (name, probe) => {
  const client = () => createVendorClient(name, probe.auth ? { mockAuth: probe.auth } : {});

  mockTest('error: each injected status in the vendor envelope, and a write changes nothing', async () => {
    const api = client();
    for (const status of [500, 502, 503]) {
      await api.admin.addFault({ operation_id: probe.read.operationId, action: 'error', status, times: 1 });
      const res = await get(api, probe);
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject(probe.envelope(status));
    }
    const before = await stateOf(api);
    await api.admin.addFault({ operation_id: probe.write.operationId, action: 'error', status: 503, times: 1 });
    expect((await post(api, probe)).status).toBe(503);
    expect(await stateOf(api)).toBe(before);
  });

  mockTest('rate_limit: a 429 in the vendor envelope with Retry-After and the vendor\'s headers', async () => {
    const api = client();
    await api.admin.addFault({ operation_id: probe.read.operationId, action: 'rate_limit', retry_after: 17 });
    const res = await get(api, probe);
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject(probe.envelope(429));
    expect(res.headers['retry-after']).toBe('17');
    for (const header of probe.rateLimitHeaders) expect(res.headers, header).toHaveProperty(header);
  });

  mockTest('Prefinery: an injected rate limit reports the documented 60 a minute on the testers it covers', async () => {
    const api = createVendorClient('prefinery');
    await api.admin.addFault({ operation_id: 'listTesters', action: 'rate_limit', retry_after: 5, times: 1 });
    const res = await api.call('GET', '/api/v2/betas/1/testers');
    expect(res.status).toBe(429);
    expect(res.headers).toMatchObject({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'retry-after': '5' });
    // Voucherify's: the project's 100 an hour.
    const voucherify = createVendorClient('voucherify');
    await voucherify.admin.addFault({ operation_id: 'listCustomers', action: 'rate_limit', retry_after: 5, times: 1 });
    expect((await voucherify.call('GET', '/v1/customers')).headers).toMatchObject({ 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0' });
  });

  mockTest('latency, reset and timeout: slow but real, a dropped connection, no answer', async () => {
    const api = client();
    await api.admin.addFault({ operation_id: probe.read.operationId, action: 'latency', ms: 40, times: 1 });
    expect((await get(api, probe)).status).toBe(200);
    expect((await api.admin.requests())[0].duration_ms).toBeGreaterThanOrEqual(35);
    await api.admin.addFault({ operation_id: probe.read.operationId, action: 'reset', times: 1 });
    await expect(get(api, probe)).rejects.toThrow(/socket hang up|ECONNRESET/);
    const url = await api.baseUrl();
    await api.admin.addFault({ operation_id: probe.read.operationId, action: 'timeout', times: 1 });
    const headers = probe.auth ?? defaultAuthHeaders(name);
    await expect(fetch(`${url}${probe.read.path}`, { headers, signal: AbortSignal.timeout(250) })).rejects.toThrow(/timeout|aborted/i);
  });

  mockTest('X-Sandbox-Fault applies to one request, and not once the tenant turns it off', async () => {
    const api = client();
    const res = await get(api, probe, { 'X-Sandbox-Fault': 'error=502' });
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject(probe.envelope(502));
    expect((await get(api, probe)).status).toBe(200);
    await api.admin.faultSettings({ header_faults: false });
    expect((await get(api, probe, { 'X-Sandbox-Fault': 'error=502' })).status).toBe(200);
  });

  mockTest('a client that retries with backoff recovers after two injected 503s, and the write happens once', async () => {
    const api = client();
    await api.admin.addFault({ operation_id: probe.write.operationId, action: 'error', status: 503, times: 2 });
    const body = probe.write.body();
    const send = () => api.call('POST', probe.write.path, { body, ...(probe.auth ? { auth: { ...probe.auth } } : {}) });
    const res = await withBackoff(send);
    expect(res.status).toBe(probe.write.created);
    const journal = (await api.admin.requests()).filter((e: { operation_id: string }) => e.operation_id === probe.write.operationId);
    expect(journal.map((e: { status: number }) => e.status).reverse()).toEqual([503, 503, probe.write.created]);
  });
});

/** What a careful integration does: retry 5xx and 429 with exponential backoff, a few times. */
async function withBackoff(send: () => Promise<CallResult>, retries = 3, baseMs = 5): Promise<CallResult> {
  for (let attempt = 0; ; attempt++) {
    const res = await send();
    if ((res.status < 500 && res.status !== 429) || attempt === retries) return res;
    await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** attempt));
  }
}

describe('emulated vendor rate limits', () => {
  mockTest('Voucherify: X-Rate-Limit-* on every answer; once on, the 101st call of the hour is a 429 until the clock moves', async () => {
    const api = createVendorClient('voucherify');
    const first = await api.call('GET', '/v1/vouchers/REFER-ALEX');
    expect(first.headers).toMatchObject({ 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '99' });
    expect(Number(first.headers['x-rate-limit-retry'])).toBeGreaterThan(Date.now() / 1000 - 5);
    await api.admin.faultSettings({ rate_limits: true });
    let last: CallResult | undefined;
    for (let i = 0; i < 101 && (!last || last.status === 200); i++) last = await api.call('GET', '/v1/vouchers/REFER-ALEX');
    expect(last!.status).toBe(429);
    expect(last!.body).toMatchObject({ code: 429, key: 'too_many_requests' });
    expect(last!.headers).toMatchObject({ 'x-rate-limit-remaining': '0', 'retry-after': expect.stringMatching(/^\d+$/) });
    await api.admin.advanceClock(3600);
    expect((await api.call('GET', '/v1/vouchers/REFER-ALEX')).status).toBe(200);
  });

  mockTest('Prefinery: 60 tester calls a minute per tenant, once on; another tenant has its own window', async () => {
    const api = createVendorClient('prefinery');
    await api.admin.faultSettings({ rate_limits: true });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await api.call('GET', '/api/v2/betas/1/testers')).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await api.call('GET', '/api/v2/betas')).status).toBe(200); // betas count against their own limit
    const other = await api.admin.createTenant();
    await api.admin.faultSettings({ tenant: other.tenant_id, rate_limits: true });
    expect((await api.call('GET', '/api/v2/betas', { auth: { Authorization: `Bearer ${other.credentials.bearerAuth}` } })).status).toBe(200);
  });
});
