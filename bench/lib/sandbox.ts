// The sandbox as a benchmark target: how to start it, and a database file of N subscribers prepared before start.
import { closeSync, copyFileSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchId, benchSubscribers, chunked, PARTNERO_AUTH, seedThroughAdmin, type Subscriber } from './subscribers.js';
import { freePort, launch, stop, type Launch, type Running } from './proc.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The server process gets no SANDBOX_* settings from the caller's shell (an admin token would hide /health). */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('SANDBOX_') || key === 'PORT' || key === 'HOST' || key === 'NODE_ENV') delete env[key];
  return env;
}

/**
 * BENCH_ENTRY=tsx (default) runs the TypeScript sources as run.ts does; BENCH_ENTRY=dist runs the compiled CLI as
 * `npm start` does (after `npm run build`), which starts faster. Either way the spawned PID is the server.
 */
export function sandboxLaunch(db: string, port: number): Launch {
  const entry = process.env.BENCH_ENTRY === 'dist' ? ['bin/referral-sandbox.js', 'start'] : ['--import', 'tsx', 'bench/lib/sandbox-entry.ts'];
  return {
    label: `sandbox (${db === ':memory:' ? 'memory' : 'file'} store)`,
    command: process.execPath,
    args: [...entry, '--port', String(port), '--host', '127.0.0.1', '--db', db],
    env: cleanEnv(),
    cwd: ROOT,
    readyPath: '/__sandbox/health',
  };
}

export async function startSandbox(db: string, startTimeoutSeconds: number): Promise<Running> {
  const port = await freePort();
  return launch({ ...sandboxLaunch(db, port) }, port, startTimeoutSeconds * 1000);
}

/** The store's files: the snapshot and its siblings (`<db>.log` today), not the pid lock. */
function storeFiles(path: string): string[] {
  const name = basename(path);
  return readdirSync(dirname(path))
    .filter((f) => f.startsWith(name) && !f.endsWith('.lock'))
    .map((f) => join(dirname(path), f));
}

/** Bytes on disk for a file store: the snapshot plus every sibling that starts with its name. */
export function storeBytes(path: string): number {
  return storeFiles(path).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Copies a prepared store (snapshot and siblings) to a new path, so each run starts from the same N records. */
export function copyStore(from: string, to: string): void {
  for (const file of storeFiles(from)) copyFileSync(file, join(dirname(to), basename(to) + basename(file).slice(basename(from).length)));
}

/** Deletes a run's copy (snapshot, log, and a lock left by a killed server): a 1M copy is ~350 MiB. */
export function removeStore(path: string): void {
  for (const file of storeFiles(path)) rmSync(file, { force: true });
  rmSync(`${path}.lock`, { force: true });
}

export interface PreparedStore {
  path: string;
  /** The subscriber the bench records are cloned from (the default scenario's first). */
  template: Subscriber;
  /** Start-up of a brand-new file store with the default scenario (the first start writes it). */
  defaultStartupMs: number;
  /** 'snapshot written directly', or 'admin API' when the snapshot format was not the one this file knows. */
  method: string;
}

const MARKER = '__BENCH_RECORDS__';

/**
 * A file store holding the default scenario plus `count` subscribers. The sandbox writes a fresh database once
 * (default scenario, then SIGTERM so it compacts and exits); the records are then added to its snapshot's
 * data.partnero.default.subscribers, keeping every other field (version, log_sequence). If the snapshot is not
 * that shape, or its log siblings are not empty after the clean stop, the records go through the admin API instead.
 */
export async function prepareFileStore(dir: string, count: number, opts: { startTimeoutSeconds: number; seedCapSeconds: number }): Promise<PreparedStore> {
  const fresh = join(dir, 'fresh.json');
  const server = await startSandbox(fresh, opts.startTimeoutSeconds);
  await stop(server);
  const db = JSON.parse(readFileSync(fresh, 'utf8'));
  const subscribers: unknown = db?.data?.partnero?.default?.subscribers;
  if (!Array.isArray(subscribers) || subscribers.length === 0) throw new Error(`${fresh}: no data.partnero.default.subscribers; update bench/lib/sandbox.ts for the new snapshot format`);
  const template = subscribers[0] as Subscriber;
  const path = join(dir, 'prepared.json');
  const logsEmpty = storeFiles(fresh).every((f) => f === fresh || statSync(f).size === 0);

  if (logsEmpty) {
    subscribers.push(MARKER);
    const [head, tail] = JSON.stringify(db).split(JSON.stringify(MARKER));
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, head);
      let first = true;
      for (const chunk of chunked(benchSubscribers(template, count), 10_000)) {
        writeSync(fd, (first ? '' : ',') + chunk.map((s) => JSON.stringify(s)).join(','));
        first = false;
      }
      writeSync(fd, tail);
    } finally {
      closeSync(fd);
    }
    return { path, template, defaultStartupMs: server.startupMs, method: 'snapshot written directly' };
  }

  copyStore(fresh, path);
  const seeding = await startSandbox(path, opts.startTimeoutSeconds);
  try {
    const seeded = await seedThroughAdmin(seeding.base, template, count, opts.seedCapSeconds);
    if (!seeded.done) throw new Error(`seeding ${count} records through the admin API took over ${opts.seedCapSeconds} s (SEED_CAP)`);
  } finally {
    await stop(seeding, 600_000); // the clean stop compacts: give it time
  }
  return { path, template, defaultStartupMs: server.startupMs, method: 'admin API' };
}

/** Proves the store holds the prepared records before anything is measured (the last one must be found). */
export async function assertHolds(server: Running, count: number): Promise<void> {
  const res = await fetch(`${server.base}/v1/subscribers/${benchId(count - 1)}`, { headers: PARTNERO_AUTH, signal: AbortSignal.timeout(60_000) });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${server.label} does not hold the prepared records: GET ${benchId(count - 1)} answered ${res.status}`);
}
