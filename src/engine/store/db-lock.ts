// One process per database file: a lock beside the database naming its holder (lock-holder.ts), kept fresh by a
// heartbeat and released at exit, and a clean stop (SIGINT, SIGTERM) that closes the open stores first.
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { currentHolder, judgeLock, parseLock } from './lock-holder.js';

/** The file stores open in this process, by path: closed at a clean stop, retired when the path is opened again. */
export const openStores = new Map<string, { close(): Promise<void>; retire(): void }>();

/** The holder touches its lock this often; a lock out of sight of /proc that is not touched for STALE_MS is stale. */
const HEARTBEAT_MS = 1000;
const STALE_MS = 3500;

/**
 * One process per database file: a second sandbox on the same file would overwrite the first one's acknowledged
 * writes. A lock whose holder is gone (exited, a zombie, a reused pid, a heartbeat that stopped) is taken over.
 */
export function lockDatabase(path: string): void {
  const lock = `${path}.lock`;
  const here = currentHolder();
  const text = JSON.stringify(here);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, text, { flag: 'wx' });
      return void holdLock(lock, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = readOr(lock);
    if (found === undefined) continue; // removed meanwhile: try again
    const record = parseLock(found);
    if (record === undefined) throw new Error(`The lock file ${lock} is not a sandbox lock (${JSON.stringify(found.slice(0, 40))}); delete it if no sandbox uses ${path}.`);
    const verdict = judgeLock(record, here);
    if (verdict.kind === 'mine') {
      writeFileSync(lock, text); // this process reopens its own database, or a container's pid 1 finds its predecessor's lock
      return void holdLock(lock, text);
    }
    if (verdict.kind === 'held' || (verdict.kind === 'ask-heartbeat' && heartbeatGoesOn(lock))) {
      const who = verdict.kind === 'held' ? verdict.why : `is in use by process ${record.pid} on ${record.host ?? 'another host'} (in another container or machine; its lock is still being refreshed)`;
      throw new Error(`The sandbox database ${path} ${who} (${lock}); stop that sandbox, point --db elsewhere, or delete the lock file if that process is not a sandbox.`);
    }
    unlinkSync(lock); // its holder is gone
  }
  throw new Error(`Could not take the lock ${lock}: other processes keep taking it.`);
}

/**
 * Wait (at most STALE_MS) for the lock file to be touched again. A lock last touched longer ago than that is stale at
 * once, so a container started right after its predecessor was killed waits a few seconds at most.
 */
function heartbeatGoesOn(lock: string): boolean {
  const first = mtimeOf(lock);
  if (first === undefined || Date.now() - first > STALE_MS) return false;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() - first <= STALE_MS) {
    Atomics.wait(pause, 0, 0, 100); // start-up is synchronous here; nothing else runs yet
    const now = mtimeOf(lock);
    if (now === undefined) return false;
    if (now !== first) return true;
  }
  return false;
}

const mtimeOf = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Lock files this process holds, removed when it exits (also on Ctrl-C or a container stop). */
const heldLocks = new Set<string>();

let exitHandlersInstalled = false;
/** --quiet: a clean stop says nothing. */
let quietStop = false;

/** The text each held lock holds: the heartbeat touches a lock only while it still holds this process's record. */
const lockTexts = new Map<string, string>();
let heartbeat: Worker | undefined;

function holdLock(lock: string, text: string): void {
  installCleanStop();
  heldLocks.add(lock);
  lockTexts.set(lock, text);
  startHeartbeat();
  heartbeat!.postMessage([...lockTexts]);
}

/**
 * A worker thread touches the held locks every HEARTBEAT_MS, so a sandbox in another container or on another machine
 * sharing the volume sees this one is alive even while a long seed keeps the main thread busy.
 */
function startHeartbeat(): void {
  if (heartbeat) return;
  const source = `
    const { parentPort } = require('node:worker_threads');
    const { readFileSync, utimesSync } = require('node:fs');
    let locks = [];
    parentPort.on('message', (held) => { locks = held; });
    setInterval(() => {
      const now = new Date();
      for (const [lock, text] of locks) {
        try { if (readFileSync(lock, 'utf8') === text) utimesSync(lock, now, now); } catch {}
      }
    }, ${HEARTBEAT_MS});
  `;
  // execArgv []: not the parent's flags (--input-type=module, a loader), so the source runs as plain CommonJS.
  heartbeat = new Worker(source, { eval: true, execArgv: [] });
  heartbeat.unref();
}

/**
 * SIGINT and SIGTERM stop the process cleanly: open stores fold their log into the snapshot (bounded), locks are
 * released, one line says so, and the exit code is 0. Installed by the first file store and by the CLI's start
 * whatever the store: as a container's pid 1 a process without a handler ignores SIGTERM. Only when nobody else
 * handles the signal.
 */
export function installCleanStop(options: { quiet?: boolean } = {}): void {
  if (options.quiet) quietStop = true;
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  process.once('exit', () => {
    for (const held of heldLocks) releaseLockFile(held);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => void closeStoresThenExit(signal));
  }
}

/**
 * A stop asked for (Ctrl-C, docker stop) is a normal end: one line, exit 0. A store that cannot be closed in time
 * (its log is replayed at the next start) says so and exits 1.
 */
async function closeStoresThenExit(signal: string): Promise<void> {
  let timedOut = false;
  const deadline = new Promise((done) => setTimeout(() => ((timedOut = true), done(undefined)), 10_000).unref());
  const closing = Promise.allSettled([...openStores.values()].map((open) => open.close()));
  const results = await Promise.race([closing, deadline]);
  const failed = timedOut || (results as PromiseSettledResult<void>[]).some((r) => r.status === 'rejected');
  if (failed) process.stderr.write(`referral-sandbox stopped (${signal}); the database was not closed cleanly, its log is replayed at the next start\n`);
  else if (!quietStop) process.stdout.write(`referral-sandbox stopped (${signal})\n`);
  process.exit(failed ? 1 : 0);
}

export function releaseLock(path: string): void {
  const lock = `${path}.lock`;
  releaseLockFile(lock);
  heldLocks.delete(lock);
  lockTexts.delete(lock);
  heartbeat?.postMessage([...lockTexts]);
}

function releaseLockFile(lock: string): void {
  try {
    if (readFileSync(lock, 'utf8') === lockTexts.get(lock)) unlinkSync(lock);
  } catch {
    // already gone
  }
}
