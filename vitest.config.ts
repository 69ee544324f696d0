import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every commit in every test is replayed from its log entry onto a shadow copy and compared with memory, so a
    // change that bypasses the collections (and would be lost in a crash) fails the test that made it.
    env: { SANDBOX_VERIFY_LOG: '1' },
    // A PostgreSQL server for the team-store tests: PG_URL, or a throwaway cluster started once for the run.
    globalSetup: ['src/engine/test-support/postgres-global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts'] } },
      { extends: true, test: { name: 'contract', include: ['contract-tests/**/*.contract.test.ts'], testTimeout: 20000 } },
      // The same contract suite once more, with every sandbox on the team store (PostgreSQL) instead of memory.
      {
        extends: true,
        test: {
          name: 'contract-pg',
          include: ['contract-tests/**/*.contract.test.ts'],
          exclude: ['contract-tests/support/**'],
          env: { SANDBOX_VERIFY_LOG: '1', CONTRACT_STORE: 'postgres' },
          testTimeout: 20000,
        },
      },
    ],
  },
});
