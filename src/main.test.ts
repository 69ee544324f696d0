import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { start } from './main.js';

const close = (server: Server) => new Promise((resolve) => server.close(resolve));
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const headers = { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' };

describe('start (what npm start runs)', () => {
  it('reads flags over env over defaults', () => {
    expect(readConfig([], {})).toMatchObject({ port: 4010, host: '127.0.0.1', db: '.sandbox/db.json', validateResponses: false });
    expect(readConfig(['--port', '5000', '--db', ':memory:'], { PORT: '6000', HOST: '0.0.0.0' })).toMatchObject({ port: 5000, host: '0.0.0.0', db: ':memory:' });
    expect(() => readConfig(['--port', 'abc'], {})).toThrow(/Invalid port/);
  });

  it('serves the default scenario from a new file, and the data survives a restart', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sandbox-main-')), 'db.json');
    const first = await start({ port: 0, host: '127.0.0.1', db, validateResponses: true, logLevel: 'silent' });
    const created = await fetch(`${urlOf(first)}/v1/subscribers`, { method: 'POST', headers, body: JSON.stringify({ email: 'durable@example.com' }) });
    expect(created.status).toBe(201);
    expect(readFileSync(`${db}.log`, 'utf8')).toContain('durable@example.com'); // acknowledged = in the fsynced change log
    await close(first);

    const second = await start({ port: 0, host: '127.0.0.1', db, validateResponses: true, logLevel: 'silent' });
    const fetched = await fetch(`${urlOf(second)}/v1/subscribers/durable@example.com`, { headers });
    const seeded = await fetch(`${urlOf(second)}/v1/subscribers/partnero@partner.com`, { headers });
    await close(second);
    expect(fetched.status).toBe(200);
    expect(seeded.status).toBe(200);
  });
});
