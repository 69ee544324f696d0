// The leader among the replicas: whoever holds a session advisory lock on its own connection. It follows every scope
// and sends the webhooks; the others try for the lock every second. The lock lives exactly as long as that session,
// so a replica that dies (or loses its connection) hands over without anyone cleaning up.
import pg from 'pg';
import type { ProblemLog } from '../../logger.js';
import { LEADER_LOCK, LOCK_NAMESPACE } from './scopes.js';

export interface Leader {
  readonly leading: boolean;
  /** Connect and try for the lock once (at start-up, so a lone replica leads before it serves). */
  elect(): Promise<void>;
  /** Keep trying (followers, every second) or ticking (the leader, every `tickMs`). */
  start(): void;
  close(): Promise<void>;
}

export function createLeader(options: { connection: pg.ClientConfig; replicaId: string; log: ProblemLog; tickMs: number; tick: () => Promise<void> }): Leader {
  const { replicaId, log } = options;
  let client: pg.Client | null = null;
  let leading = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  async function elect(): Promise<void> {
    if (!client) {
      const fresh = new pg.Client({ ...options.connection, application_name: `referral-sandbox ${replicaId} leader` });
      fresh.on('error', (error) => {
        if (leading) log.warn(`team store: ${replicaId} lost its leader connection (${error.message}); another replica takes over webhooks`);
        leading = false;
        if (client === fresh) client = null;
        void fresh.end().catch(() => undefined);
      });
      await fresh.connect();
      client = fresh;
    }
    if (!leading) {
      const { rows } = await client.query<{ won: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_NAMESPACE}, ${LEADER_LOCK}) AS won`);
      leading = rows[0].won;
      return;
    }
    // still connected, so still holding the lock (a session that died took the lock with it)
    await client.query('SELECT 1').catch((error: Error) => {
      leading = false;
      throw error;
    });
  }

  async function campaign(): Promise<void> {
    if (closed) return;
    try {
      await elect();
      if (leading) await options.tick();
    } catch (error) {
      if (!closed && leading) log.warn('team store: the leader could not catch up', error);
    } finally {
      if (!closed) {
        timer = setTimeout(() => void campaign(), leading ? options.tickMs : 1000);
        timer.unref();
      }
    }
  }

  return {
    get leading() {
      return leading;
    },
    elect,
    start() {
      timer = setTimeout(() => void campaign(), options.tickMs);
      timer.unref();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
