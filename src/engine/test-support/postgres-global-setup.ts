// vitest globalSetup: provides 'pgUrl' to the tests (read it with postgresUrlForTests() or inject('pgUrl')).
// PG_URL if set (it must answer); else a throwaway cluster from the installed binaries, stopped at teardown;
// else, in CI, a failure (.ci/run installs postgresql); else '' and the PostgreSQL tests skip with a message.
import type { TestProject } from 'vitest/node';
import { checkReachable, findPostgresBin, startThrowawayCluster, type PostgresServer } from './postgres-cluster.js';

// Each project (unit, contract) runs its global setup; they share one cluster, stopped when the last tears down.
const shared = globalThis as { sandboxPostgres?: { server: Promise<PostgresServer>; users: number }; sandboxPostgresWarned?: boolean };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const noTeardown = async () => {};
  const pgUrl = process.env.PG_URL;
  if (pgUrl) {
    await checkReachable(pgUrl).catch((error: Error) => {
      throw new Error(`PG_URL is set but does not answer (${error.message}): ${pgUrl.replace(/:[^:@/]*@/, ':***@')}`);
    });
    project.provide('pgUrl', pgUrl);
    return noTeardown;
  }
  if (!findPostgresBin()) {
    if (process.env.CI) throw new Error("PostgreSQL is not installed: .ci/run installs Debian's postgresql");
    if (!shared.sandboxPostgresWarned) console.warn('[referral-sandbox] PostgreSQL tests skipped: no PostgreSQL found (apt-get install postgresql, or set PG_URL)');
    shared.sandboxPostgresWarned = true;
    project.provide('pgUrl', '');
    return noTeardown;
  }
  const entry = (shared.sandboxPostgres ??= { server: startThrowawayCluster(), users: 0 });
  entry.users++;
  try {
    project.provide('pgUrl', (await entry.server).url);
  } catch (error) {
    delete shared.sandboxPostgres; // let a later setup try again rather than reuse the failure
    throw error;
  }
  return async () => {
    if (--entry.users > 0) return;
    if (shared.sandboxPostgres === entry) delete shared.sandboxPostgres;
    await (await entry.server).stop();
  };
}
