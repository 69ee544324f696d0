// The container image, built from this checkout's Dockerfile and run for real with podman: on bases made here from
// Debian's packages (no registry is reachable), as users would run it on the public bases.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, busyPort, expectServes, runOnce } from './test-support/installed-cli.js';
import { ensureBaseImages, podman, podmanAvailable, podmanGlobal, podmanLimits } from './test-support/podman.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const IMAGE = `localhost/referral-sandbox:test-${process.pid}`;
const TOKEN = 'container-admin-token';
const available = podmanAvailable();
const names: string[] = [];
const volumes: string[] = [];
let scratch: string;

/** A free loopback port for -p (taken, read, released). */
async function freePort(): Promise<number> {
  const busy = await busyPort();
  await busy.close();
  return busy.port;
}

async function waitForHealth(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/__sandbox/health`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`no health at ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A GET with a Host header of our choosing (fetch does not let a caller set Host). */
function statusWithHost(port: number, path: string, host: string, authorization: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host, Authorization: authorization } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!available) return;
  scratch = mkdtempSync(join(tmpdir(), 'referral-sandbox-image-'));
  const { base, buildBase } = await ensureBaseImages();
  // --network host: the build stage's npm ci reaches the registry the way this machine does.
  await podman(['build', '--format', 'docker', '--network', 'host', ...podmanLimits(), '--build-arg', `BASE=${base}`, '--build-arg', `BUILD_BASE=${buildBase}`, '-t', IMAGE, ROOT], 900_000);
}, 1_200_000);

