export interface JournalEntry {
  time: string;
  method: string;
  path: string;
  status: number;
  vendor: string | null;
  operation_id: string | null;
  duration_ms: number;
  /** The fault applied to the request: the rule id (or "X-Sandbox-Fault") and the action. */
  fault?: { rule: string; action: string };
}

/** The last N requests, newest first; kept in memory only (it is a debugging aid, not state). */
export function createJournal(size = 500) {
  const entries: JournalEntry[] = [];
  return {
    record(entry: JournalEntry) {
      entries.unshift(entry);
      if (entries.length > size) entries.pop();
    },
    list(limit = size): JournalEntry[] {
      return entries.slice(0, limit);
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
