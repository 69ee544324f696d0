// One process per database file: a pid lock beside the database, released at exit, and a clean stop (SIGINT,
// SIGTERM) that closes the open stores first.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** The file stores open in this process, by path: closed at a clean stop, retired when the path is opened again. */
export const openStores = new Map<string, { close(): Promise<void>; retire(): void }>();

/**
 * One process per database file: a second sandbox on the same file would overwrite the first one's acknowledged
 * writes. The lock file holds the owner's pid; a lock left by a process that is gone is taken over.
 */
export function lockDatabase(path: string): void {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      holdLock(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (owner === process.pid) return void holdLock(lock); // this process reopens its own database (a restart inside tests), or a container's pid 1 finds its predecessor's lock
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(`The sandbox database ${path} is in use by process ${owner} (${lock}); stop that sandbox, point --db elsewhere, or delete the lock file if that process is not a sandbox.`);
      }
      unlinkSync(lock); // left by a process that is gone
    }
  }
}

/** Lock files this process holds, removed when it exits (also on Ctrl-C or a container stop). */
const heldLocks = new Set<string>();

let exitHandlersInstalled = false;

function holdLock(lock: string): void {
  installCleanStop();
  heldLocks.add(lock);
}

/**
 * SIGINT and SIGTERM stop the process cleanly: open stores fold their log into the snapshot (bounded), locks are
 * released, and the exit code is the signal's (130, 143). Installed by the first file store and by the CLI's start
 * whatever the store: as a container's pid 1 a process without a handler ignores SIGTERM. Only when nobody else
 * handles the signal.
 */
export function installCleanStop(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  process.once('exit', () => {
    for (const held of heldLocks) releaseLockFile(held);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => void closeStoresThenExit(signal === 'SIGINT' ? 130 : 143));
  }
}

async function closeStoresThenExit(code: number): Promise<void> {
  const deadline = new Promise((done) => setTimeout(done, 10_000).unref());
  await Promise.race([Promise.allSettled([...openStores.values()].map((open) => open.close())), deadline]);
  process.exit(code);
}

export function releaseLock(path: string): void {
  const lock = `${path}.lock`;
  releaseLockFile(lock);
  heldLocks.delete(lock);
}

function releaseLockFile(lock: string): void {
  try {
    if (readFileSync(lock, 'utf8') === String(process.pid)) unlinkSync(lock);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
