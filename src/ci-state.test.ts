// State a CI job can trust (issue 24): a bare reset returns to what the process started with, resets can name
// registered documents or send one, a scenario that cannot be applied fails the start, and --watch reloads files.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../fixtures/generate.js';
import { readConfig } from './config.js';
import { start } from './main.js';
import { createServer } from './server.js';

const partnero = { Authorization: 'Bearer pn_sandbox_key' };
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});
const temp = () => mkdtempSync(join(tmpdir(), 'sandbox-ci-state-'));
type App = ReturnType<typeof createServer>;
const total = async (app: App) => (await request(app).get('/v1/program').set(partnero)).body.data.total_subscribers as number;
const emails = async (app: App) => ((await request(app).get('/v1/subscribers?limit=100').set(partnero)).body.data as { email: string }[]).map((s) => s.email);

describe('reset targets', () => {
  it('a bare reset returns to the start-up document, not to the default scenario', async () => {
    const plain = createServer({ only: ['partnero'] });
    const base = await total(plain);
    const app = createServer({ only: ['partnero'], scenario: generateScenario({ 'partnero.subscribers': 20 }, 3) });
    expect(await total(app)).toBe(base + 20);
    await request(app).post('/v1/subscribers').set(partnero).send({ email: 'made-in-a-test@example.com' }).expect(201);
    const reset = await request(app).post('/__sandbox/reset').expect(200);
    expect(reset.body).toMatchObject({ status: 'reset', scenario: 'startup' });
    expect(await total(app)).toBe(base + 20);
    expect(await emails(app)).not.toContain('made-in-a-test@example.com');
    // ?scenario=default is the built-in scenario alone; ?scenario=startup goes back again.
    await request(app).post('/__sandbox/reset?scenario=default').expect(200);
    expect(await total(app)).toBe(base);
    await request(app).post('/__sandbox/reset?scenario=startup').expect(200);
    expect(await total(app)).toBe(base + 20);
  });

  it('the same start-up state after every reset: same ids, same records', async () => {
    const app = createServer({ only: ['partnero'], scenario: generateScenario({ 'partnero.subscribers': 5 }, 4) });
    const first = (await request(app).get('/v1/subscribers?limit=100').set(partnero)).body.data;
    await request(app).post('/__sandbox/reset').expect(200);
    expect((await request(app).get('/v1/subscribers?limit=100').set(partnero)).body.data).toEqual(first);
    // Another process (a team store's other replica, tomorrow's CI run) builds the same state from the same file.
    const other = createServer({ only: ['partnero'], scenario: generateScenario({ 'partnero.subscribers': 5 }, 4) });
    expect((await request(other).get('/v1/subscribers?limit=100').set(partnero)).body.data).toEqual(first);
  });

  it('a body is a document, even an empty one; a body that is not an object is refused', async () => {
    const app = createServer({ only: ['partnero'], scenario: generateScenario({ 'partnero.subscribers': 3 }, 9) });
    const base = await total(createServer({ only: ['partnero'] }));
    const empty = await request(app).post('/__sandbox/reset').set('Content-Type', 'application/json').send('{}').expect(200);
    expect(empty.body.scenario).toBe('document');
    expect(await total(app)).toBe(base); // the default scenario and an empty document on top
    expect((await request(app).post('/__sandbox/reset').set('Content-Type', 'application/json').send('null')).status).toBe(400);
    expect((await request(app).post('/__sandbox/reset').set('Content-Type', 'application/json').send('[]')).status).toBe(400);
  });

  it('registered documents and a document in the body; an unknown name lists the known ones', async () => {
    const app = createServer({ only: ['partnero'], scenarios: { big: generateScenario({ 'partnero.subscribers': 30 }, 5), tiny: { partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email: 'tiny@example.com' }] } }] } } } });
    const base = await total(app);
    await request(app).post('/__sandbox/reset?scenario=big').expect(200);
    expect(await total(app)).toBe(base + 30);
    await request(app).post('/__sandbox/reset?scenario=tiny').expect(200);
    expect(await emails(app)).toContain('tiny@example.com');
    expect(await total(app)).toBe(base + 1);
    const sent = await request(app).post('/__sandbox/reset').send({ partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email: 'sent@example.com' }] } }] } }).expect(200);
    expect(sent.body.scenario).toBe('document');
    expect(await emails(app)).toEqual(expect.arrayContaining(['sent@example.com']));
    expect(await emails(app)).not.toContain('tiny@example.com');
    const unknown = await request(app).post('/__sandbox/reset?scenario=bigg').expect(400);
    expect(unknown.body.error.message).toBe('Unknown scenario "bigg"; known: startup, default, empty, big, tiny.');
    // A document that fails its checks changes nothing.
    await request(app).post('/__sandbox/reset').send({ partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email: 42 }] } }] } }).expect(400);
    expect(await emails(app)).toContain('sent@example.com');
  });

  it('a registered document that cannot be applied fails the start, naming the file', async () => {
    const dir = temp();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email: 42 }] } }] } }));
    await expect(start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:', '--scenario', `broken=${bad}`], {}))).rejects.toThrow(new RegExp(`^--scenario broken=${bad}: partnero\\.tenants\\[0\\]\\.data\\.subscribers`));
    await expect(start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:', '--scenario', bad], {}))).rejects.toThrow(new RegExp(`^--scenario ${bad}: partnero`));
    expect(() => readConfig(['--scenario', join(dir, 'missing.json')], {})).toThrow(`--scenario ${join(dir, 'missing.json')}: cannot read it (no such file)`);
  });

  it('--fresh starts a file database from the scenario; without it a database with data is refused', async () => {
    const dir = temp();
    const db = join(dir, 'db.json');
    const file = join(dir, 'fx.json');
    writeFileSync(file, JSON.stringify(generateScenario({ 'partnero.subscribers': 7 }, 6)));
    const first = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', db], {}));
    const url = `http://127.0.0.1:${(first.address() as { port: number }).port}`;
    await fetch(`${url}/v1/subscribers`, { method: 'POST', headers: { ...partnero, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'old-data@example.com' }) });
    await new Promise((resolve) => first.close(resolve)); // the same process opens the file again next (its own lock)
    await expect(start(readConfig(['--log-level', 'silent', '--port', '0', '--db', db, '--scenario', file], {}))).rejects.toThrow(/--scenario cannot be applied: .* already holds data from another start \(pass --fresh/);
    const fresh = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', db, '--scenario', file, '--fresh'], {}));
    servers.push(fresh);
    const res = await fetch(`http://127.0.0.1:${(fresh.address() as { port: number }).port}/v1/subscribers?limit=100`, { headers: partnero });
    const list = ((await res.json()) as { data: { email: string }[] }).data.map((s) => s.email);
    expect(list).not.toContain('old-data@example.com');
    expect(list.filter((e) => /\.6\.\d+@example\.com$/.test(e))).toHaveLength(7); // the generator's emails carry seed and number
  });
});

