/**
 * What the browser tests share: the two instances in the repository (and a third, generated one:
 * generated-instance.ts), the as-of date they are built with, and
 * what the global setup (test/helpers/global-setup.ts) builds once and hands to every file.
 */

/** The as-of date of the test builds, so "overdue" and "new" do not change with the calendar. */
export const TEST_AS_OF = '2025-12-31';

export const INSTANCES = { 'quang-tri': 'content/quang-tri', 'bac-ninh': 'content/bac-ninh' } as const;
export type InstanceName = keyof typeof INSTANCES;

export interface ServedSite {
  url: string;
  dir: string;
}

/** A build a test judges itself: its folder, its exit status and its output. */
export interface BuildOutcome {
  dir: string;
  status: number | null;
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one headless Chromium (browser.ts connects each test file to it). */
    browserEndpoint: string;
    /** Both instances, built with TEST_AS_OF and served. */
    sites: Record<InstanceName, ServedSite>;
    /** The default instance built a second time, at the same time as the first (reproducible.test.ts). */
    rebuild: BuildOutcome;
    /** The attack fixture (xss-fixture.ts) built as a small instance and served (security.test.ts). */
    xss: BuildOutcome & { url: string; fields: string[] };
    /** axe-core's folder, served (axe.ts). */
    axeUrl: string;
    /** A copy of the project with little national data, for small builds (small-project.ts). */
    smallProject: string;
    /** The third instance, made by new-instance (generated-instance.ts), built and served when the build succeeded. */
    generated: BuildOutcome & { url: string; contentDir: string; newInstanceSeconds: number; buildSeconds: number };
    /**
     * The national hub (hub.ts), built and served when its build succeeded, with the served
     * address of each province's portal its search merges (one answers 404), and their names.
     */
    hub: BuildOutcome & {
      url: string;
      seconds: number;
      portals: Record<'quang-tri' | 'bac-ninh' | 'lao-cai' | 'ha-noi', string>;
      names: Record<'quang-tri' | 'bac-ninh' | 'lao-cai' | 'ha-noi', string>;
    };
  }
}
