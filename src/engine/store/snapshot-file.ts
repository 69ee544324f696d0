// The snapshot: the whole database as one lowdb JSON document, written to an fsynced temp file renamed over the
// old one (then the directory is fsynced), so a power cut leaves either the old snapshot or the new one.
import { existsSync, readFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { syncDirectory } from './change-log.js';
import type { Database } from './database.js';

export class SnapshotFile implements Adapter<Database> {
  constructor(
    readonly path: string,
    private readonly warn: (message: string, error: unknown) => void,
  ) {}

  async read(): Promise<Database | null> {
    return readSnapshot(this.path);
  }

  async write(data: Database): Promise<void> {
    await this.writeText(JSON.stringify(data));
  }

  /** Write a snapshot serialised earlier (a compaction serialises at the moment its log position is known). */
  async writeText(text: string): Promise<void> {
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      const file = await open(temp, 'w');
      try {
        await file.writeFile(text);
        await file.datasync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    // The rename is the commit point: a failed directory sync after it is logged, not reported as a lost write.
    await syncDirectory(this.path).catch((error) => this.warn(`could not fsync the directory of ${this.path}`, error));
  }
}

// Read synchronously at start-up so createServer() can stay synchronous.
export function readSnapshot(path: string): Database | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  try {
    const parsed = JSON.parse(text) as Database;
    if (parsed?.version !== 1 || typeof parsed.tenants !== 'object') throw new Error('not a referral-sandbox database');
    parsed.outbox ??= [];
    parsed.data ??= {};
    parsed.webhooks ??= { endpoints: [], deliveries: [] };
    return parsed;
  } catch (error) {
    throw new Error(`Cannot load the sandbox database ${path}: ${(error as Error).message}. Move it away or point SANDBOX_DB elsewhere.`);
  }
}
