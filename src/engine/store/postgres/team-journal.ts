// The request journal of a team: every replica writes its answered requests to sandbox_journal before it answers,
// and reads the team's rows, so /__sandbox/requests and requests/count do not depend on the replica asked. A request
// that got no answer (a reset or timeout fault) is written when its connection closes.
import type pg from 'pg';
import { materialize, type Journal, type JournalEntry, type JournalFilter, type JournalRecord } from '../../journal.js';

/** Delete rows beyond the journal size once every this many writes (the table stays near its size). */
const PRUNE_EVERY = 100;

export function createTeamJournal(pool: () => pg.Pool, replicaId: string, size = 500, onProblem: (message: string, error: unknown) => void = () => {}): Journal {
  let writes = 0;
  const insert = async (entry: JournalRecord) => {
    const row = { ...entry, replica: replicaId };
    await pool().query('INSERT INTO sandbox_journal (replica, at, vendor, tenant, operation_id, method, status, entry) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      replicaId,
      entry.time,
      entry.vendor,
      entry.tenant,
      entry.operation_id,
      entry.method,
      entry.status,
      JSON.stringify(row),
    ]);
    if (++writes % PRUNE_EVERY === 0) await pool().query('DELETE FROM sandbox_journal WHERE id <= (SELECT max(id) FROM sandbox_journal) - $1', [size]);
  };
  return {
    size,
    record(entry) {
      insert(entry).catch((error) => onProblem('team journal: could not record a request', error));
    },
    recordBeforeAnswer: insert,
    async list(limit = size, filter = {}) {
      const { where, values } = whereOf(filter, size);
      const { rows } = await pool().query<{ entry: string }>(`SELECT entry FROM sandbox_journal ${where} ORDER BY id DESC LIMIT $${values.length + 1}`, [...values, limit]);
      return rows.map((row): JournalEntry => materialize(JSON.parse(row.entry) as JournalRecord));
    },
    async count(filter = {}) {
      const { where, values } = whereOf(filter, size);
      const { rows } = await pool().query<{ n: string }>(`SELECT count(*) AS n FROM sandbox_journal ${where}`, values);
      return Number(rows[0].n);
    },
    async clear() {
      await pool().query('DELETE FROM sandbox_journal');
    },
  };
}

/** The filter as SQL over the row's columns (the same rules as the embedded journal's). */
function whereOf(filter: JournalFilter, size: number): { where: string; values: unknown[] } {
  // Only the newest `size` rows are the journal, as the embedded one keeps only its last `size` entries.
  const clauses: string[] = [`id > (SELECT coalesce(max(id), 0) FROM sandbox_journal) - ${Math.floor(size)}`];
  const values: unknown[] = [];
  const add = (sql: (at: string) => string, value: unknown) => {
    values.push(value);
    clauses.push(sql(`$${values.length}`));
  };
  if (filter.vendor !== undefined) add((at) => `vendor = ${at}`, filter.vendor);
  if (filter.tenant !== undefined) add((at) => `tenant = ${at}`, filter.tenant);
  if (filter.operation_id !== undefined) add((at) => `operation_id = ${at}`, filter.operation_id);
  if (filter.method !== undefined) add((at) => `method = ${at}`, filter.method.toUpperCase());
  if (filter.status) {
    if ('exact' in filter.status) add((at) => `status = ${at}`, filter.status.exact);
    else add((at) => `status / 100 = ${at}`, filter.status.class);
  }
  if (filter.since) add((at) => `at >= ${at}`, filter.since.toISOString());
  if (filter.until) add((at) => `at < ${at}`, filter.until.toISOString());
  return { where: `WHERE ${clauses.join(' AND ')}`, values };
}
