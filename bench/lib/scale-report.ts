// The markdown that bench/scale.ts prints: throughput per size, start-up and memory per size, and the targets.
import type { LoadResult } from './load.js';
import type { Settings } from './options.js';
import { LOAD_COLUMNS, loadAtEnd, loadCells, median, num, spread, table } from './report.js';

export interface ServerRun {
  size: number;
  store: string;
  startupMs: number;
  /** Memory store: seconds to seed the records through POST /__sandbox/seed (NaN when SEED_CAP stopped it). */
  seedSeconds?: number;
  rssReady?: number;
  rssAfter?: number;
  peakRss?: number;
  bytesStart?: number;
  bytesEnd?: number;
  loads: Record<string, LoadResult>;
}

export const OPS = ['GET by id', 'list limit=10', 'create'] as const;
const STORES = ['file', 'memory'] as const;

export const sizeLabel = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));
const mib = (bytes: number) => bytes / 2 ** 20;

interface Input {
  command: string;
  machine: string;
  settings: Settings;
  sizes: number[];
  runs: ServerRun[];
  notes: string[];
}

export function renderScale({ command, machine, settings, sizes, runs, notes }: Input): string {
  const of = (size: number, store: string) => runs.filter((r) => r.size === size && r.store === store);
  const loads = (size: number, store: string, op: string) => of(size, store).flatMap((r) => (r.loads[op] ? [r.loads[op]] : []));
  const med = (size: number, store: string, op: string, pick: (l: LoadResult) => number) => median(loads(size, store, op).map(pick));

  const throughput: string[][] = [];
  for (const size of sizes) {
    for (const store of STORES) {
      for (const op of OPS) {
        const rows = loads(size, store, op);
        if (!rows.length) continue;
        throughput.push([sizeLabel(size), store, op, ...loadCells(rows)]);
      }
    }
  }

  const servers: string[][] = [];
  for (const size of sizes) {
    for (const store of ['new file, default scenario only', ...STORES]) {
      const rs = of(size, store);
      if (!rs.length) continue;
      const values = (pick: (r: ServerRun) => number | undefined) => rs.map(pick).filter((v): v is number => v !== undefined);
      const seeds = values((r) => r.seedSeconds);
      servers.push([
        sizeLabel(size),
        store,
        spread(values((r) => r.startupMs / 1000), 2),
        seeds.length ? (seeds.some(Number.isNaN) ? `over ${settings.seedCapSeconds} s (SEED_CAP)` : spread(seeds, 1)) : '-',
        spread(values((r) => r.rssReady)),
        spread(values((r) => r.rssAfter)),
        spread(values((r) => r.peakRss)),
        store === 'file' ? `${num(median(values((r) => r.bytesStart).map(mib)), 1)} -> ${num(median(values((r) => r.bytesEnd).map(mib)), 1)}` : '-',
      ]);
    }
  }

  return [
    `## Scale: 1k to 1M records`,
    '',
    `Command: \`${command}\`  `,
    `Machine: ${machine}; ${loadAtEnd()}.`,
    '',
    method(settings),
    '',
    table(['records', 'store', 'request', ...LOAD_COLUMNS], throughput),
    '',
    table(['records', 'store', 'start-up to health, s', 'seed via admin API, s', 'RSS ready MiB', 'RSS after MiB', 'peak RSS MiB (VmHWM)', 'on disk MiB (start -> end)'], servers),
    '',
    '### Targets (issue 13)',
    '',
    table(['target', 'store', 'measured', 'status'], targets(sizes, runs, med, settings)),
    ...(notes.length ? ['', '### Notes', '', ...notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

function method(s: Settings): string {
  return [
    `Each repetition (${s.reps}, file and memory store interleaved) starts a new server (\`node --import tsx\`, stdout to /dev/null) on a fresh`,
    `copy of the prepared records: the default scenario plus N Partnero subscribers (~10% referred), written into the snapshot before start`,
    `for the file store and POSTed to \`/__sandbox/seed\` in requests of up to 32 MiB for the memory store. Load: autocannon in the harness process,`,
    `${s.connections} keep-alive connections, ${s.warmupSeconds} s warm-up then ${s.durationSeconds} s per request type, ${s.timeoutSeconds} s per-request timeout;`,
    `GET by a random existing id, \`GET /v1/subscribers?limit=10\`, \`POST /v1/subscribers\` (unique email, every 10th referred; durable on the`,
    `file store). CPU us/req = server utime+stime over the run / 2xx answers. Client and server share the machine's cores. Medians of the`,
    `repetitions; p50/p99 are medians of each run's percentiles. Start-up is spawn to the first 200 from \`/__sandbox/health\`.`,
  ].join('\n');
}

type Med = (size: number, store: string, op: string, pick: (l: LoadResult) => number) => number;

function targets(sizes: number[], runs: ServerRun[], med: Med, s: Settings): string[][] {
  const has = (size: number) => sizes.includes(size);
  const status = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'not met');
  const rows: string[][] = [];
  for (const store of STORES) {
    for (const op of ['create', 'GET by id'] as const) {
      const small = med(1e3, store, op, (l) => l.rps);
      const large = med(1e5, store, op, (l) => l.rps);
      const cpuGrowth = med(1e5, store, op, (l) => l.cpuMicrosPerRequest) / med(1e3, store, op, (l) => l.cpuMicrosPerRequest);
      const measured = has(1e3) && has(1e5) && !Number.isNaN(small) && !Number.isNaN(large);
      rows.push([
        `${op} at 100k within 2x of 1k`,
        store,
        measured ? `1k/100k req/s = ${num(small / large, 2)} (${num(small)} vs ${num(large)}); CPU per request x${num(cpuGrowth, 2)}` : '-',
        status(measured ? small / large <= 2 : null),
      ]);
    }
    for (const [op, floor] of [['create', 500], ['GET by id', 2000], ['list limit=10', 2000]] as const) {
      const rps = med(1e6, store, op, (l) => l.rps);
      rows.push([`1M: ${op} > ${num(floor)}/s`, store, Number.isNaN(rps) ? '-' : `${num(rps)}/s`, status(Number.isNaN(rps) ? null : rps > floor)]);
    }
  }
  const startups = (store: string, size?: number) => median(runs.filter((r) => r.store === store && (size === undefined || r.size === size)).map((r) => r.startupMs / 1000));
  const fresh = [startups('memory'), startups('new file, default scenario only')];
  const seen = fresh.filter((v) => !Number.isNaN(v));
  rows.push([
    'start-up, default scenario < 1.5 s',
    'memory; new file',
    `${num(fresh[0], 2)} s; ${num(fresh[1], 2)} s`,
    status(seen.length ? seen.every((v) => v < 1.5) : null),
  ]);
  const big = startups('file', 1e6);
  rows.push(['start-up with 1M records < 10 s', 'file', Number.isNaN(big) ? '-' : `${num(big, 2)} s`, status(Number.isNaN(big) ? null : big < 10)]);
  const seeds = runs.filter((r) => r.size === 1e5 && r.seedSeconds !== undefined).map((r) => r.seedSeconds!);
  const seed = seeds.some(Number.isNaN) ? Infinity : median(seeds);
  rows.push([
    'seed 100k via admin API < 10 s',
    'memory',
    !seeds.length ? '-' : seed === Infinity ? `over ${s.seedCapSeconds} s (SEED_CAP)` : `${num(seed, 1)} s`,
    status(!seeds.length ? null : seed < 10),
  ]);
  return rows;
}
