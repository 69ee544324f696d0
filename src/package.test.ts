// The published package, as a consumer gets it: pack, install the tarball in a scratch ESM project, type-check a
// consumer file against the shipped declarations, serve a request from the installed code, and run its bin.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, busyPort, expectServes, runOnce, startCommand } from './test-support/installed-cli.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const TIMEOUT = 120_000;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let scratch: string;
let consumer: string;
let packed: PackResult;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'referral-sandbox-pack-'));
  // Rebuild in place (no clean, so a server running from dist/ keeps its files); in CI `npm ci` has built it already.
  // Type errors are `npm run typecheck`'s to report: tsc still emits (exit 2), and this test is about the package.
  await run(TSC, ['-p', 'tsconfig.build.json'], { cwd: ROOT }).catch((error: { code?: number }) => {
    if (error.code !== 2) throw error;
  });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: ROOT });
  [packed] = JSON.parse(stdout) as PackResult[];

  consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // As the README says: the tarball beside the project, installed as a dev dependency by its relative name.
  copyFileSync(join(scratch, packed.filename), join(consumer, packed.filename));
  await run('npm', ['install', '-D', `./${packed.filename}`, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: consumer });
}, TIMEOUT);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the compiled code, declarations, specs and bin, and nothing from the work tree', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'bin/referral-sandbox.js',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/src/cli.js',
        'dist/src/main.js',
        'dist/fixtures/index.js',
        'src/engine/admin/dashboard/index.html',
        'src/engine/admin/admin-openapi.yaml',
        ...['partnero', 'prefinery', 'pureprofile', 'referralapi', 'voucherify'].map((v) => `specs/${v}.yaml`),
      ]),
    );
    // From src/ only what is served as it is: the dashboard's static files and the admin API's OpenAPI document.
    const servedAsIs = (p: string) => p.startsWith('src/engine/admin/dashboard/') || p === 'src/engine/admin/admin-openapi.yaml';
    const strays = paths.filter(
      (p) =>
        (/\.test\.|test-support|(^|\/)\.sandbox\/|^src\/|^fixtures\/|^contract-tests\/|^bench\/|^scripts\/|^node_modules\/|^dist\/(bin|sea)\/|executable-main/.test(p) && !servedAsIs(p)) ||
        (p.endsWith('.ts') && !p.endsWith('.d.ts')),
    );
    expect(strays).toEqual([]);
    expect(packed.size).toBeLessThan(500_000); // about 451 kB: the compiled code, the specs and (since issue 23) the README
    expect(packed.unpackedSize).toBeLessThan(2_000_000); // about 0.9 MB
  });

  it('type-checks a consumer against the shipped declarations', async () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import { createServer, type ScenarioDocument, type ServerOptions, type VendorApi } from 'referral-sandbox';
const options: ServerOptions = { only: ['partnero'], db: ':memory:' };
const app = createServer(options);
const ready: Promise<void> = app.locals.sandbox.ready;
const server = app.listen(0); // an Express app, typed as one
// @ts-expect-error -- \`only\` lists vendor names
createServer({ only: 'partnero' });
// @ts-expect-error -- not an option of createServer (the CLI's --port)
createServer({ port: 4010 });
const doc: ScenarioDocument = { partnero: { tenants: [] } };
const names = (vendors: VendorApi[]): string[] => vendors.map((v) => v.name);
export { ready, server, doc, names };
`,
    );
    await expect(run(TSC, ['-p', '.'], { cwd: consumer })).resolves.toBeDefined();
  }, TIMEOUT);

  it('serves a request from the installed package, with its specs', async () => {
    writeFileSync(
      join(consumer, 'serve.mjs'),
      `import { createServer, SPEC_DIR } from 'referral-sandbox';
const app = createServer({ only: ['partnero'], db: ':memory:' });
await app.locals.sandbox.ready;
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const response = await fetch(\`http://127.0.0.1:\${server.address().port}/__sandbox/health\`);
console.log(JSON.stringify({ status: response.status, specDir: SPEC_DIR }));
server.close();
`,
    );
    const { stdout } = await run('node', ['serve.mjs'], { cwd: consumer, timeout: 30_000 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { status: number; specDir: string };
    expect(result.status).toBe(200);
    expect(result.specDir).toBe(join(consumer, 'node_modules', 'referral-sandbox', 'specs') + sep);
  }, TIMEOUT);

  it('installs a working bin, and no tsx', async () => {
    const { stdout } = await run(join(consumer, 'node_modules', '.bin', 'referral-sandbox'), ['help'], { cwd: consumer, timeout: 30_000 });
    expect(stdout).toMatch(/referral-sandbox[\s\S]*\bstart\b/); // the CLI's usage text
    await expect(run('node', ['-e', "import('tsx').then(() => process.exit(1), () => process.exit(0))"], { cwd: consumer })).resolves.toBeDefined();
  }, TIMEOUT);
});

