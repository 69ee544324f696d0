// The request journal: the last N requests with what they carried and what they got, credentials redacted.

/** Bodies are kept up to this many bytes of their JSON text each; a longer one is kept as its first bytes, as text. */
export const JOURNAL_BODY_CAP_BYTES = 16 * 1024;

export const REDACTED = '[redacted]';

export type HeaderMap = Record<string, string | string[]>;

/** A request or response as the journal keeps it. */
export interface JournalMessage {
  /** Credential headers read "[redacted]". */
  headers: HeaderMap;
  /** The parsed body (a request's as it arrived, a response's as sent); absent when there was none. */
  body?: unknown;
  /** The body was longer than the cap: `body` is the first JOURNAL_BODY_CAP_BYTES of its JSON text, a string. */
  truncated?: true;
  /** With `truncated`: the size of the whole body's JSON text. */
  body_bytes?: number;
}

export interface JournalEntry {
  /** On the sandbox clock, when the answer was finished. */
  time: string;
  method: string;
  path: string;
  /** The query string without "?", credential parameters' values redacted; "" when there was none. */
  query: string;
  /** The tenant the credentials named; null when the request did not authenticate. */
  tenant: string | null;
  /** 0: the connection was reset or timed out, with no answer. */
  status: number;
  vendor: string | null;
  operation_id: string | null;
  duration_ms: number;
  request: JournalMessage;
  response: JournalMessage;
  /** The fault applied to the request: the rule id (or "X-Sandbox-Fault") and the action. */
  fault?: { rule: string; action: string };
  /** Ids of the webhook deliveries the request caused (see /__sandbox/webhooks/deliveries). */
  webhooks: string[];
  /** Team store: the replica that answered. */
  replica?: string;
  /** A 401's X-Sandbox-Hint: why the credentials were refused. */
  hint?: string;
  /** On a 401: the known credential that was sent (whose, how, a fingerprint, never the value); null: none known. */
  credential?: { vendor: string; tenant: string; presented: string; fingerprint: string } | null;
}

/** A body as it is stored: its (capped) JSON text, parsed again only when the journal is read. */
interface StoredBody {
  text: string;
  truncated: boolean;
  bytes: number;
}

export interface JournalRecord extends Omit<JournalEntry, 'request' | 'response'> {
  request: { headers: HeaderMap; body?: StoredBody };
  response: { headers: HeaderMap; body?: StoredBody };
}

export interface JournalFilter {
  vendor?: string;
  tenant?: string;
  operation_id?: string;
  /** An exact status, or a class: 2xx .. 5xx. */
  status?: { exact: number } | { class: number };
  method?: string;
  /** Inclusive, on the sandbox clock. */
  since?: Date;
  /** Exclusive, on the sandbox clock. */
  until?: Date;
}

/**
 * What the admin routes and the pipeline use. The embedded journal answers at once; the team store's answers for
 * every replica (journal rows in PostgreSQL), so its reads are promises and each answered request is recorded there
 * before its answer is sent.
 */
export interface Journal {
  size: number;
  record(entry: JournalRecord): void;
  /** Team store: write the entry where every replica reads it, before the answer goes out. */
  recordBeforeAnswer?(entry: JournalRecord): Promise<void>;
  list(limit?: number, filter?: JournalFilter): JournalEntry[] | Promise<JournalEntry[]>;
  count(filter?: JournalFilter): number | Promise<number>;
  clear(): void | Promise<void>;
}

/** The last N requests, newest first; kept in memory only (it is a debugging aid, not state). */
export interface MemoryJournal extends Journal {
  list(limit?: number, filter?: JournalFilter): JournalEntry[];
  count(filter?: JournalFilter): number;
  clear(): void;
}

export function createJournal(size = 500): MemoryJournal {
  let entries: JournalRecord[] = [];
  const matching = (filter: JournalFilter) => entries.filter((entry) => matches(entry, filter));
  return {
    size,
    record(entry: JournalRecord) {
      entries.unshift(entry);
      if (entries.length > size) entries.pop();
    },
    list(limit = size, filter: JournalFilter = {}): JournalEntry[] {
      return matching(filter).slice(0, limit).map(materialize);
    },
    count(filter: JournalFilter = {}): number {
      return matching(filter).length;
    },
    clear() {
      entries = [];
    },
  };
}


function matches(entry: JournalRecord, filter: JournalFilter): boolean {
  if (filter.vendor !== undefined && entry.vendor !== filter.vendor) return false;
  if (filter.tenant !== undefined && entry.tenant !== filter.tenant) return false;
  if (filter.operation_id !== undefined && entry.operation_id !== filter.operation_id) return false;
  if (filter.method !== undefined && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.status) {
    if ('exact' in filter.status ? entry.status !== filter.status.exact : Math.floor(entry.status / 100) !== filter.status.class) return false;
  }
  if (filter.since || filter.until) {
    const at = Date.parse(entry.time);
    if (filter.since && at < filter.since.getTime()) return false;
    if (filter.until && at >= filter.until.getTime()) return false;
  }
  return true;
}

export function materialize(entry: JournalRecord): JournalEntry {
  return { ...entry, request: materializeMessage(entry.request), response: materializeMessage(entry.response) };
}

function materializeMessage(message: { headers: HeaderMap; body?: StoredBody }): JournalMessage {
  const { headers, body } = message;
  if (!body) return { headers };
  if (body.truncated) return { headers, body: body.text, truncated: true, body_bytes: body.bytes };
  return { headers, body: JSON.parse(body.text) };
}

/**
 * Snapshot a body as capped JSON text: later changes to the object (handlers return live state) do not show, and
 * never more than the cap is kept (a fresh copy, so a 1 MiB text is not retained through a slice of it).
 */
export function captureBody(body: unknown, cap = JOURNAL_BODY_CAP_BYTES): StoredBody | undefined {
  if (body === undefined) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch {
    text = undefined;
  }
  if (text === undefined) return { text: '', truncated: true, bytes: 0 };
  return captureText(text, cap);
}

/** A body already serialised, capped as captureBody caps it. */
export function captureText(text: string, cap = JOURNAL_BODY_CAP_BYTES): StoredBody {
  // A UTF-8 text is never shorter in bytes than in UTF-16 units, so short texts skip the byte count.
  if (text.length * 3 <= cap) return { text, truncated: false, bytes: text.length };
  const bytes = Buffer.byteLength(text);
  if (bytes <= cap) return { text, truncated: false, bytes };
  const head = Buffer.from(text.slice(0, cap), 'utf8').subarray(0, cap).toString('utf8').replace(/\uFFFD$/, '');
  return { text: head, truncated: true, bytes };
}

/** Header and query parameter names that carry credentials (X-App-Id is not secret; X-App-Token is). */
const SECRET_NAME = /auth|token|key|secret|signature|password|passwd|cookie|session|credential|^x-prefinery-/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Headers with credentials replaced by "[redacted]"; names lower case. */
export function redactHeaders(headers: Record<string, number | string | string[] | undefined>): HeaderMap {
  const out: HeaderMap = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    out[key] = isSecretName(key) ? REDACTED : Array.isArray(value) ? value.map(String) : String(value);
  }
  return out;
}

/** A query string (without "?") with the values of credential parameters (Prefinery's api_key, ...) redacted. */
export function redactQuery(search: string): string {
  if (search === '') return '';
  return search
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      const rawName = at === -1 ? pair : pair.slice(0, at);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // an undecodable name is judged as written
      }
      return at !== -1 && (isSecretName(name) || isSecretName(rawName)) ? `${rawName}=${REDACTED}` : pair;
    })
    .join('&');
}
