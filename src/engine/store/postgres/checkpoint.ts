// Checkpoints: the leader folds the change rows into the snapshot, so a joining replica's start-up and the table's
// size follow the state, not its history. One runs as an admin change (the global lock held exclusively, everything
// caught up first): memory is then exactly the database and no replica writes until its one transaction commits.
// The generation stays, so replicas keep their memory; one that had not applied a pruned row reloads (pruned_past).
import type pg from 'pg';
import type { ProblemLog } from '../../logger.js';
import { CHECKPOINT_MARK, CHECKPOINT_PRUNE, CHECKPOINT_SNAPSHOT, LOG_SIZE } from './sql.js';

export interface CheckpointDeps {
  pool: pg.Pool;
  /** The last row of each scope applied to memory (what the snapshot will hold). */
  positions: Map<string, number>;
  serialise(): string;
  /** Run inside an admin change, on its client. */
  exclusive(task: (client: pg.PoolClient) => Promise<void>): Promise<void>;
  commitOrThrow(client: pg.PoolClient): Promise<void>;
  /** Checkpoint once the rows pass this many bytes and the snapshot's size. */
  atBytes: number;
  hook?: (client: unknown) => Promise<void> | void;
  log: ProblemLog;
}

export function createCheckpoints(deps: CheckpointDeps) {
  let running = false;

  async function checkpoint(): Promise<void> {
    await deps.exclusive(async (client) => {
      const scopes = [...deps.positions.keys()];
      const seqs = scopes.map((scope) => deps.positions.get(scope)!);
      const text = deps.serialise();
      await client.query('BEGIN');
      try {
        await client.query(CHECKPOINT_SNAPSHOT, [text, JSON.stringify(Object.fromEntries(deps.positions))]);
        await client.query(CHECKPOINT_MARK, [scopes, seqs]);
        await client.query(CHECKPOINT_PRUNE, [scopes, seqs]);
        await deps.hook?.(client);
        await deps.commitOrThrow(client);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  return {
    /** On the leader's tick: checkpoint once the rows a joining replica would replay outweigh the snapshot. */
    async runIfDue(): Promise<void> {
      if (running) return;
      const { rows } = await deps.pool.query<{ log_bytes: string; snapshot_bytes: string }>(LOG_SIZE);
      const logBytes = Number(rows[0]?.log_bytes ?? 0);
      if (logBytes <= Math.max(deps.atBytes, Number(rows[0]?.snapshot_bytes ?? 0))) return;
      running = true;
      try {
        await checkpoint();
      } catch (error) {
        deps.log.warn('team store: could not checkpoint the change rows; the next tick tries again', error);
      } finally {
        running = false;
      }
    },
  };
}
