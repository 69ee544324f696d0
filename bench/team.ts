// The team store (issue 17) against the embedded store, in one run: Partnero reads (GET by email) and creates, on
// 1 and 3 replicas sharing one PostgreSQL database, with all traffic on one tenant or spread over 16 tenants.
// Load on several replicas is one autocannon per replica, each with its share of the connections, started together.
// PostgreSQL is PG_URL, or a throwaway cluster started here from the local binaries (as the tests do).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ensurePostgres } from '../src/engine/test-support/postgres-cluster.js';
import { commandLine, readSettings } from './lib/options.js';
import { cpuMicros, freePort, launch, removeOnInterrupt, sleep, stop, type Running } from './lib/proc.js';
import { machine, median, num, spread, table, writeSection } from './lib/report.js';
import { freshBenchDatabase } from './lib/pg.js';
import { sandboxLaunch } from './lib/sandbox.js';
import { PARTNERO_AUTH } from './lib/subscribers.js';

const settings = readSettings();
const TENANTS = Number(process.env.TEAM_TENANTS || 16);
const RECORDS_PER_TENANT = 200;
const header = { command: commandLine('bench:team'), machine: machine() };
console.error(`bench:team: ${settings.reps} repetitions, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per row, ${settings.connections} connections`);

const dir = mkdtempSync(join(tmpdir(), 'sandbox-team-'));
removeOnInterrupt(() => dir);
const server = await ensurePostgres();

interface Setup {
  store: 'embedded file' | 'postgres';
  replicas: number;
}
interface Tenancy {
  tenants: number;
}
interface Row {
  ok: number;
  failed: number;
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
}

const setups: Setup[] = [
  { store: 'embedded file', replicas: 1 },
  { store: 'postgres', replicas: 1 },
  { store: 'postgres', replicas: 3 },
];
const results = new Map<string, Row[]>();
const key = (setup: Setup, tenants: number, op: string) => `${setup.store}|${setup.replicas}|${tenants}|${op}`;
const timeout = settings.startTimeoutSeconds * 1000;

const freshDatabase = (run: string) => freshBenchDatabase(server.url, `bench_team_${run}`);

async function startReplicas(setup: Setup, run: string): Promise<Running[]> {
  const db = setup.store === 'postgres' ? await freshDatabase(run) : join(dir, `${run}.json`);
  const first = await startOne(db);
  const rest = await Promise.all(Array.from({ length: setup.replicas - 1 }, () => startOne(db)));
  return [first, ...rest];
}

async function startOne(db: string): Promise<Running> {
  const port = await freePort();
  return launch({ ...sandboxLaunch(db, port), label: db.startsWith('postgres') ? 'sandbox (postgres)' : 'sandbox (file)' }, port, timeout);
}

