// `npm run bench:reset`: how long a CI job's reset takes. The compiled CLI starts from a --scenario file of N Partnero
// subscribers (10k and 100k), on a memory and a new file store; then POST /__sandbox/reset (back to that file) is
// timed REPS times after a write, and the seed of the same file through `seed`-sized documents is shown beside it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenario } from '../fixtures/generate.js';
import { freePort, launch, stop } from './lib/proc.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPS = Number(process.env.REPS ?? 5);
const SIZES = (process.env.SIZES ?? '10000,100000').split(',').map(Number);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT });
const scratch = mkdtempSync(join(tmpdir(), 'bench-reset-'));
const rows: string[] = [];
for (const size of SIZES) {
  const file = join(scratch, `fx-${size}.json`);
  writeFileSync(file, JSON.stringify(generateScenario({ 'partnero.subscribers': size }, 7)));
  for (const store of ['memory', 'file'] as const) {
    const port = await freePort();
    const db = store === 'memory' ? ':memory:' : join(scratch, `db-${size}.json`);
    const running = await launch({ label: `${store} ${size}`, command: process.execPath, args: [join(ROOT, 'bin', 'referral-sandbox.js'), 'start', '--port', String(port), '--db', db, '--scenario', file, '--log-level', 'silent'], readyPath: '/__sandbox/health' }, port, 180_000);
    const times: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      await fetch(`${running.base}/v1/subscribers`, { method: 'POST', headers: { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `rep-${rep}@example.com` }) });
      const started = performance.now();
      const res = await fetch(`${running.base}/__sandbox/reset`, { method: 'POST' });
      await res.arrayBuffer();
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`reset answered ${res.status}`);
    }
    const program = (await (await fetch(`${running.base}/v1/program`, { headers: { Authorization: 'Bearer pn_sandbox_key' } })).json()) as { data: { total_subscribers: number } };
    if (program.data.total_subscribers !== size + 5) throw new Error(`after the reset: ${program.data.total_subscribers} subscribers, expected ${size + 5}`);
    rows.push(`| ${size.toLocaleString('en')} | ${store} | ${(statSync(file).size / 1e6).toFixed(1)} MB | ${(running.startupMs / 1000).toFixed(2)} s | ${median(times).toFixed(0)} (${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)}) |`);
    await stop(running);
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(`\n| subscribers in the --scenario file | store | file | start-up to health | reset back to it, median of ${REPS} (min-max) ms |\n|---|---|---|---|---|\n${rows.join('\n')}`);
