// Reading the database back: the snapshot, with the change log's entries after it replayed in order.
import { resolve } from 'node:path';
import { applyChanges, hydrate, type SpecAt } from './apply-changes.js';
import { readLog } from './change-log.js';
import { collectionsOf, type Database, type VendorCollections } from './database.js';
import { readSnapshot } from './snapshot-file.js';

/** The database on disk: the snapshot with the log replayed onto it (the log read up to `logLimit` bytes if given). */
export function loadDatabase(path: string, specAt: SpecAt, logLimit?: number): { db: Database; sequence: number; logSize: number; torn?: string } | null {
  const snapshot = readSnapshot(path);
  const changeLog = readLog(`${path}.log`, logLimit);
  if (!snapshot) {
    if (changeLog.entries.length > 0) throw new Error(`Cannot load the sandbox database ${path}: its change log ${path}.log exists but the snapshot does not. Restore the snapshot or move the log away.`);
    return null;
  }
  const db = hydrate(snapshot, [], specAt) as Database;
  let sequence = snapshot.log_sequence ?? 0;
  for (const entry of changeLog.entries) {
    if (entry.sequence <= sequence) continue; // already in the snapshot (a compaction stopped before trimming the log)
    if (entry.sequence !== sequence + 1) throw new Error(`Cannot load the sandbox database ${path}: the log jumps from entry ${sequence} to ${entry.sequence}.`);
    try {
      applyChanges(db, entry.changes, specAt);
    } catch (error) {
      throw new Error(`Cannot load the sandbox database ${path}: log entry ${entry.sequence} does not apply (${(error as Error).message}).`);
    }
    sequence = entry.sequence;
  }
  return { db, sequence, logSize: changeLog.size, torn: changeLog.torn };
}

/** The database as a restart would see it (snapshot + log), for tests and tools that look at the files. */
export function readStoredDatabase(path: string, vendors: VendorCollections = []): Database | null {
  const loaded = loadDatabase(resolve(path), collectionsOf(vendors));
  return loaded ? (JSON.parse(JSON.stringify(loaded.db)) as Database) : null;
}
