import { closest } from '../../did-you-mean.js';
// The team store's SQL and connection string handling, in one place.
import { GLOBAL_LOCK, GLOBAL_SCOPE, LOCK_NAMESPACE, lockKeyOf } from './scopes.js';

export function isPostgresUrl(location: string | undefined): location is string {
  return typeof location === 'string' && /^postgres(ql)?:\/\//i.test(location);
}

/** The generation, and each given scope's rows after the given sequence number, in order. */
export const SELECT_SCOPES = `
  SELECT m.generation, c.scope, c.seq, c.changes,
    EXISTS (SELECT 1 FROM unnest($1::text[], $2::bigint[]) AS k(scope, seq) JOIN sandbox_scopes s ON s.scope = k.scope WHERE s.pruned > k.seq) AS pruned_past
  FROM sandbox_meta m
  LEFT JOIN LATERAL (
    SELECT c.scope, c.seq, c.changes FROM unnest($1::text[], $2::bigint[]) AS k(scope, seq)
    JOIN sandbox_changes c ON c.scope = k.scope AND c.seq > k.seq
  ) c ON true
  ORDER BY c.scope, c.seq`;

/** Each scope's next row, and its head in sandbox_scopes, in one statement. */
export const INSERT_CHANGES = `
  WITH written AS (
    INSERT INTO sandbox_changes (scope, seq, changes, replica)
    SELECT scope, seq, changes, $4 FROM unnest($1::text[], $2::bigint[], $3::text[]) AS t(scope, seq, changes)
  )
  INSERT INTO sandbox_scopes (scope, head, bytes)
  SELECT scope, seq, octet_length(changes) FROM unnest($1::text[], $2::bigint[], $3::text[]) AS t(scope, seq, changes)
  ON CONFLICT (scope) DO UPDATE SET head = EXCLUDED.head, bytes = sandbox_scopes.bytes + EXCLUDED.bytes`;

/** Fold the rows up to each scope's position into a new snapshot (the caller holds the global lock exclusively). */
export const CHECKPOINT_SNAPSHOT = 'UPDATE sandbox_meta SET snapshot = $1, positions = $2, snapshot_bytes = octet_length($1), written_at = now()';
export const CHECKPOINT_MARK = 'UPDATE sandbox_scopes s SET pruned = p.seq, bytes = 0 FROM unnest($1::text[], $2::bigint[]) AS p(scope, seq) WHERE s.scope = p.scope';
export const CHECKPOINT_PRUNE = 'DELETE FROM sandbox_changes c USING unnest($1::text[], $2::bigint[]) AS p(scope, seq) WHERE c.scope = p.scope AND c.seq <= p.seq';

/** What a joining replica would replay, against the snapshot it would parse. */
export const LOG_SIZE = `SELECT (SELECT coalesce(sum(bytes), 0) FROM sandbox_scopes) AS log_bytes, snapshot_bytes FROM sandbox_meta`;

/** One more in a counter's window (a new window starts again at 1). */
export const INCREMENT = `
  INSERT INTO sandbox_counters (key, time_window, count) VALUES ($1, $2, 1)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN sandbox_counters.time_window = EXCLUDED.time_window THEN sandbox_counters.count + 1 ELSE 1 END,
    time_window = EXCLUDED.time_window
  RETURNING count`;

/** Open a transaction holding the global lock (shared, or exclusive) and the scopes' locks, always in one order. */
export const lockSql = (scopes: string[], globalExclusive: boolean) =>
  [
    'BEGIN',
    `SELECT ${globalExclusive ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared'}(${LOCK_NAMESPACE}, ${GLOBAL_LOCK})`,
    ...[...new Set(scopes.filter((scope) => scope !== GLOBAL_SCOPE).map(lockKeyOf))].sort((a, b) => a - b).map((key) => `SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${key})`),
  ].join('; ');

/** The connection string without the sandbox's own `schema` parameter, and a location safe to show (no password). */
/**
 * Why a --db value that looks like a URL but is not a PostgreSQL one is refused, or undefined when it is fine. Without
 * this, "postgress://user:secret@host/db" would quietly become a file store in a directory named after the password,
 * and every replica would get private state. Drive letters (C:\\...) and ':memory:' are not schemes.
 */
export function dbSettingProblem(db: string): string | undefined {
  if (db === ':memory:' || /^postgres(ql)?:\/\//i.test(db) || /^[a-z]:[\\/]/i.test(db)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(db)?.[1];
  if (scheme === undefined) return undefined;
  const lower = scheme.toLowerCase();
  const near = lower === 'postgres' || lower === 'postgresql' ? lower : closest(lower, ['postgres', 'postgresql']);
  const rest = db.slice(scheme.length + 1).replace(/^\/*/, '');
  const guess = near ? `; did you mean ${redactPassword(`${near}://${rest}`)}?` : '';
  return `"${redactPassword(db)}" is not a database the sandbox can use (a file path, :memory:, or a postgres:// URL)${guess || '.'}`;
}

/** A URL or its user part with the password replaced by "***", for messages and logs. */
function redactPassword(text: string): string {
  return text.replace(/^([^:/@]*:\/\/)?([^:/@]*):[^@/]*@/, (_all, scheme: string | undefined, user: string) => `${scheme ?? ''}${user}:***@`);
}

/** A connection or start-up failure of the team store, worded for the setting that named it. */
export function describeConnectError(error: unknown, location: string): Error {
  const err = error as { message?: string; code?: string };
  const message = err.message ?? String(error);
  const why = /client password must be a string/.test(message)
    ? 'the URL has no password (postgres://USER:PASSWORD@HOST:PORT/DB)'
    : err.code === 'ECONNREFUSED'
      ? `nothing accepts connections there (${message}); is PostgreSQL running, on that host and port?`
      : err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN'
        ? `the host is unknown (${message})`
        : err.code === '28P01'
          ? `${message} (check the user and password in the URL)`
          : err.code === '3D000'
            ? `${message} (create it, or name another database in the URL)`
            : message;
  return new Error(`cannot use the team database ${location} (--db / SANDBOX_DB): ${why}`, { cause: error });
}

export function readUrl(url: string): { connectionString: string; schema?: string; location: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema "${schema}" in the database URL: use lower-case letters, digits and _`);
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  const shown = new URL(connectionString);
  shown.password = '';
  return { connectionString, schema, location: `${shown.toString()}${schema ? ` (schema ${schema})` : ''}` };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
