// The append-only change log beside the snapshot (<db>.log). One line per group commit:
//   <crc32 of the JSON, 8 hex digits> <JSON {"s": sequence, "c": [changes]}>\n
// A line is acknowledged once fdatasync returns. A crash can leave at most the last line torn (cut short or with
// a bad checksum): it was never acknowledged, so it is reported and dropped. A bad line with good lines after it is
// not a torn write but damage, and the sandbox refuses to start rather than replay around it.
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Change } from './change-batch.js';

export interface LogEntry {
  sequence: number;
  changes: Change[];
}

export interface ReadLog {
  entries: LogEntry[];
  /** Bytes of good lines; anything after was torn and has been cut off. */
  size: number;
  /** Set when a torn last line was dropped. */
  torn?: string;
}

export function encodeEntry(sequence: number, changes: readonly Change[]): string {
  const json = JSON.stringify({ s: sequence, c: changes });
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/**
 * Read and check the log; a torn last line is cut off the file (it was never acknowledged). With `limit`, only the
 * acknowledged bytes are read (after a failed append) and the file is left as it is.
 */
export function readLog(path: string, limit?: number): ReadLog {
  if (!existsSync(path)) return { entries: [], size: 0 };
  const whole = readFileSync(path);
  const buffer = limit === undefined ? whole : whole.subarray(0, limit);
  const entries: LogEntry[] = [];
  let offset = 0;
  let lineNumber = 0;
  while (offset < buffer.length) {
    lineNumber++;
    const end = buffer.indexOf(0x0a, offset);
    const problem = end === -1 ? 'no line end (cut short)' : checkLine(buffer.subarray(offset, end), entries);
    if (problem) {
      const isLast = end === -1 || end + 1 === buffer.length;
      if (!isLast) throw new Error(`${path} is damaged at line ${lineNumber} (${problem}) and has lines after it; restore it from a backup or move it away (the snapshot alone holds the state as of its last compaction).`);
      if (limit === undefined) truncateFile(path, offset);
      return { entries, size: offset, torn: `dropped a torn last line ${lineNumber} of ${path} (${problem}): a write cut short by a crash, never acknowledged` };
    }
    offset = end + 1;
  }
  return { entries, size: offset };
}

function checkLine(line: Buffer, entries: LogEntry[]): string | undefined {
  const space = line.indexOf(0x20);
  if (space !== 8) return 'no checksum';
  const json = line.subarray(9);
  if (crc32(json).toString(16).padStart(8, '0') !== line.subarray(0, 8).toString('latin1')) return 'checksum mismatch';
  let parsed: { s?: unknown; c?: unknown };
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    return 'not JSON';
  }
  if (typeof parsed.s !== 'number' || !Array.isArray(parsed.c)) return 'not a log entry';
  const previous = entries[entries.length - 1];
  if (previous && parsed.s !== previous.sequence + 1) return `sequence ${parsed.s} after ${previous.sequence}`;
  entries.push({ sequence: parsed.s, changes: parsed.c as Change[] });
  return undefined;
}

function truncateFile(path: string, size: number): void {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, size);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The open log: appends at a known offset, so a failed append is overwritten by the next one, never followed by it. */
export class ChangeLog {
  #file: FileHandle | undefined;
  #size: number;
  /** A failed append may have left bytes past `size`: cut them before the next append. */
  #dirty = false;
  /** Set when the file can no longer be trusted (a failed cut after a failed append, a lost handle). */
  #broken: Error | undefined;

  private constructor(
    readonly path: string,
    size: number,
    private readonly beforeSync: () => void,
  ) {
    this.#size = size;
  }

  /** `beforeSync` is a test hook: a throw there acts as an fsync that failed after the line was written. */
  static async open(path: string, size: number, beforeSync: () => void = () => undefined): Promise<ChangeLog> {
    const log = new ChangeLog(path, size, beforeSync);
    log.#file = await open(path, 'a+');
    return log;
  }

  /** Bytes of acknowledged entries. */
  get size(): number {
    return this.#size;
  }

  async append(line: string): Promise<void> {
    if (this.#broken) throw new Error(`${this.path} cannot be written any more (${this.#broken.message}); restart the sandbox`);
    const file = this.#file!;
    const bytes = Buffer.from(line, 'utf8');
    this.#dirty = true;
    try {
      // 'a+' appends at the end whatever the position says: the end is #size (a failed append is always cut back)
      const { bytesWritten } = await file.write(bytes, 0, bytes.length);
      if (bytesWritten !== bytes.length) throw new Error(`short write to ${this.path}`);
      this.beforeSync();
      await file.datasync();
    } catch (error) {
      // The line may be whole on disk even though its fsync failed: cut it off now, or a crash before the next
      // append would replay a write every caller was told had failed.
      await this.#cutBack();
      throw error;
    }
    this.#dirty = false;
    this.#size += bytes.length;
  }

  async #cutBack(): Promise<void> {
    try {
      await this.#file!.truncate(this.#size);
      await this.#file!.datasync();
      this.#dirty = false;
    } catch (error) {
      this.#broken = error as Error; // after a failed fsync the page cache is not to be trusted either
    }
  }

  /**
   * Drop the entries a new snapshot holds: keep the bytes from `from` on (written after the snapshot was taken),
   * through a fsynced temp file renamed over the log.
   */
  async dropBefore(from: number): Promise<void> {
    const old = this.#file!;
    const tail = Buffer.alloc(this.#size - from);
    if (tail.length > 0) await old.read(tail, 0, tail.length, from);
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    const fresh = await open(temp, 'w');
    try {
      if (tail.length > 0) await fresh.write(tail, 0, tail.length);
      await fresh.datasync();
    } finally {
      await fresh.close();
    }
    await rename(temp, this.path);
    // From the rename on, appends must go to the new file: swap the handle before anything else can fail.
    try {
      this.#file = await open(this.path, 'a+');
      this.#size = tail.length;
    } catch (error) {
      this.#broken = error as Error;
      throw error;
    } finally {
      await old.close().catch(() => undefined);
    }
    await syncDirectory(this.path).catch(() => undefined); // the rename is durable with the next directory sync at worst
  }

  async close(): Promise<void> {
    await this.#file?.close();
    this.#file = undefined;
  }
}

export async function syncDirectory(path: string): Promise<void> {
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Synchronous empty log, for a snapshot written at exit. */
export function emptyLogSync(path: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, '');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
