// Verification mode (SANDBOX_VERIFY_LOG=1, on in the test suite): a shadow copy of the database that only ever
// changes by replaying what the store logged. If it differs from memory after a commit, something changed a record
// behind its collection's back, and that change would be lost in a crash.
import { applyChanges, hydrate, type SpecAt } from './apply-changes.js';
import type { Change } from './change-batch.js';
import type { Database } from './database.js';

export interface ShadowCheck {
  /** Start over from a whole database (a snapshot just written, a replaced or reloaded database). */
  resetFrom(json: string): void;
  /** Replay one logged entry (`{"c": [...]}`), then compare with memory; returns where they differ, if they do. */
  replayAndCompare(entryJson: string | null, memory: Database): string | undefined;
}

export function createShadowCheck(specAt: SpecAt): ShadowCheck {
  let shadow: Database | null = null;
  const resetFrom = (json: string) => {
    shadow = hydrate(JSON.parse(json), [], specAt) as Database;
  };
  return {
    resetFrom,
    replayAndCompare(entryJson, memory) {
      if (entryJson !== null) applyChanges(shadow!, (JSON.parse(entryJson) as { c: Change[] }).c, specAt);
      const replayed = JSON.stringify({ ...shadow, log_sequence: undefined });
      const current = JSON.stringify({ ...memory, log_sequence: undefined });
      if (replayed === current) return undefined;
      resetFrom(current); // one report per slip, not one per later commit
      return firstDifference(JSON.parse(replayed), JSON.parse(current), '');
    },
  };
}

function firstDifference(a: unknown, b: unknown, at: string): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at || '(root)';
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = (a as Record<string, unknown>)[key];
    const right = (b as Record<string, unknown>)[key];
    if (JSON.stringify(left) !== JSON.stringify(right)) return firstDifference(left, right, `${at}${at ? '.' : ''}${key}`);
  }
  return at || '(root)';
}
