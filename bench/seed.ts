// `npm run bench:seed`: seeding at scale through the CLI, as a CI job would. The compiled CLI starts a sandbox (memory
// store, then a new file store), and `referral-sandbox seed <collection>=N --url` is timed from its start to its exit:
// the sandbox generates the records, merges and checks them in one batch and (file store) writes the snapshot first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, launch, memoryMiB, stop } from './lib/proc.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPS = Number(process.env.REPS ?? 3);
const RUNS = (process.env.RUNS ?? 'partnero.subscribers=1000000,prefinery.testers=100000,pureprofile.panelists=100000,voucherify.customers=100000,referralapi.referral_links=100000').split(',');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values: number[], digits = 1) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;
const cli = join(ROOT, 'bin', 'referral-sandbox.js');

execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT });
const rows: string[] = [];
for (const run of RUNS) {
  const [collection, count] = run.split('=');
  for (const store of ['memory', 'file'] as const) {
    const seconds: number[] = [];
    const rss: number[] = [];
    let bytes = 0;
    for (let rep = 0; rep < REPS; rep++) {
      const scratch = mkdtempSync(join(tmpdir(), 'bench-seed-'));
      const port = await freePort();
      const db = store === 'memory' ? ':memory:' : join(scratch, 'db.json');
      const running = await launch({ label: `${store} ${run}`, command: process.execPath, args: [cli, 'start', '--port', String(port), '--db', db, '--log-level', 'silent'], readyPath: '/__sandbox/health' }, port, 60_000);
      try {
        const started = performance.now();
        const seeded = spawnSync(process.execPath, [cli, 'seed', run, '--url', running.base], { encoding: 'utf8', timeout: 600_000 });
        seconds.push((performance.now() - started) / 1000);
        if (seeded.status !== 0 || !seeded.stdout.includes(`${collection}: ${count} added`)) throw new Error(`seed ${run} (${store}): exit ${seeded.status}\n${seeded.stdout}${seeded.stderr}`);
        rss.push(memoryMiB(running.pid).rss);
        if (store === 'file') bytes = statSync(db).size;
      } finally {
        await stop(running);
        rmSync(scratch, { recursive: true, force: true });
      }
    }
    rows.push(`| ${Number(count).toLocaleString('en')} ${collection} | ${store} | ${range(seconds)} | ${range(rss, 0)} | ${store === 'file' ? `${(bytes / 1e6).toFixed(0)} MB` : '-'} |`);
    console.error(rows.at(-1));
  }
}
console.log(`\n| records (one \`seed --url\` run) | store | seconds, median of ${REPS} (min-max) | server RSS after, MiB | snapshot on disk |\n|---|---|---|---|---|\n${rows.join('\n')}`);
