import { defineConfig } from 'vitest/config';

/**
 * Browser journeys (`npm run test:e2e`): the global setup builds dist/, creates
 * the demo in a temporary SQLite database and serves it on a free port; each
 * file drives Debian's Chromium through playwright-core. Files run one after
 * another: journeys write to the same demo register (numbers must follow).
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