afterAll(async () => {
  if (!available) return;
  for (const name of names) await podman(['rm', '-f', '-t', '0', name]).catch(() => undefined);
  for (const volume of volumes) await podman(['volume', 'rm', '-f', volume]).catch(() => undefined);
  await podman(['rmi', '-f', IMAGE]).catch(() => undefined);
  await podman(['image', 'prune', '-f']).catch(() => undefined); // the build stage
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 120_000);

describe.runIf(available)('the container image', () => {
  it('runs as a non-root user, exposes 4010, keeps state in /data and checks its own health', async () => {
    const [config] = JSON.parse(await podman(['image', 'inspect', IMAGE])) as { Config: { User: string; ExposedPorts: object; Volumes: object; Env: string[] }; Healthcheck?: { Test: string[] } }[];
    expect(config.Config.User).toBe('sandbox');
    expect(Object.keys(config.Config.ExposedPorts)).toEqual(['4010/tcp']);
    expect(Object.keys(config.Config.Volumes)).toEqual(['/data']);
    expect(config.Config.Env).toEqual(expect.arrayContaining(['HOST=0.0.0.0', 'SANDBOX_DB=/data/db.json']));
    expect(config.Healthcheck?.Test).toEqual(['CMD', 'referral-sandbox', 'health']);
    // No Node in the image: the executable is the whole program.
    expect((await podman(['run', '--rm', ...podmanLimits(), '--entrypoint', 'sh', IMAGE, '-c', 'command -v node npm || echo none'])).trim()).toBe('none');
  });

  it('serves two vendors and the dashboard, and finds its data again after a restart on the same volume', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const name = `referral-sandbox-test-${process.pid}`;
    const volume = `${name}-data`;
    names.push(name);
    volumes.push(volume);
    await podman(['volume', 'create', volume]);
    await podman(['run', '-d', '--name', name, ...podmanLimits(), '-p', `127.0.0.1:${port}:4010`, '-v', `${volume}:/data`, '-e', `SANDBOX_ADMIN_TOKEN=${TOKEN}`, IMAGE]);
    await waitForHealth(url);
    await expectServes(url, TOKEN);

    // The admin API keeps its guards when bound to 0.0.0.0: the token, and loopback Host names only.
    expect((await fetch(`${url}/__sandbox/health`)).status).toBe(401);
    expect(await statusWithHost(port, '/__sandbox/health', 'sandbox.example', `Bearer ${TOKEN}`)).toBe(403);
    // Vendor routes answer whatever name the network gives the container.
    expect(await statusWithHost(port, '/v1/subscribers', 'sandbox', 'Bearer pn_sandbox_key')).toBe(200);

    const email = `restart-${process.pid}@example.com`;
    const created = await fetch(`${url}/v1/subscribers`, { method: 'POST', headers: { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' }, body: JSON.stringify({ email, name: 'Restart Test' }) });
    expect(created.status).toBe(201);
    const { id } = ((await created.json()) as { data: { id: string } }).data;
    expect(runOnce('podman', [...podmanGlobal(), 'healthcheck', 'run', name]).code).toBe(0);

    await podman(['stop', '-t', '15', name]);
    const [stopped] = JSON.parse(await podman(['inspect', name])) as { State: { ExitCode: number } }[];
    expect(stopped.State.ExitCode).toBe(0); // SIGTERM handled: the store closed cleanly, as after Ctrl-C
    await podman(['start', name]);
    await waitForHealth(url);
    const found = await fetch(`${url}/v1/subscribers/${id}`, { headers: { Authorization: 'Bearer pn_sandbox_key' } });
    expect(found.status).toBe(200);
    expect(((await found.json()) as { data: { email: string } }).data.email).toBe(email);

    // Killed outright (no clean stop: the lock file stays behind), it starts again on the same volume, keeps the
    // acknowledged write, and still stops cleanly afterwards.
    await podman(['kill', '-s', 'KILL', name]);
    await podman(['start', name]);
    await waitForHealth(url);
    expect((await fetch(`${url}/v1/subscribers/${id}`, { headers: { Authorization: 'Bearer pn_sandbox_key' } })).status).toBe(200);
    await podman(['stop', '-t', '15', name]);
    const [again] = JSON.parse(await podman(['inspect', name])) as { State: { ExitCode: number } }[];
    expect(again.State.ExitCode).toBe(0);
  }, 120_000);

  it('stops cleanly on SIGTERM with a memory store too (no lock file to install the handler)', async () => {
    const name = `referral-sandbox-mem-${process.pid}`;
    names.push(name);
    const port = await freePort();
    await podman(['run', '-d', '--name', name, ...podmanLimits(), '-p', `127.0.0.1:${port}:4010`, '-e', `SANDBOX_ADMIN_TOKEN=${TOKEN}`, IMAGE, 'start', '--db', ':memory:']);
    await waitForHealth(`http://127.0.0.1:${port}`);
    await podman(['stop', '-t', '10', name]);
    const [stopped] = JSON.parse(await podman(['inspect', name])) as { State: { ExitCode: number } }[];
    expect(stopped.State.ExitCode).toBe(0);
  }, 60_000);

  it('answers bad input with the same line and exit code as npm start', async () => {
    const busy = await busyPort();
    try {
      for (const bad of badInputs(busy.port)) {
        // Host networking, so the busy port is this machine's; the entrypoint is the executable.
        const outcome = runOnce('podman', [...podmanGlobal(), 'run', '--rm', '--network', 'host', ...podmanLimits(), IMAGE, ...bad.argv]);
        expect({ name: bad.name, ...outcome }).toEqual({ name: bad.name, ...bad.expected });
      }
    } finally {
      await busy.close();
    }
    // A data volume the sandbox user may not write (a host folder owned by root): one line, exit 1.
    const hostDir = mkdtempSync(join(scratch, 'data-'));
    chmodSync(hostDir, 0o755);
    const refused = runOnce('podman', [...podmanGlobal(), 'run', '--rm', ...podmanLimits(), '-v', `${hostDir}:/data`, IMAGE]);
    expect(refused).toEqual({ code: 1, line: 'referral-sandbox: cannot write the database /data/db.json (EACCES: permission denied); pass --db a writable path, or --db :memory:' });
  }, 120_000);
});
