import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` holds pure modules (no database), `db` everything that
 * touches storage, the HTTP API or the CLI. `npm run test:pg` runs the `db`
 * project again with DIEUHANH_TEST_ENGINE=postgres.
 */
export default defineConfig({
  test: {
    // Two files at a time even on a 2-CPU machine (vitest's default there is one): database
    // work runs in the SQLite driver's and PostgreSQL's own time, so the files overlap well.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Every file gets its own database (in-memory SQLite or a fresh PostgreSQL schema).
          pool: 'forks',
          // The demo province is built once per run and copied into the files that read it.
          globalSetup: ['server/testing/global-setup.ts'],
        },
      },
    ],
  },
});
