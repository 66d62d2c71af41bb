import { defineConfig } from 'vitest/config';

// `npm run test:unit`: everything that needs no site build and no browser (seconds).
// `npm run test:e2e`: real builds of the portal and the browser (test/e2e, test/helpers/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/content/**/*.test.ts',
            'test/helpers/**/*.test.ts',
            'test/architecture/**/*.test.ts',
          ],
          // Loading a fixture reads the national PAPI tables (about a second on a busy machine).
          testTimeout: 30_000,
          // Both cores (the default leaves one for the main process, idle here).
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Builds everything the files read, once (it stops a build after 180 s).
          globalSetup: ['test/helpers/global-setup.ts'],
          // Most tests open a page or two: under a few seconds each. The heavy ones say their own.
          testTimeout: 30_000,
          // Hooks only open and close a browser.
          hookTimeout: 30_000,
          // One browser, one set of built sites: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
