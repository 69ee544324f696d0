// Hostile input against all five vendors in one in-process sandbox: no request, seed or web page may poison, stall,
// pollute or read it (issue 9). Every test here failed on the code before the hardening.
import { request as httpRequest, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeadersFor } from '../contract-tests/support/client.js';
import { vendors } from './apis/index.js';
import { loadSpec, specPath } from './engine/openapi/load-spec.js';
import { buildRouteTable } from './engine/openapi/route-table.js';
import { createServer, SPEC_DIR } from './server.js';

const AUTH: Record<string, Record<string, string>> = {
  partnero: authHeadersFor('partnero', { bearerAuth: 'pn_sandbox_key' }),
  prefinery: authHeadersFor('prefinery', { basicAuth: 'prefinery_sandbox_key:' }),
  voucherify: authHeadersFor('voucherify', { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' }),
  referralapi: authHeadersFor('referralapi', { apiKey: 'ra_sandbox_key' }),
  pureprofile: { Authorization: 'Bearer pp_sandbox_token' },
};

/** One JSON write per vendor whose body has a free-form or nested part, and a read that needs credentials. */
const PROBES = {
  partnero: { write: '/v1/subscribers', body: (extra: string) => `{"email":"hostile@example.com",${extra}}`, read: '/v1/subscribers' },
  prefinery: { write: '/api/v2/betas/1/testers', body: (extra: string) => `{"tester":{"email":"hostile@example.com"},${extra}}`, read: '/api/v2/betas/1/testers' },
  voucherify: { write: '/v1/customers', body: (extra: string) => `{"source_id":"hostile","metadata":{${extra}}}`, read: '/v1/customers/cust_wkIwA8ub1XDDNCkit6OG1QdV' },
  referralapi: {
    write: '/api/v1/action/referral_link',
    body: (extra: string) => `{"campaign_id":"3a6a4dd0-1055-4c3c-a531-7036793e10ee","referral_code":"ABC623KC","action_type":"X","metadata":{${extra}}}`,
    read: '/api/v1/campaign',
  },
  pureprofile: { write: '/v1/panel/refer-friends', body: (extra: string) => `{"emails":["a@example.com"],${extra}}`, read: '/v1/panel/account' },
} as const;
const NAMES = Object.keys(PROBES) as Array<keyof typeof PROBES>;

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const state = async (app: ReturnType<typeof createServer>) => (await request(app).get('/__sandbox/state')).body;

describe('one request cannot hurt the next', () => {
  it.each(NAMES)('%s: a body nested 10,000 deep is a 400 in the envelope, and later writes in every vendor still succeed', async (name) => {
    const app = createServer();
    const probe = PROBES[name];
    const res = await request(app).post(probe.write).set(AUTH[name]).set('Content-Type', 'application/json').send(probe.body(`"deep":${deep(10_000)}`));
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/stack size/i);
    const after = await request(app).post('/v1/subscribers').set(AUTH.partnero).send({ email: `after-${name}@example.com` });
    expect(after.status).toBe(201);
    expect((await request(app).get(`/v1/subscribers/after-${name}@example.com`).set(AUTH.partnero)).status).toBe(200);
  });

  it.each(NAMES)('%s: an escaped "\\u005f_proto__" key is refused after parsing (400) and nothing is stored', async (name) => {
    const app = createServer();
    const before = JSON.stringify(await state(app));
    const res = await request(app).post(PROBES[name].write).set(AUTH[name]).set('Content-Type', 'application/json').send(PROBES[name].body('"\\u005f_proto__":{"polluted":1}'));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await state(app))).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validation cost is linear and its answer bounded', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
    });
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('health probes keep being answered while 1 MiB arrays of wrong items arrive one after another', async () => {
    // 500,000 wrong holders: each such body took minutes before (quadratic error handling), blocking everything.
    const hostile = JSON.stringify({ holders: Array(500_000).fill(1) }); // 1,000,013 bytes, under the 1 MiB limit
    const headers = { ...AUTH.voucherify, 'Content-Type': 'application/json' };
    let chainDone = false;
    let probesDuringChain = 0;
    const probing = (async () => {
      while (!chainDone) {
        const health = await send('/__sandbox/health', {});
        expect(health.status).toBe(200);
        if (!chainDone) probesDuringChain += 1;
      }
    })();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await send('/v1/referrals/members/REFER-ALEX/holders', headers, hostile));
    chainDone = true;
    await probing;
    for (const r of answers) {
      expect(r.status).toBe(400);
      expect(JSON.parse(r.text)).toMatchObject({ key: 'invalid_payload', details: expect.stringMatching(/holders/) });
      expect(r.text.length).toBeLessThan(4096);
    }
    // Not a wall-clock bound: the other requests are answered in between, so no single hostile body holds the server.
    expect(probesDuringChain).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('an error body lists at most 20 issues however many the request has (Pureprofile, 16,000 wrong emails)', async () => {
    const res = await send('/v1/panel/refer-friends', { ...AUTH.pureprofile, 'Content-Type': 'application/json' }, JSON.stringify({ emails: Array.from({ length: 1500 }, (_, i) => i) }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors.length).toBeLessThanOrEqual(20);
    const big = await send('/v1/panel/refer-friends', { ...AUTH.pureprofile, 'Content-Type': 'application/json' }, JSON.stringify({ emails: Array.from({ length: 16_000 }, (_, i) => i) }));
    expect(big.status).toBe(400);
    expect(big.text.length).toBeLessThan(4096);
  });
});

describe('nothing keyed by outside input reaches a prototype', () => {
  const RESERVED_TENANTS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'bad id', '', 'x'.repeat(65)];

  it.each(RESERVED_TENANTS)('tenant id %j is a 400 on /__sandbox/tenants and /__sandbox/seed, and authentication still holds', async (id) => {
    const app = createServer();
    const before = JSON.stringify(await state(app));
    expect((await request(app).post('/__sandbox/tenants').send({ vendor: 'partnero', id })).status).toBe(400);
    const seed = { partnero: { tenants: [{ id, data: { authorization: 'Bearer pn_sandbox_key' } }] } };
    expect((await request(app).post('/__sandbox/seed').send(seed)).status).toBe(400);
    expect(JSON.stringify(await state(app))).toBe(before);
    expect(Object.prototype).not.toHaveProperty('authorization');
    expect((await request(app).get('/v1/subscribers')).status).toBe(401);
    expect((await request(app).get('/v1/subscribers').set('Authorization', 'Bearer wrong')).status).toBe(401);
  });

  const QUERIES = ['__proto__[x]=1', 'constructor[prototype][x]=1', 'a[__proto__][b]=1', '%5F%5Fproto%5F%5F[x]=1', 'x[constructor]=1', 'constructor=1'];

  it.each(NAMES.flatMap((name) => QUERIES.map((q) => [name, q] as const)))('%s ?%s: 401 without credentials, a 4xx in the envelope with them', async (name, query) => {
    const app = createServer({ only: [name], validateResponses: true });
    const path = `${PROBES[name].read}?${query}`;
    expect((await request(app).get(path)).status).toBe(401);
    const res = await request(app).get(path).set(AUTH[name]);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toBeTypeOf('object');
  });

  it('record ids named like prototype members are plain misses', async () => {
    const app = createServer({ validateResponses: true });
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect((await request(app).get(`/v1/subscribers/${id}`).set(AUTH.partnero)).status).toBe(404);
      expect((await request(app).get(`/v1/customers/${id}`).set(AUTH.voucherify)).status).toBe(404);
      expect((await request(app).get(`/api/v2/betas/1/testers/${id}`).set(AUTH.prefinery)).status).toBe(404);
    }
  });
});