/** Tenants with their bearer keys and the emails of their records (created through the API, spread over replicas). */
async function prepareTenants(replicas: Running[], count: number): Promise<Array<{ auth: Record<string, string>; emails: string[] }>> {
  const tenants: Array<{ auth: Record<string, string>; emails: string[] }> = [{ auth: PARTNERO_AUTH, emails: [] }];
  for (let t = 1; t < count; t++) {
    const response = await fetch(`${replicas[0].base}/__sandbox/tenants`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ vendor: 'partnero', id: `bench_${t}` }) });
    if (response.status !== 201) throw new Error(`creating tenant bench_${t}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { credentials: { bearerAuth: string } };
    tenants.push({ auth: { Authorization: `Bearer ${body.credentials.bearerAuth}` }, emails: [] });
  }
  await Promise.all(
    tenants.map(async (tenant, t) => {
      for (let i = 0; i < RECORDS_PER_TENANT; i++) {
        const email = `seed-${t}-${i}@example.com`;
        const response = await fetch(`${replicas[i % replicas.length].base}/v1/subscribers`, { method: 'POST', headers: { ...tenant.auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ email }) });
        if (response.status !== 201) throw new Error(`seeding ${email}: ${response.status} ${await response.text()}`);
        tenant.emails.push(email);
      }
    }),
  );
  return tenants;
}

type Tenants = Awaited<ReturnType<typeof prepareTenants>>;

/** One timed run on every replica at once, connections split between them; latencies pooled. */
async function load(replicas: Running[], tenants: Tenants, op: 'read' | 'create', seconds: number, record: boolean): Promise<Row> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const per = Math.max(1, Math.floor(settings.connections / replicas.length));
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let counter = 0;
  const cpuBefore = replicas.map((r) => cpuMicros(r.pid));
  const started = performance.now();
  await Promise.all(
    replicas.map(
      (replica) =>
        new Promise<void>((resolve, reject) => {
          const instance = autocannon(
            {
              url: replica.base,
              connections: per,
              duration: seconds,
              timeout: settings.timeoutSeconds,
              requests: [
                {
                  setupRequest: (request) => {
                    const i = counter++;
                    const tenant = tenants[i % tenants.length];
                    if (op === 'read') return { ...request, method: 'GET', path: `/v1/subscribers/${tenant.emails[(i * 7919) % tenant.emails.length]}`, headers: tenant.auth };
                    return { ...request, method: 'POST', path: '/v1/subscribers', headers: { ...tenant.auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `new-${tag}-${i}@example.com` }) };
                  },
                },
              ],
            },
            (error) => (error ? reject(error) : resolve()),
          );
          if (record) {
            instance.on('response', (_client, status, _bytes, ms) => {
              latencies.push(ms);
              if (status >= 200 && status < 300) ok++;
              else failed++;
            });
          }
        }),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = replicas.reduce((sum, r, i) => sum + cpuMicros(r.pid) - cpuBefore[i], 0);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { ok, failed, rps: ok / elapsed, p50: at(0.5), p99: at(0.99), cpu: ok > 0 ? cpu / ok : NaN };
}

try {
  for (let rep = 0; rep < settings.reps; rep++) {
    for (const setup of setups) {
      for (const tenants of [1, TENANTS]) {
        const run = `r${rep}_${setup.store === 'postgres' ? 'pg' : 'file'}${setup.replicas}_t${tenants}`;
        const replicas = await startReplicas(setup, run);
        try {
          const prepared = await prepareTenants(replicas, tenants);
          for (const op of ['read', 'create'] as const) {
            if (settings.warmupSeconds > 0) await load(replicas, prepared, op, settings.warmupSeconds, false);
            await sleep(200);
            const row = await load(replicas, prepared, op, settings.durationSeconds, true);
            const rows = results.get(key(setup, tenants, op)) ?? [];
            rows.push(row);
            results.set(key(setup, tenants, op), rows);
            console.error(`  ${run} ${op}: ${num(row.rps)} req/s, p99 ${num(row.p99, 1)} ms, ${row.failed} failed`);
          }
        } finally {
          await Promise.all(replicas.map((replica) => stop(replica)));
        }
      }
    }
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

const rows: string[][] = [];
for (const setup of setups) {
  for (const tenants of [1, TENANTS]) {
    for (const op of ['read', 'create'] as const) {
      const runs = results.get(key(setup, tenants, op)) ?? [];
      rows.push([
        setup.store,
        String(setup.replicas),
        String(tenants),
        op === 'read' ? 'GET by email' : 'create (durable)',
        spread(runs.map((r) => r.rps)),
        num(median(runs.map((r) => r.p50)), 1),
        num(median(runs.map((r) => r.p99)), 1),
        num(median(runs.map((r) => r.cpu))),
        String(runs.reduce((sum, r) => sum + r.failed, 0)),
      ]);
    }
  }
}
const markdown = [
  `Command: \`${header.command}\` · ${header.machine}`,
  '',
  `Partnero, ${RECORDS_PER_TENANT} subscribers per tenant; "16 tenants" spreads every request round-robin over them. Each repetition starts every configuration on a fresh database. CPU is the sandbox processes' only (PostgreSQL's is not counted).`,
  '',
  table(['store', 'replicas', 'tenants', 'request', 'req/s median (range)', 'p50 ms', 'p99 ms', 'sandbox CPU us/req', 'failed'], rows),
].join('\n');
console.log(markdown);
if (settings.writeTo) writeSection(settings.writeTo, 'team', markdown);
