/**
 * Builds both instances once (Quảng Trị, the default, and Bắc Ninh) with a fixed as-of
 * date, serves them on local ports, and finds (or installs) Chromium for the browser tests.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/browser.ts';
import { buildSite, root } from '../../scripts/lib/build-site.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/serve-static.ts';

/** The as-of date of the test builds, so "overdue" and "new" do not change with the calendar. */
export const TEST_AS_OF = '2025-12-31';

export const INSTANCES = { 'quang-tri': 'content/quang-tri', 'bac-ninh': 'content/bac-ninh' } as const;
export type InstanceName = keyof typeof INSTANCES;

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    sites: Record<InstanceName, { url: string; dir: string }>;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const servers: RunningServer[] = [];
  const sites = {} as Record<InstanceName, { url: string; dir: string }>;
  for (const [name, contentDir] of Object.entries(INSTANCES) as [InstanceName, string][]) {
    const dir = join(root, '.test-dist', name);
    rmSync(dir, { recursive: true, force: true });
    const result = buildSite({ contentDir, outDir: dir, asOf: TEST_AS_OF });
    if (result.status !== 0) throw new Error(`Build of ${name} failed:\n${result.output}`);
    const server = await serveStatic(dir);
    servers.push(server);
    sites[name] = { url: server.url, dir };
  }
  project.provide('chromiumPath', chromiumPath);
  project.provide('sites', sites);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
