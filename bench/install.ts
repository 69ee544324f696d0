// `npm run bench:install`: what each way of installing costs a user. Size of the npm tarball, the single-file
// executable and (when podman has it) the container image, and start-up to the first 200 from /__sandbox/health for
// `npm start`, the compiled bin run by node directly, and the executable, each on a memory store and a new file
// store, REPS times interleaved. The executable is built first (npm run build:binary), and dist/ (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, launch, memoryMiB, stop, type Launch } from './lib/proc.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPS = Number(process.env.REPS ?? 5);
const BINARY = join(ROOT, 'dist', 'bin', `referral-sandbox-${process.platform}-${process.arch}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT });
execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build-binary.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const scratch = mkdtempSync(join(tmpdir(), 'bench-install-'));
execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], { cwd: ROOT });
const tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz'))!);

const sizes: [string, string][] = [
  ['npm tarball', mb(statSync(tarball).size)],
  ['single-file executable', mb(statSync(BINARY).size)],
];
const image = spawnSync('podman', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}', '--filter', 'reference=localhost/referral-sandbox'], { encoding: 'utf8' });
for (const line of (image.stdout ?? '').trim().split('\n').filter(Boolean)) sizes.push([`image ${line.split(' ')[0]}`, line.split(' ').slice(1).join(' ')]);

const ways: Omit<Launch, 'readyPath'>[] = [
  { label: 'npm start', command: 'npm', args: ['start', '--silent', '--'], cwd: ROOT, group: true },
  { label: 'node bin/referral-sandbox.js', command: process.execPath, args: [join(ROOT, 'bin', 'referral-sandbox.js'), 'start'], cwd: ROOT },
  { label: 'executable', command: BINARY, args: ['start'], cwd: scratch },
];
const rows = new Map<string, { ms: number[]; rss: number[] }>();
for (let rep = 0; rep < REPS; rep++) {
  for (const way of ways) {
    for (const store of ['memory', 'file'] as const) {
      const port = await freePort();
      const db = store === 'memory' ? ':memory:' : join(scratch, `db-${rep}-${way.label.replace(/\W+/g, '-')}.json`);
      const running = await launch({ ...way, args: [...way.args, '--port', String(port), '--db', db, '--log-level', 'silent'], readyPath: '/__sandbox/health' }, port, 60_000);
      const key = `${way.label} | ${store}`;
      const row = rows.get(key) ?? { ms: [], rss: [] };
      row.ms.push(running.startupMs);
      row.rss.push(memoryMiB(running.pid).rss);
      rows.set(key, row);
      await stop(running);
    }
  }
}
rmSync(scratch, { recursive: true, force: true });

console.log(`\n| artefact | size |\n|---|---|\n${sizes.map(([name, size]) => `| ${name} | ${size} |`).join('\n')}`);
console.log(`\n| how it starts | store | start-up to health, median of ${REPS} (min-max) ms | RSS after start MiB (npm start: npm's own process) |\n|---|---|---|---|`);
for (const [key, row] of rows) {
  const [way, store] = key.split(' | ');
  console.log(`| ${way} | ${store} | ${median(row.ms).toFixed(0)} (${Math.min(...row.ms).toFixed(0)}-${Math.max(...row.ms).toFixed(0)}) | ${median(row.rss).toFixed(0)} |`);
}