describe('the tarball through npx, from an empty directory', () => {
  it('starts, serves two vendors, the dashboard and the docs from the tarball alone', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'referral-sandbox-npx-'));
    try {
      // As a user runs it: the tarball in the directory, named relatively (npx reads an absolute path as a command).
      copyFileSync(join(scratch, packed.filename), join(empty, packed.filename));
      const tarball = `./${packed.filename}`;
      const version = await run('npx', ['--yes', tarball, '--version'], { cwd: empty, timeout: 120_000 });
      expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      const sandbox = await startCommand('npx', ['--yes', tarball, 'start', '--port', '0', '--log-level', 'warn'], { cwd: empty });
      try {
        await expectServes(sandbox.url);
      } finally {
        await sandbox.stop();
      }
      expect(existsSync(join(empty, '.sandbox', 'db.json'))).toBe(true);

      const busy = await busyPort();
      try {
        for (const bad of badInputs(busy.port)) {
          expect({ name: bad.name, ...runOnce('npx', ['--yes', tarball, ...bad.argv], { cwd: empty }) }).toEqual({ name: bad.name, ...bad.expected });
        }
      } finally {
        await busy.close();
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it('exports the generator and fixture types, and createServer takes a scenario document or file', async () => {
    writeFileSync(
      join(consumer, 'scenario.mjs'),
      `import { writeFileSync } from 'node:fs';
import { createServer, generateScenario, generatorNames } from 'referral-sandbox';
const doc = generateScenario({ 'partnero.subscribers': 4 }, 9);
writeFileSync('fx.json', JSON.stringify(doc));
const counts = [];
for (const scenario of [doc, 'fx.json']) {
  const app = createServer({ only: ['partnero'], scenario });
  await app.locals.sandbox.ready;
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const res = await fetch(\`http://127.0.0.1:\${server.address().port}/v1/program\`, { headers: { Authorization: 'Bearer pn_sandbox_key' } });
  counts.push((await res.json()).data.total_subscribers);
  server.close();
}
console.log(JSON.stringify({ counts, generators: generatorNames().length }));
`,
    );
    const { stdout } = await run('node', ['scenario.mjs'], { cwd: consumer, timeout: 30_000 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { counts: number[]; generators: number };
    const plain = await run('node', ['-e', "import('referral-sandbox').then(async ({ createServer }) => { const app = createServer({ only: ['partnero'] }); await app.locals.sandbox.ready; const s = app.listen(0, '127.0.0.1'); await new Promise((r) => s.once('listening', r)); const r = await fetch('http://127.0.0.1:' + s.address().port + '/v1/program', { headers: { Authorization: 'Bearer pn_sandbox_key' } }); console.log((await r.json()).data.total_subscribers); s.close(); })"], { cwd: consumer, timeout: 30_000 });
    const base = Number(plain.stdout.trim());
    expect(result.counts).toEqual([base + 4, base + 4]);
    expect(result.generators).toBeGreaterThan(0);

    writeFileSync(
      join(consumer, 'typed.ts'),
      `import { createServer, generateScenario, createIdSource, createFixedClock, type FixtureDocument } from 'referral-sandbox';
const doc: FixtureDocument = { partnero: { tenants: [{ id: 'default', data: { subscribers: [{ email: 'a@example.com' }] } }] } };
// @ts-expect-error -- a Partnero subscriber has no such field
const wrong: FixtureDocument = { partnero: { tenants: [{ id: 'default', data: { subscribers: [{ emial: 'a@example.com' }] } }] } };
createServer({ scenario: doc, ids: createIdSource(7), clock: createFixedClock() });
createServer({ scenario: generateScenario({ 'partnero.subscribers': 1 }) });
createServer({ scenario: 'fixtures.json' });
export { wrong };
`,
    );
    writeFileSync(join(consumer, 'tsconfig.typed.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['typed.ts'] }));
    await expect(run(TSC, ['-p', 'tsconfig.typed.json'], { cwd: consumer })).resolves.toBeDefined();
  }, TIMEOUT);
});

describe('npm start', () => {
  it('serves (the compiled CLI), prints its help; the same --scenario goes on with its data, another fails loudly, --fresh starts from it', async () => {
    const help = spawnSync('npm', ['start', '--silent', '--', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage: referral-sandbox start/);

    const dir = mkdtempSync(join(tmpdir(), 'sandbox-npm-start-'));
    const scenario = join(dir, 's.json');
    spawnSync('node', ['bin/referral-sandbox.js', 'seed', 'prefinery.testers=3', '--seed', '5', '--out', scenario]);
    const db = join(dir, 'db.json');
    const args = ['start', '--silent', '--', '--port', '0', '--db', db, '--scenario', scenario, '--log-level', 'silent'];
    const testers = async (url: string) => ((await (await fetch(`${url}/__sandbox/state?vendor=prefinery`)).json()) as any).data.prefinery.default.testers.length;
    // Runs after the rebuild above (same file, so never while dist/ is being replaced); each a real `npm start`.
    const first = await startCommand('npm', args);
    try {
      expect(await testers(first.url)).toBe(30 + 3);
      await fetch(`${first.url}/v1/program`); // nothing but a read: the data stays as it is
    } finally {
      await first.stop();
    }
    // The same command again (a restarted container, tomorrow's dev sandbox): the data goes on, nothing added twice.
    const again = await startCommand('npm', args);
    try {
      expect(await testers(again.url)).toBe(30 + 3);
    } finally {
      await again.stop();
    }
    // Another document on that data: applied it would add to it, skipped it would silently serve other data.
    // Refused, one line, exit 1.
    const other = join(dir, 'other.json');
    spawnSync('node', ['bin/referral-sandbox.js', 'seed', 'prefinery.testers=4', '--seed', '6', '--out', other]);
    const refused = spawnSync('npm', args.map((a) => (a === scenario ? other : a)), { encoding: 'utf8', timeout: 60_000 });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`referral-sandbox: --scenario cannot be applied: ${db} already holds data from another start (pass --fresh to start from the scenario, drop --scenario to keep the data, or use --db :memory:)`);
    const fresh = await startCommand('npm', [...args, '--fresh']);
    try {
      expect(await testers(fresh.url)).toBe(30 + 3);
    } finally {
      await fresh.stop();
    }
  }, 60_000);
});