describe('web pages cannot drive or read the admin API', () => {
  it('a cross-site text/plain POST cannot reset or seed (415), a foreign Origin or Fetch-Metadata is 403', async () => {
    const app = createServer();
    const before = JSON.stringify(await state(app));
    const seed = JSON.stringify({ partnero: { tenants: [{ id: 'default', data: { program: { name: 'pwned' } } }] } });
    expect((await request(app).post('/__sandbox/reset?scenario=empty').set('Content-Type', 'text/plain').send('x')).status).toBe(415);
    expect((await request(app).post('/__sandbox/seed').set('Content-Type', 'text/plain').send(seed)).status).toBe(415);
    expect((await request(app).post('/__sandbox/reset?scenario=empty').set('Origin', 'http://evil.example')).status).toBe(403);
    expect((await request(app).post('/__sandbox/seed').set('Origin', 'null').set('Content-Type', 'application/json').send(seed)).status).toBe(403);
    expect((await request(app).post('/__sandbox/reset?scenario=empty').set('Sec-Fetch-Site', 'cross-site')).status).toBe(403);
    expect(JSON.stringify(await state(app))).toBe(before);
  });

  it('the sandbox\'s own pages and scripts without an Origin still work', async () => {
    const app = createServer();
    const sameOrigin = await request(app).post('/__sandbox/reset').set('Host', 'localhost:4010').set('Origin', 'http://localhost:4010').set('Sec-Fetch-Site', 'same-origin');
    expect(sameOrigin.status).toBe(200);
    expect((await request(app).post('/__sandbox/reset')).status).toBe(200);
  });

  it('a foreign Host (DNS rebinding) cannot read credentials; loopback names and IP literals can', async () => {
    const app = createServer();
    const rebound = await request(app).get('/__sandbox/state').set('Host', 'rebind.attacker.example');
    expect(rebound.status).toBe(403);
    expect(rebound.text).not.toContain('pn_sandbox_key');
    for (const host of ['localhost:4010', '127.0.0.1:4010', '[::1]:4010', 'sandbox.localhost']) {
      expect((await request(app).get('/__sandbox/health').set('Host', host)).status).toBe(200);
    }
  });

  it('vendor routes apply the same Host rule, answering 403 in the vendor envelope, unless the name is allowed', async () => {
    const app = createServer();
    const refused = await request(app).get('/v1/subscribers').set(AUTH.partnero).set('Host', 'rebind.attacker.example');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ message: expect.any(String), status: 0 });
    const allowed = createServer({ allowedHosts: ['.sandbox.test'] });
    expect((await request(allowed).get('/v1/subscribers').set(AUTH.partnero).set('Host', 'api.sandbox.test')).status).toBe(200);
    expect((await request(allowed).get('/__sandbox/health').set('Host', 'sandbox.test')).status).toBe(200);
    const open = createServer({ vendorRoutesAnyHost: true });
    expect((await request(open).get('/v1/subscribers').set(AUTH.partnero).set('Host', 'lan-name')).status).toBe(200);
    expect((await request(open).get('/__sandbox/state').set('Host', 'lan-name')).status).toBe(403);
  });
});

