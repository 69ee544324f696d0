// Vendor requests' holds on their tenant in the team store (see pg-store.ts): a write is alone on its tenant across
// replicas from before its handler runs until its changes are committed, and writes queued behind each other in a
// replica share one transaction; a read sees every write committed before it arrived and none that may still fail.
import type pg from 'pg';
import type { Change } from '../change-batch.js';
import { StorageError, type Lease } from '../store.js';
import type { Gate, KeyedMutex } from './local-locks.js';
import { RELOAD, type ScopedMemory } from './scoped-memory.js';
import { tenantScope } from './scopes.js';
import { INSERT_CHANGES, lockSql } from './sql.js';

export interface LeaseDeps {
  pool: pg.Pool;
  memory: ScopedMemory;
  gate: Gate;
  mutex: KeyedMutex;
  replicaId: string;
  loaded: Promise<void>;
  /** Memory may hold changes the database does not (a failed write): reload before using it. */
  isStale(): boolean;
  markStale(): void;
  reload(): Promise<void>;
  /** Apply the scopes' rows this replica has not seen; throws RELOAD when it cannot follow them. */
  catchUp(on: pg.Pool | pg.PoolClient, scopes: string[]): Promise<number>;
  commitOrThrow(client: pg.PoolClient): Promise<void>;
  commitScopesLoose(scopes: string[]): Promise<void>;
  failed(error: unknown, what: string): StorageError;
  unavailable(error: unknown): StorageError;
}

