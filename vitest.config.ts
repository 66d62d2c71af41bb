import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/content/**/*.test.ts', 'test/helpers/**/*.test.ts'],
          // Loading a fixture reads the national PAPI tables (about a second on a busy machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser, one set of built sites: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
