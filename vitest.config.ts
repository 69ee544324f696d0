import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts'] } },
      { extends: true, test: { name: 'contract', include: ['contract-tests/**/*.contract.test.ts'], testTimeout: 20000 } },
    ],
  },
});