describe('--watch', () => {
  it('reloads the scenario and fault files when they change; a bad file changes nothing', async () => {
    const dir = temp();
    const scenario = join(dir, 'fx.json');
    const faults = join(dir, 'faults.json');
    const one = (email: string) => JSON.stringify({ partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email }] } }] } });
    writeFileSync(scenario, one('first@example.com'));
    writeFileSync(faults, '[]');
    const server = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:', '--scenario', scenario, '--faults', faults, '--latency', '1', '--watch'], {}));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const list = async () => ((await (await fetch(`${url}/v1/subscribers?limit=100`, { headers: partnero })).json()) as { data: { email: string }[] }).data.map((s) => s.email);
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 50 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      return check();
    };
    expect(await list()).toContain('first@example.com');

    writeFileSync(scenario, one('second@example.com'));
    expect(await until(async () => (await list()).includes('second@example.com'))).toBe(true);
    expect(await list()).not.toContain('first@example.com');
    // A bare reset now returns to the new file.
    await fetch(`${url}/__sandbox/reset`, { method: 'POST' });
    expect(await list()).toContain('second@example.com');

    writeFileSync(scenario, '{"partnero": {"tenants": [{"id": "default", "data": {"subscribers": [{"email": 42}]}}]}}');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // several polls
    expect(await list()).toContain('second@example.com');
    // The watcher lives on after a bad file: the next good one loads.
    writeFileSync(scenario, one('third@example.com'));
    expect(await until(async () => (await list()).includes('third@example.com'))).toBe(true);

    writeFileSync(faults, JSON.stringify([{ vendor: 'partnero', operation_id: 'listSubscribers', action: 'error', status: 503, times: 1 }]));
    const rules = async () => ((await (await fetch(`${url}/__sandbox/faults`)).json()) as { data: { source: string }[] }).data;
    // The file's rule replaces the file's earlier ones; the --latency rule stays.
    expect(await until(async () => (await rules()).length === 2)).toBe(true);
    expect((await rules()).map((r) => (r as unknown as { action: { type: string } }).action.type).sort()).toEqual(['error', 'latency']);
    expect((await fetch(`${url}/v1/subscribers`, { headers: partnero })).status).toBe(503);
    expect((await fetch(`${url}/v1/subscribers`, { headers: partnero })).status).toBe(200);
  }, 30_000);
});

describe('seed progress', () => {
  it('on a terminal, a long seed counts its seconds and ends with the time it took; in a log it is one line', async () => {
    const server = await start(readConfig(['--log-level', 'silent', '--port', '0', '--db', ':memory:'], {}));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const cli = `${process.execPath} --import tsx --input-type=module --eval "const { runCli } = await import('./src/cli.ts'); await runCli(process.argv.slice(1))"`;
    const seed = (n: number) => `${cli} seed partnero.subscribers=${n} --seed 3 --url ${url}`;
    // script(1) gives the command a pseudo-terminal, as a developer's shell would.
    const onTerminal = await run('script', ['-qec', seed(30_000), '/dev/null']);
    expect(onTerminal.status, onTerminal.output).toBe(0);
    expect(onTerminal.output).toMatch(new RegExp(`\\rseeding 30000 partnero\\.subscribers into ${url}… 0 s`));
    expect(onTerminal.output).toMatch(/\rseeding 30000 partnero\.subscribers into .*: done in \d+\.\d s\r?\n/);
    expect(onTerminal.output).toMatch(/partnero\.subscribers: 30000 added, 0 already there/);
    const inLog = await run('sh', ['-c', `${seed(30_000)} 2>&1`]);
    expect(inLog.output.split('\n').filter((line) => line.startsWith('seeding'))).toEqual([`seeding 30000 partnero.subscribers into ${url}…`]);
    expect(inLog.output).toMatch(/0 added, 30000 already there/);
  }, 60_000);
});

/** A command's exit status and its output (stdout and stderr as one text), without blocking this process's server. */
function run(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (status) => resolve({ status, output }));
  });
}
