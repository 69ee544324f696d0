// Load benchmark on loopback: starts the sandbox in a child process (as `npm start` does), drives it with
// keep-alive HTTP from this process, prints throughput and latency percentiles. Bounded in count and time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MAX_SECONDS = 20;

interface Scenario {
  name: string;
  method: string;
  path: (i: number) => string;
  headers: Record<string, string>;
  body?: (i: number) => string;
  /** Overrides for heavy rows (hostile bodies): fewer requests, one at a time, so each latency is the server's own. */
  requests?: number;
  concurrency?: number;
}

// 500,000 wrong holders, 1,000,013 bytes: the body that used to hold the whole server for minutes (issue 9, D2).
const HOSTILE_HOLDERS = JSON.stringify({ holders: Array(500_000).fill(1) });

const partnero = { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' };
const scenarios: Scenario[] = [
  { name: 'partnero list (GET /v1/subscribers?limit=50)', method: 'GET', path: () => '/v1/subscribers?limit=50', headers: partnero },
  { name: 'partnero fetch (GET /v1/subscribers/{email})', method: 'GET', path: () => '/v1/subscribers/partnero@partner.com', headers: partnero },
  {
    name: 'partnero create (POST /v1/subscribers, durable write)',
    method: 'POST',
    path: () => '/v1/subscribers',
    headers: partnero,
    body: (i) => JSON.stringify({ email: `bench-${process.pid}-${i}@example.com`, referral: { email: 'partnero@partner.com' } }),
  },
  { name: 'auth failure (401 in the vendor envelope)', method: 'GET', path: () => '/v1/subscribers', headers: {} },
  {
    name: 'hostile 1 MiB body (voucherify holders, 500k wrong items -> 400)',
    method: 'POST',
    path: () => '/v1/referrals/members/REFER-ALEX/holders',
    headers: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token', 'Content-Type': 'application/json' },
    body: () => HOSTILE_HOLDERS,
    requests: 100,
    concurrency: 1,
  },
];

async function startSandbox(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/sandbox-entry.ts', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  return { child, base };
}

async function run(base: string, scenario: Scenario) {
  const concurrency = scenario.concurrency ?? CONCURRENCY;
  const total = scenario.requests ?? REQUESTS;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const deadline = Date.now() + MAX_SECONDS * 1000;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && Date.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      const status = await send(base, scenario, i, agent);
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
  return { count: latencies.length, rps: Math.round(latencies.length / seconds), p50: pct(50), p95: pct(95), p99: pct(99), statuses: Object.fromEntries(statuses) };
}

function send(base: string, scenario: Scenario, i: number, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = scenario.body?.(i);
    const req = request(`${base}${scenario.path(i)}`, { method: scenario.method, headers: scenario.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const stores = [
  ['memory', ':memory:'],
  ['file', join(mkdtempSync(join(tmpdir(), 'sandbox-bench-')), 'db.json')],
] as const;
console.log(`| store | scenario | requests | req/s | p50 ms | p95 ms | p99 ms | statuses |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const [label, db] of stores) {
  const { child, base } = await startSandbox(db);
  try {
    for (const scenario of scenarios) {
      const r = await run(base, scenario);
      console.log(`| ${label} | ${scenario.name} | ${r.count} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${JSON.stringify(r.statuses)} |`);
    }
  } finally {
    child.kill();
  }
}
console.log(`\nconcurrency ${CONCURRENCY}, up to ${REQUESTS} requests or ${MAX_SECONDS}s per row, node ${process.version}, loopback`);
