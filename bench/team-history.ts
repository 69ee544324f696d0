// Team store start-up against its history (issue 26): after N writes that only update 1,000 subscribers (the state
// stays the same size, only the history grows), how long a new replica takes from spawn to its first health answer,
// and what sandbox_changes holds. With checkpoints (the default) and, for comparison, with them off
// (SANDBOX_PG_CHECKPOINT_BYTES=1e15: every row is kept and replayed, as before checkpoints existed).
import autocannon from 'autocannon';
import pg from 'pg';
import { ensurePostgres } from '../src/engine/test-support/postgres-cluster.js';
import { freePort, launch, stop, type Running } from './lib/proc.js';
import { machine, median } from './lib/report.js';
import { freshBenchDatabase } from './lib/pg.js';
import { sandboxLaunch } from './lib/sandbox.js';
import { PARTNERO_AUTH } from './lib/subscribers.js';

const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
const OFF_UP_TO = Number(process.env.OFF_UP_TO ?? 100_000); // without checkpoints, 1M rows take minutes to replay
const REPS = Number(process.env.REPS ?? 3);
const SUBSCRIBERS = 1000;
const server = await ensurePostgres();

const freshDatabase = (name: string) => freshBenchDatabase(server.url, name);

async function start(db: string, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const spec = sandboxLaunch(db, port);
  return launch({ ...spec, env: { ...spec.env, ...env }, label: 'sandbox (postgres)' }, port, 600_000);
}

async function write(base: string, count: number): Promise<void> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: 32,
    amount: count,
    requests: [
      {
        method: 'PUT',
        headers: { ...PARTNERO_AUTH, 'content-type': 'application/json' },
        setupRequest: (request) => {
          const n = next++;
          return { ...request, path: `/v1/subscribers/${encodeURIComponent(`sub-${n % SUBSCRIBERS}@example.com`)}`, body: JSON.stringify({ update: { name: `Name ${n}` } }) };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`writes: ${result.non2xx} non-2xx, ${result.errors} errors`);
}

const rows: string[] = [];
for (const size of SIZES) {
  for (const mode of ['checkpoints', 'off'] as const) {
    if (mode === 'off' && size > OFF_UP_TO) continue;
    const env: Record<string, string> = mode === 'off' ? { SANDBOX_PG_CHECKPOINT_BYTES: '1e15' } : {};
    const db = await freshDatabase(`bench_history_${size}_${mode}`);
    const writer = await start(db, env);
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const res = await fetch(`${writer.base}/v1/subscribers`, { method: 'POST', headers: { ...PARTNERO_AUTH, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `sub-${i}@example.com` }) });
      if (res.status !== 201) throw new Error(`seeding: ${res.status}`);
    }
    const t0 = performance.now();
    await write(writer.base, size);
    const writeSeconds = (performance.now() - t0) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the leader's next ticks: a checkpoint if one is due
    const startups: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      const joiner = await start(db, env);
      startups.push(joiner.startupMs);
      await stop(joiner);
    }
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    const { rows: [t] } = await client.query<{ n: string; bytes: string }>("SELECT count(*) AS n, pg_total_relation_size('sandbox_changes') AS bytes FROM sandbox_changes");
    await client.end();
    await stop(writer);
    const line = `| ${size.toLocaleString('en')} | ${mode === 'off' ? 'off (every row kept)' : 'on (default)'} | ${(size / writeSeconds).toFixed(0)} | ${Number(t.n).toLocaleString('en')} | ${(Number(t.bytes) / 1e6).toFixed(1)} MB | ${(median(startups) / 1000).toFixed(2)} (${(Math.min(...startups) / 1000).toFixed(2)}-${(Math.max(...startups) / 1000).toFixed(2)}) |`;
    console.error(line);
    rows.push(line);
  }
}
await server.stop();
console.log(`\n${machine()}\n\n| writes (PUT on 1,000 subscribers) | checkpoints | writes/s | change rows left | sandbox_changes on disk | new replica start-up to health, s, median of ${REPS} (min-max) |\n|---|---|---|---|---|---|\n${rows.join('\n')}`);
