// A write the disk refuses (full, I/O error) is a 503 in each vendor's own envelope, leaves nothing behind, and the
// same request succeeds once the disk is back (issue 13; D5 in the reliability review).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authHeadersFor } from '../contract-tests/support/client.js';
import { createServer } from './server.js';

const WRITES = {
  partnero: {
    auth: authHeadersFor('partnero', { bearerAuth: 'pn_sandbox_key' }),
    path: '/v1/subscribers',
    body: { email: 'disk-full@example.com' },
    envelope: { message: expect.stringMatching(/could not save the change/), status: 0 },
  },
  prefinery: {
    auth: authHeadersFor('prefinery', { basicAuth: 'prefinery_sandbox_key:' }),
    path: '/api/v2/betas/1/testers',
    body: { tester: { email: 'disk-full@example.com' } },
    envelope: { errors: [{ code: 503, message: expect.stringMatching(/could not save the change/) }] },
  },
  voucherify: {
    auth: authHeadersFor('voucherify', { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' }),
    path: '/v1/customers',
    body: { source_id: 'disk-full' },
    envelope: { code: 503, key: 'service_unavailable', details: expect.stringMatching(/could not save the change/) },
  },
  referralapi: {
    auth: authHeadersFor('referralapi', { apiKey: 'ra_sandbox_key' }),
    path: '/api/v1/action/referral_link',
    body: { campaign_id: '3a6a4dd0-1055-4c3c-a531-7036793e10ee', referral_code: 'ABC623KC', action_type: 'VISIT' },
    envelope: { error_code: 'INTERNAL_ERROR', message: expect.stringMatching(/could not save the change/) },
  },
  pureprofile: {
    auth: { Authorization: 'Bearer pp_sandbox_token' },
    path: '/v1/panel/refer-friends',
    body: { emails: ['disk-full@example.com'] },
    envelope: { message: expect.stringMatching(/could not save the change/), errors: [{ message: expect.stringMatching(/could not save/) }] },
  },
} as const;

describe('a write the disk refuses', () => {
  it.each(Object.keys(WRITES) as Array<keyof typeof WRITES>)('%s: 503 in the vendor envelope, nothing kept, the retry succeeds', async (vendor) => {
    const write = WRITES[vendor];
    let diskFull = false;
    const app = createServer({
      db: join(mkdtempSync(join(tmpdir(), 'sandbox-disk-')), 'db.json'),
      storage: {
        failpoint: (step) => {
          if (diskFull && step === 'append') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      },
    });
    await app.locals.sandbox.ready;
    const before = JSON.stringify(app.locals.sandbox.store.db.data[vendor]);
    diskFull = true;
    const refused = await request(app).post(write.path).set(write.auth).send(write.body);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject(write.envelope);
    expect(JSON.stringify(app.locals.sandbox.store.db.data[vendor])).toBe(before); // rolled back from memory
    diskFull = false;
    const retried = await request(app).post(write.path).set(write.auth).send(write.body);
    expect(retried.status).toBeLessThan(300); // not refused as a duplicate of the lost write
  });
});
