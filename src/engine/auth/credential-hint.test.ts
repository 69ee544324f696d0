// A 401 says why, outside the vendor's body: whose credential was sent, and what the vendor expects.
import { Writable } from 'node:stream';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../server.js';

function withLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { app: createServer({ logger: { format: 'json', level: 'info', destination } }), lines };
}

describe('X-Sandbox-Hint on a 401', () => {
  it("a Partnero key on Voucherify's /v1/customers: the vendor's bare 401, and a hint naming both vendors", async () => {
    const { app, lines } = withLog();
    const res = await request(app).get('/v1/customers').set('Authorization', 'Bearer pn_sandbox_key');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 401, key: 'unauthorized' }); // Voucherify's own envelope, untouched
    const hint = res.headers['x-sandbox-hint'];
    expect(hint).toMatch(/^this Bearer token is partnero's \(tenant default\); \/v1\/customers is voucherify's: send voucherify's credentials \(voucherify expects X-App-Id header and X-App-Token header, or Authorization: Bearer; its sandbox defaults are in the start-up banner and GET \/__sandbox\/health\), or call partnero's paths/);
    const [entry] = (await request(app).get('/__sandbox/requests?limit=1')).body.data;
    expect(entry).toMatchObject({ status: 401, hint, credential: { vendor: 'partnero', tenant: 'default', presented: 'Bearer token', fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) } });
    expect(JSON.stringify(entry)).not.toContain('pn_sandbox_key');
    expect(lines.some((line) => JSON.parse(line).hint === hint)).toBe(true);
  });

  it('an unknown key: no tenant has it, and what the vendor expects', async () => {
    const app = createServer();
    const res = await request(app).get('/api/v2/betas').query({ api_key: 'nobody-has-this' });
    expect(res.status).toBe(401);
    expect(res.headers['x-sandbox-hint']).toMatch(/^no tenant of any vendor has the credentials sent; prefinery expects Authorization: Basic, or Authorization: Bearer, or \?api_key=; /);
    expect(res.headers['x-sandbox-hint']).not.toContain('prefinery_sandbox_key'); // names where credentials go, never their values
    const [entry] = (await request(app).get('/__sandbox/requests?limit=1')).body.data;
    expect(entry).toMatchObject({ status: 401, credential: null, hint: res.headers['x-sandbox-hint'] });
  });

  it("half of Voucherify's pair: recognised as voucherify's, but more is needed", async () => {
    const app = createServer();
    const res = await request(app).get('/v1/customers').set('X-App-Id', 'vf_sandbox_app_id');
    expect(res.status).toBe(401);
    expect(res.headers['x-sandbox-hint']).toMatch(/^this x-app-id header is voucherify's \(tenant default\), but the operation needs more or other credentials/);
  });

  it('a request that authenticates carries no hint', async () => {
    const res = await request(createServer()).get('/v1/program').set('Authorization', 'Bearer pn_sandbox_key');
    expect(res.status).toBe(200);
    expect(res.headers).not.toHaveProperty('x-sandbox-hint');
  });
});
