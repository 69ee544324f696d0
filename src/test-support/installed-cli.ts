// What every way of installing the sandbox must do alike (the npm tarball through npx, the single-file executable,
// the container image): serve two vendors with the default credentials, the dashboard and the docs, and answer bad
// input with the same one line and exit code as `npm start` (bin/referral-sandbox.js in this checkout).
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const REPO_BIN = fileURLToPath(new URL('../../bin/referral-sandbox.js', import.meta.url));

export interface Running {
  url: string;
  output(): string;
  stop(): Promise<number | null>;
}

/** Start a sandbox command; resolves with its URL once it prints "listening on", rejects if it exits first. */
export function startCommand(command: string, args: string[], options: SpawnOptions = {}, timeoutMs = 60_000): Promise<Running> {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`no "listening on" within ${timeoutMs} ms: ${out}`))), timeoutMs);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => out, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening: ${out}`));
    });
  });
}

/** Partnero and Voucherify with their default credentials, the dashboard, the docs and a spec, as a user sees them. */
export async function expectServes(url: string, adminToken?: string): Promise<void> {
  const admin = adminToken ? { headers: { Authorization: `Bearer ${adminToken}` } } : {};
  const partnero = await fetch(`${url}/v1/subscribers`, { headers: { Authorization: 'Bearer pn_sandbox_key' } });
  expect(partnero.status).toBe(200);
  const subscribers = (await partnero.json()) as { data: { email: string }[] };
  expect(subscribers.data.length).toBeGreaterThan(0);
  expect(subscribers.data[0].email).toMatch(/@/);

  const voucherify = await fetch(`${url}/v1/customers`, { headers: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' } });
  expect(voucherify.status).toBe(200);
  expect(((await voucherify.json()) as { object: string }).object).toBe('list');

  const dashboard = await fetch(`${url}/__sandbox/`);
  expect(dashboard.status).toBe(200);
  expect(dashboard.headers.get('content-type')).toMatch(/text\/html/);
  const page = await dashboard.text();
  expect(page).toMatch(/<script[^>]+src="\/__sandbox\/assets\/app\.js"/);
  expect((await fetch(`${url}/__sandbox/assets/app.js`)).status).toBe(200);

  const docs = await fetch(`${url}/__sandbox/docs`);
  expect(docs.status).toBe(200);
  expect(await docs.text()).toMatch(/Voucherify/);
  const swagger = await fetch(`${url}/__sandbox/docs/assets/swagger-ui/swagger-ui-bundle.js`);
  expect(swagger.status).toBe(200);
  expect((await swagger.arrayBuffer()).byteLength).toBeGreaterThan(500_000);
  const spec = (await (await fetch(`${url}/__sandbox/docs/voucherify/openapi.json`, admin)).json()) as { openapi: string; servers: { url: string }[] };
  expect(spec.openapi).toMatch(/^3\.1/);
  expect((await fetch(`${url}/__sandbox/docs/admin/openapi.json`, admin)).status).toBe(200);
}

export interface Outcome {
  code: number | null;
  line: string;
}

/** Exit code and first stderr line of a one-shot run. */
export function runOnce(command: string, args: string[], options: SpawnOptions = {}): Outcome {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, line: String(result.stderr ?? '').split('\n').find((l) => l.startsWith('referral-sandbox:')) ?? String(result.stderr) };
}

/** A loopback port something is already listening on, and a way to free it. */
export async function busyPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The bad inputs every install answers alike: argv, and what `npm start` (this checkout's bin) says to it. */
export function badInputs(port: number): { name: string; argv: string[]; expected: Outcome }[] {
  const cases = [
    { name: 'an unknown flag', argv: ['start', '--bogus', '--db', ':memory:'] },
    { name: 'a busy port', argv: ['start', '--port', String(port), '--host', '127.0.0.1', '--db', ':memory:'] },
    { name: 'a data dir that cannot be written', argv: ['start', '--port', '0', '--db', '/dev/null/sandbox/db.json'] },
    { name: 'an unknown command', argv: ['strat'] },
  ];
  return cases.map((c) => ({ ...c, expected: runOnce(process.execPath, [REPO_BIN, ...c.argv]) }));
}