describe('Content-Encoding', () => {
  it('a gzip body is decoded; an unknown coding is 415 in the envelope; a zip bomb is 413', async () => {
    const server = await new Promise<Server>((resolve) => {
      const s = createServer({ validateResponses: true }).listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1/subscribers`;
    const post = (encoding: string, body: Buffer | string) =>
      fetch(url, { method: 'POST', headers: { ...AUTH.partnero, 'Content-Type': 'application/json', 'Content-Encoding': encoding }, body });
    try {
      const created = await post('gzip', gzipSync(JSON.stringify({ email: 'gzip@example.com' })));
      expect(created.status).toBe(201);
      expect(JSON.stringify(await created.json())).toContain('"email":"gzip@example.com"');
      const unknown = await post('compress', '{"email":"c@example.com"}');
      expect(unknown.status).toBe(415);
      expect(await unknown.json()).toMatchObject({ status: 0 });
      expect((await post('gzip', gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)))).status).toBe(413);
      expect((await post('gzip', 'not gzip at all')).status).toBe(400);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('hostile seeds', () => {
  const HOSTILE: Array<[string, unknown]> = [
    ['partnero', { subscribers: 'x' }],
    ['partnero', { subscribers: [1, null, 'a'] }],
    ['partnero', { subscribers: [{ id: 'no-email' }] }],
    ['partnero', { subscribers: [{ key: 'sub_fixture_1', email: 42 }] }],
    ['partnero', { subscribers: [{ key: 'sub_fixture_1', status: null }] }],
    ['partnero', { program: null }],
    ['prefinery', { testers: [{ id: 1, email: null }] }],
    ['prefinery', { betas: [{ id: 1, friend_invitations_allowed: 'five' }] }],
    ['voucherify', { customers: 'x' }],
    ['voucherify', { vouchers: [{ id: 'v_dangling', code: 'DANGLING', campaign_id: 'camp_missing' }] }],
    ['referralapi', { counters: null }],
    ['referralapi', { referral_links: {} }],
    ['referralapi', { settings: { max_referral_links: 'x' } }],
    ['referralapi', { referred_users: [{ id: 9, referral_link_id: 999, referred_user_id: 'ghost' }] }],
    ['pureprofile', { panelists: [{ id: 'only-an-id' }] }],
    ['pureprofile', { tokens: 'x' }],
    ['pureprofile', { panels: [{ id: '9d9032bf-205b-44a2-ab00-ae8d0b77f7fa', max_referral_emails: 'ten' }] }],
  ];

  const table = buildRouteTable(vendors.map((vendor) => ({ vendor, spec: loadSpec(specPath(SPEC_DIR, vendor.spec)) })));

  /** Every GET route of a vendor, its parameters filled with ids found in the tenant's state (and a miss). */
  function readPaths(name: string, tenantState: unknown): string[] {
    const values = new Set<string>(['missing-1']);
    JSON.stringify(tenantState, (key, value) => {
      if (values.size < 12 && /(^|_)(id|code|email|user)$/.test(key) && (typeof value === 'string' || typeof value === 'number')) values.add(String(value));
      return value;
    });
    return table.routes
      .filter((r) => r.vendor.name === name && r.method === 'GET')
      .flatMap((r) => [...values].map((v) => r.template.replace(/\{[^}]+\}/g, encodeURIComponent(v))));
  }

  it.each(HOSTILE)('%s %j is a 400 naming the path, changes nothing, and every read route stays below 500', async (name, data) => {
    const app = createServer();
    const before = JSON.stringify(await state(app));
    const res = await request(app).post('/__sandbox/seed').send({ [name]: { tenants: [{ id: 'default', data }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(new RegExp(`^${name}\\.tenants\\[0\\]`));
    expect(JSON.stringify(await state(app))).toBe(before);

    // The same document aimed at a second tenant must not disturb the default one either.
    expect((await request(app).post('/__sandbox/seed').send({ [name]: { tenants: [{ id: 'other', data }] } })).status).toBe(400);
    const tenantState = (await state(app)).data[name].default;
    for (const path of readPaths(name, tenantState)) {
      for (const headers of [AUTH[name], {}, { Authorization: 'Bearer unknown-token' }]) {
        const read = await request(app).get(path).set(headers);
        expect(read.status, `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      }
    }
  });

  it('a seed cannot give a second tenant the default tenant\'s key, or credentials that are not strings', async () => {
    const app = createServer();
    expect((await request(app).post('/__sandbox/seed').send({ partnero: { tenants: [{ id: 'twin', credentials: { bearerAuth: 'pn_sandbox_key' } }] } })).status).toBe(400);
    expect((await request(app).post('/__sandbox/seed').send({ partnero: { tenants: [{ id: 'num', credentials: { bearerAuth: 42 } }] } })).status).toBe(400);
    expect((await request(app).post('/__sandbox/seed').send({ partnero: { tenants: [{ id: 'odd', credentials: { nope: 'x' } }] } })).status).toBe(400);
    expect((await state(app)).tenants.partnero.map((t: { id: string }) => t.id)).toEqual(['default']);
  });

  it('a valid partial record gets the vendor defaults and works through the API', async () => {
    const app = createServer({ validateResponses: true });
    const seeded = await request(app).post('/__sandbox/seed').send({ partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email: 'partial@example.com' }] } }] } });
    expect(seeded.status).toBe(200);
    const res = await request(app).get('/v1/subscribers/partial@example.com').set(AUTH.partnero);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ email: 'partial@example.com' });
  });
});

