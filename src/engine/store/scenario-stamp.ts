// Which start-up document an embedded database was started from: a fingerprint beside the file (`<db>.scenario`).
// A restart with the same --scenario goes on with the data (a container restarting with its command line, a dev
// sandbox started the same way each morning); a different document on that data is refused, since applying it again
// would add its records twice and skipping it would leave a cached workspace on other data.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ScenarioDocument } from '../types.js';

export function fingerprintOf(doc: ScenarioDocument | undefined): string | undefined {
  return doc === undefined ? undefined : createHash('sha256').update(JSON.stringify(doc)).digest('hex');
}

export function readStamp(dbPath: string): string | undefined {
  try {
    return readFileSync(`${dbPath}.scenario`, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Written once the database holds the document's data; removed when it was started without one. */
export function writeStamp(dbPath: string, fingerprint: string | undefined): void {
  if (fingerprint === undefined) rmSync(`${dbPath}.scenario`, { force: true });
  else writeFileSync(`${dbPath}.scenario`, `${fingerprint}\n`);
}
