// Every vendor owns its URLs: a path no route matches is answered in the envelope of the vendor whose credentials
// the request carries, and every vendor is reachable under /<vendor>/ (issue 18).
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createServer } from './server.js';

const CASES = [
  { vendor: 'partnero', headers: { Authorization: 'Bearer pn_sandbox_key' }, envelope: { message: expect.any(String), status: 0 } },
  { vendor: 'prefinery', headers: { Authorization: 'Bearer prefinery_sandbox_key' }, envelope: { errors: [{ code: 404, message: expect.any(String) }] } },
  { vendor: 'voucherify', headers: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' }, envelope: { code: 404, key: 'not_found', request_id: expect.stringMatching(/^v-/) } },
  { vendor: 'referralapi', headers: { 'api-key': 'ra_sandbox_key' }, envelope: { error_code: 'NOT_FOUND', message: expect.any(String) } },
  { vendor: 'pureprofile', headers: { Authorization: 'Bearer pp_sandbox_token' }, envelope: { message: expect.any(String), errors: expect.any(Array) } },
  { vendor: 'pureprofile', headers: { Authorization: `Basic ${Buffer.from('pp_partner:pp_partner_secret').toString('base64')}` }, envelope: { message: expect.any(String), errors: expect.any(Array) } },
];

describe('a path no route matches', () => {
  const app = createServer();

  it.each(CASES)('carrying $vendor credentials is a 404 in $vendor\'s envelope (e.g. Voucherify POST /v1/loyalties, not emulated)', async ({ headers, envelope }) => {
    for (const path of ['/v1/loyalties', '/v1/unknown/thing', '/api/v9/nothing']) {
      const res = await request(app).post(path).set(headers).send({});
      expect(res.status, path).toBe(404);
      expect(res.body, path).toMatchObject(envelope);
    }
  });

  it('with no credentials falls back to the path owner, then to a vendor-less body', async () => {
    expect((await request(app).get('/v1/subscribers/a/b/c')).body).toMatchObject({ status: 0 }); // Partnero's /v1/subscribers
    const nobody = await request(app).get('/v1/loyalties');
    expect(nobody.status).toBe(404);
    expect(nobody.body).toEqual({ message: 'No route for GET /v1/loyalties.' });
  });

  it('with a credential nobody knows is not attributed to anyone', async () => {
    expect((await request(app).get('/v1/loyalties').set('Authorization', 'Bearer nobody')).body).toEqual({ message: 'No route for GET /v1/loyalties.' });
  });
});

describe('/<vendor>/ prefix', () => {
  const app = createServer({ validateResponses: true });

  it('serves every vendor under its own name, and an unknown path there in its envelope', async () => {
    const headers = { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' };
    expect((await request(app).get('/voucherify/v1/vouchers/REFER-ALEX').set(headers)).status).toBe(200);
    expect((await request(app).get('/partnero/v1/subscribers').set('Authorization', 'Bearer pn_sandbox_key')).status).toBe(200);
    expect((await request(app).get('/prefinery/api/v2/betas.json').set('Authorization', 'Bearer prefinery_sandbox_key')).status).toBe(200);
    const unknown = await request(app).get('/voucherify/v1/loyalties');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ key: 'not_found' });
  });

  it('does not let one vendor\'s prefix reach another vendor\'s routes', async () => {
    const res = await request(app).get('/voucherify/v1/subscribers').set('Authorization', 'Bearer pn_sandbox_key');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ key: 'not_found' });
  });
});
