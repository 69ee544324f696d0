import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli, version } from './cli.js';
import { readConfig } from './config.js';
import { start } from './main.js';

let out: string[];
let err: string[];
const servers: Server[] = [];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});
const temp = () => mkdtempSync(join(tmpdir(), 'sandbox-cli-'));
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as { port: number }).port}`;

describe('referral-sandbox CLI', () => {
  it('prints its version, its usage and each command\'s help', async () => {
    await runCli(['--version']);
    expect(out.pop()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
    await runCli(['help']);
    expect(out.pop()).toMatch(/start .*\n.*seed .*\n.*reset/s);
    await runCli(['help', 'seed']);
    expect(out.pop()).toMatch(/partnero\.subscribers/);
    await runCli(['start', '--help']);
    expect(out.pop()).toMatch(/--scenario FILE/);
    expect(process.exitCode).toBeUndefined();
  });

  it.each([
    [['start', '--prot', '5000'], /unknown option --prot; did you mean --port\?/],
    [['start', '5000'], /unexpected argument "5000"/],
    [['strat'], /unknown command "strat"; did you mean start\?/],
    [['seed', 'partnero.subscriber=5', '--out', 'x.json'], /unknown collection "partnero.subscriber"/],
    [['seed', 'partnero.subscribers=0', '--out', 'x.json'], /whole number from 1/],
    [['start', '--log-format', 'xml'], /Invalid --log-format/],
  ])('%j is a one-line usage error with exit code 2', async (argv, message) => {
    await runCli(argv);
    expect(process.exitCode).toBe(2);
    expect(err[0].split('\n')[0]).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('seed --seed 7 --out twice gives identical files, and start --scenario loads one', async () => {
    const dir = temp();
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    await runCli(['seed', 'partnero.subscribers=50', 'prefinery.testers=10', '--seed', '7', '--out', a]);
    await runCli(['seed', 'partnero.subscribers=50', 'prefinery.testers=10', '--seed', '7', '--out', b]);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const doc = JSON.parse(readFileSync(a, 'utf8'));
    const email = doc.partnero.tenants[0].data.subscribers[49].email;
    const server = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:', '--scenario', a], {}));
    servers.push(server);
    const res = await fetch(`${urlOf(server)}/v1/subscribers/${email}`, { headers: { Authorization: 'Bearer pn_sandbox_key' } });
    expect(res.status).toBe(200);
  }, 30_000);

  it('a scenario file that does not validate names the path and rule and starts nothing', async () => {
    const file = join(temp(), 'bad.yaml');
    writeFileSync(file, 'partnero:\n  tenants:\n    - id: default\n      data:\n        subscribers: nope\n');
    await expect(start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:', '--scenario', file], {}))).rejects.toThrow(/partnero\.tenants\[0\]\.data\.subscribers/);
  });

  it('seed --url loads into a running sandbox; reset --url resets it', async () => {
    const server = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:'], {}));
    servers.push(server);
    await runCli(['seed', 'voucherify.customers=5', '--seed', '3', '--url', urlOf(server)]);
    expect(out.pop()).toMatch(/seeded 5 voucherify.customers .*\(voucherify\.customers: 5 added, 0 already there\)/);
    // The same seed makes the same records: a second run merges into them instead of adding, and says so.
    await runCli(['seed', 'voucherify.customers=5', '--seed', '3', '--url', urlOf(server)]);
    expect(out.pop()).toMatch(/\(voucherify\.customers: 0 added, 5 already there\)/);
    const state: any = await (await fetch(`${urlOf(server)}/__sandbox/state?vendor=voucherify`)).json();
    expect(state.data.voucherify.default.customers.length).toBeGreaterThanOrEqual(5 + 4);
    await runCli(['reset', '--url', urlOf(server), '--scenario', 'empty']);
    expect(out.pop()).toMatch(/to the empty scenario$/);
    const after: any = await (await fetch(`${urlOf(server)}/__sandbox/state?vendor=voucherify`)).json();
    expect(after.data.voucherify.default.customers).toEqual([]);
    await expect(runCli(['reset', '--url', 'http://127.0.0.1:9'])).rejects.toThrow(/no sandbox answers|cannot reach/);
  });

  it('seed --url has the sandbox make the records: 120,000 in one run (past the old 100k cap), same as --out would write', async () => {
    const server = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:'], {}));
    servers.push(server);
    const bodies: number[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      bodies.push(String(init?.body ?? '').length);
      return realFetch(input, init);
    });
    try {
      await runCli(['seed', 'pureprofile.panelists=120000', '--seed', '2', '--url', urlOf(server)]);
    } finally {
      spy.mockRestore();
    }
    expect(out.pop()).toMatch(/\(pureprofile\.panelists: 120000 added, 0 already there\)/);
    expect(Math.max(...bodies)).toBeLessThan(200); // the counts, not 100 MB of records
    const file = join(temp(), 'same.json');
    await runCli(['seed', 'pureprofile.panelists=120000', '--seed', '2', '--out', file]);
    const last = JSON.parse(readFileSync(file, 'utf8')).pureprofile.tenants[0].data.panelists.at(-1);
    const res = await fetch(`${urlOf(server)}/__sandbox/state?vendor=pureprofile`);
    const panelists = ((await res.json()) as any).data.pureprofile.default.panelists;
    expect(panelists.find((p: { id: string }) => p.id === last.id)).toMatchObject({ email: last.email, first_name: last.first_name });
  }, 60_000);

  it('a port already in use is a clear error, not a silent success', async () => {
    const busy = createHttpServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    servers.push(busy);
    const port = (busy.address() as { port: number }).port;
    await expect(start(readConfig(['--log-level', 'silent', '--port', String(port), '--db', ':memory:'], {}))).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is already in use`));
  });

  it('--seed makes ids repeat from run to run', async () => {
    const create = async () => {
      const server = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:', '--seed', '11'], {}));
      servers.push(server);
      const res = await fetch(`${urlOf(server)}/__sandbox/tenants`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"vendor": "partnero"}' });
      return ((await res.json()) as { credentials: unknown }).credentials;
    };
    expect(await create()).toEqual(await create());
  });
});
