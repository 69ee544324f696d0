// Benchmark settings from the environment, shared by scale.ts and peers.ts. Defaults follow the reference method
// (shared/reference/perf-2026-11.md): 32 connections, 2 s warm-up, 8 s runs, 3 interleaved repetitions.
import type { LoadSettings } from './load.js';

export interface Settings extends LoadSettings {
  reps: number;
  startTimeoutSeconds: number;
  /** Cap on seeding one size through the admin API (today's merge is quadratic: 100k took 317 s in the reference). */
  seedCapSeconds: number;
  /** Where to write the markdown section (--write FILE or BENCH_WRITE), if anywhere. */
  writeTo?: string;
}

function positive(name: string, fallback: number, { allowZero = false } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new Error(`${name}=${raw}: expected a ${allowZero ? 'non-negative' : 'positive'} number`);
  return value;
}

export function readSettings(argv = process.argv.slice(2)): Settings {
  const at = argv.indexOf('--write');
  const writeTo = at >= 0 ? argv[at + 1] : process.env.BENCH_WRITE || undefined;
  if (at >= 0 && !writeTo) throw new Error('--write needs a file, e.g. --write /tmp/bench-results-section.md');
  return {
    connections: positive('CONNECTIONS', 32),
    warmupSeconds: positive('WARMUP', 2, { allowZero: true }),
    durationSeconds: positive('DURATION', 8),
    timeoutSeconds: positive('TIMEOUT', 10),
    settleSeconds: positive('SETTLE_CAP', 30),
    reps: Math.round(positive('REPS', 3)),
    startTimeoutSeconds: positive('START_CAP', 180),
    seedCapSeconds: positive('SEED_CAP', 120),
    writeTo,
  };
}

/** SIZES=1000,10000 or 1k,10k,100k,1m (default: all four). */
export function readSizes(): number[] {
  const raw = process.env.SIZES || '1k,10k,100k,1m';
  return raw.split(',').map((part) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([km]?)\s*$/i.exec(part);
    const value = match ? Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2].toLowerCase()] ?? 1) : NaN;
    if (!Number.isInteger(value) || value < 1) throw new Error(`SIZES: "${part}" is not a record count (e.g. 1000, 10k, 1m)`);
    return value;
  });
}

/** The environment knobs that were set, for the "command" line of a report. */
export function commandLine(script: string): string {
  const knobs = ['SIZES', 'REPS', 'DURATION', 'WARMUP', 'CONNECTIONS', 'TIMEOUT', 'SETTLE_CAP', 'START_CAP', 'SEED_CAP', 'BENCH_ENTRY'];
  const env = knobs.filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`);
  const args = process.argv.slice(2);
  return [...env, `npm run ${script}`, ...(args.length ? ['--', ...args] : [])].join(' ');
}