export function createLeases(deps: LeaseDeps) {
  const { pool, memory, gate, mutex, replicaId, reload, catchUp, commitOrThrow, commitScopesLoose, failed, unavailable } = deps;
  const { positions, committing } = memory;

  /**
   * A tenant's writes in this replica that share one transaction: one lock, one catch-up, one row, one commit for
   * all the requests that queue behind each other while it is open (the embedded store's group commit, per tenant).
   */
  interface WriteGroup {
    client: pg.PoolClient;
    changes: Change[];
    waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
    /** Members whose handler runs: the group is written once none does. */
    running: number;
    members: number;
    /** No more members: it is being written, or it is full (so a stream of writes cannot keep it open). */
    closed: boolean;
    writing: boolean;
    done: Promise<void>;
    finish: () => void;
  }
  const groups = new Map<string, WriteGroup>();
  const GROUP_LIMIT = 64;

  async function enter(vendor: string, tenant: string, write: boolean): Promise<Lease> {
    await deps.loaded; // a getter: the store's start-up promise exists only after the leases are made
    const scope = tenantScope(vendor, tenant);
    for (let attempt = 1; ; attempt++) {
      if (deps.isStale()) await reload().catch((error) => Promise.reject(unavailable(error)));
      const releaseGate = await gate.shared();
      try {
        return write ? await enterWrite(scope, releaseGate) : await enterRead(scope, releaseGate);
      } catch (error) {
        releaseGate();
        if (error === RELOAD && attempt < 3) {
          deps.markStale();
          continue;
        }
        throw error === RELOAD ? new StorageError('The database keeps being reset; try again.') : unavailable(error);
      }
    }
  }

  async function enterWrite(scope: string, releaseGate: () => void): Promise<Lease> {
    // One handler at a time per tenant here; the advisory lock does the same across replicas.
    const releaseScope = await mutex.lock(scope);
    try {
      let group = groups.get(scope);
      while (group?.closed) {
        await group.done;
        group = groups.get(scope);
      }
      // A write that failed meanwhile left memory holding changes the database does not: reload, then start again.
      if (deps.isStale()) throw RELOAD;
      group ??= await openGroup(scope);
      group.running += 1;
      group.members += 1;
      if (group.members >= GROUP_LIMIT) group.closed = true;
      return writeLease(scope, group, releaseScope, releaseGate);
    } catch (error) {
      releaseScope();
      throw error;
    }
  }

  async function openGroup(scope: string): Promise<WriteGroup> {
    const client = await pool.connect();
    try {
      await client.query(lockSql([scope], false));
      if (deps.isStale()) throw RELOAD;
      await catchUp(client, [scope]);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(error === RELOAD ? undefined : (error as Error));
      throw error;
    }
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const group: WriteGroup = { client, changes: [], waiting: [], running: 0, members: 0, closed: false, writing: false, done, finish };
    groups.set(scope, group);
    return group;
  }

  function writeLease(scope: string, group: WriteGroup, releaseScope: () => void, releaseGate: () => void): Lease {
    let handedIn: Promise<void> | undefined;
    let released = false;
    const handIn = () => {
      if (handedIn) return handedIn;
      group.changes.push(...(memory.takeChanges([scope]).get(scope) ?? []));
      handedIn = new Promise<void>((resolve, reject) => group.waiting.push({ resolve, reject }));
      group.running -= 1;
      releaseScope(); // the next write to this tenant runs inside the same transaction
      if (group.running === 0) setImmediate(() => void writeGroup(scope, group));
      return handedIn;
    };
    return {
      commit: handIn,
      release() {
        if (released) return;
        released = true;
        handIn()
          .catch(() => undefined)
          .finally(releaseGate);
      },
    };
  }

  async function writeGroup(scope: string, group: WriteGroup): Promise<void> {
    if (group.running > 0 || group.writing) return; // a member still runs (it writes the group), or it is written
    group.writing = true;
    group.closed = true;
    const { client } = group;
    try {
      if (group.changes.length > 0) {
        const seq = (positions.get(scope) ?? 0) + 1;
        await client.query(INSERT_CHANGES, [[scope], [seq], [JSON.stringify(group.changes)], replicaId]);
        committing.set(scope, seq);
        try {
          await commitOrThrow(client);
          positions.set(scope, seq);
        } finally {
          committing.delete(scope);
        }
      } else await commitOrThrow(client);
      client.release();
      for (const member of group.waiting) member.resolve();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(error as Error);
      const failure = failed(error, `save changes to ${scope}`);
      for (const member of group.waiting) member.reject(failure);
    } finally {
      groups.delete(scope);
      group.finish();
    }
  }

  /**
   * A read sees every write committed before it arrived (a catch-up round begun after it asked) and none of this
   * replica's that may still fail (it waits for the tenant's open transaction). It takes no lock: handlers run to
   * completion between two awaits, and a write transaction cannot open in between without a round trip.
   */
  async function enterRead(scope: string, releaseGate: () => void): Promise<Lease> {
    // Wait for the tenant's open transaction, then catch up; again if one opened during the round.
    for (;;) {
      for (let group = groups.get(scope); group; group = groups.get(scope)) await group.done;
      if (deps.isStale()) throw RELOAD;
      await catchUpRound(scope);
      if (!groups.has(scope) && !deps.isStale()) break;
    }
    let saving: Promise<void> | undefined;
    let released = false;
    return {
      // Only a read that emitted webhook deliveries commits: like a loose change, under the tenant's mutex so no
      // writer's changes in progress are taken along. Anything else a read changed (a tenant's empty state on first
      // use) rides with the tenant's next write here, as with the embedded store.
      commit: () => (saving ??= commitScopesLoose([scope])),
      release() {
        if (released) return;
        released = true;
        (saving ?? Promise.resolve()).catch(() => undefined).finally(releaseGate);
      },
    };
  }

  const rounds = new Map<string, { current?: Promise<void>; next?: Promise<void> }>();
  /** Catch up on one scope. Concurrent callers share a round, but never one that began before they asked. */
  function catchUpRound(scope: string): Promise<void> {
    let round = rounds.get(scope);
    if (!round) rounds.set(scope, (round = {}));
    const mine = round;
    if (!mine.current) {
      const current: Promise<void> = catchUp(pool, [scope])
        .then(() => undefined)
        .finally(() => {
          if (mine.current === current) mine.current = undefined;
          if (!mine.current && !mine.next && rounds.get(scope) === mine) rounds.delete(scope);
        });
      mine.current = current;
      return current;
    }
    mine.next ??= mine.current
      .catch(() => undefined)
      .then(() => {
        mine.next = undefined;
        return catchUpRound(scope);
      });
    return mine.next;
  }

  return { enter, catchUpRound };
}