describe('web pages cannot write through vendor routes either', () => {
  it('a cross-site form POST with Prefinery\'s public ?api_key= is a 403 and creates nothing', async () => {
    const app = createServer();
    const before = JSON.stringify(await state(app));
    const res = await request(app)
      .post('/api/v2/betas/1/testers?api_key=prefinery_sandbox_key')
      .set('Origin', 'https://evil.example')
      .set('Sec-Fetch-Site', 'cross-site')
      .type('form')
      .send('tester[email]=pwned@evil.example');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ errors: [{ code: 403 }] });
    expect(JSON.stringify(await state(app))).toBe(before);
    // Reads are not writes, and requests without browser headers are not from a page.
    expect((await request(app).get('/api/v2/betas?api_key=prefinery_sandbox_key').set('Origin', 'https://evil.example')).status).toBe(200);
    expect((await request(app).post('/api/v2/betas/1/testers?api_key=prefinery_sandbox_key').type('form').send('tester[email]=script@example.com')).status).toBe(201);
  });
});

describe('--cors', () => {
  it('lets browser clients of any origin call vendor routes, never the admin API', async () => {
    const app = createServer({ cors: true });
    const preflight = await request(app).options('/v1/subscribers').set('Origin', 'http://localhost:3000').set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const created = await request(app).post('/v1/subscribers').set(AUTH.partnero).set('Origin', 'http://localhost:3000').set('Sec-Fetch-Site', 'cross-site').send({ email: 'browser@example.com' });
    expect(created.status).toBe(201);
    expect(created.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const admin = await request(app).get('/__sandbox/state').set('Origin', 'http://localhost:3000');
    expect(admin.headers['access-control-allow-origin']).toBeUndefined();
    expect((await request(createServer()).get('/v1/subscribers').set(AUTH.partnero).set('Origin', 'http://localhost:3000')).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('pages linked from other sites', () => {
  it('a link to the dashboard opens it; the same cross-site request for data is still refused', async () => {
    const app = createServer();
    const navigate = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' };
    expect((await request(app).get('/__sandbox/').set(navigate)).status).toBe(200);
    expect((await request(app).get('/__sandbox/docs').set(navigate)).status).toBe(200);
    expect((await request(app).get('/__sandbox/state').set(navigate)).status).toBe(403);
    expect((await request(app).get('/__sandbox/').set({ 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' })).status).toBe(403);
  });
});
