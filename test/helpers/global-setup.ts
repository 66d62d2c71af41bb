/**
 * Builds, once for every browser test file, everything they read, all at the same time (the
 * builds are mostly one core each, so on two cores three at once take about as long as two
 * one after the other):
 *
 * - both instances (Quảng Trị, the default, and Bắc Ninh) with a fixed as-of date, served;
 * - a third instance the repository does not carry (Lào Cai), made first by `npm run new-instance`
 *   into a temporary content folder (generated-instance.ts), served (generated-instance.test.ts);
 * - the default instance a second time, for the reproducible-build test to compare;
 * - the attack fixture (xss-fixture.ts), written while those build and built as a small
 *   instance (small-project.ts), served, for the security test;
 * - the national hub (hub.ts) over the three provinces, built beside them; once they are served,
 *   the list of portals its search page reads at run time is rewritten with their addresses, and
 *   one address that answers 404 (hub.test.ts).
 *
 * It also finds (or installs) Chromium and starts it once for every file (browser.ts), and
 * serves axe-core (axe.ts). A build that fails or takes longer than BUILD_TIMEOUT
 * stops the run if the instances need it; the other two are judged by their tests.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/browser.ts';
import { buildSiteAsync, root } from '../../scripts/lib/build-site.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/serve-static.ts';
import { writePortalList } from '../../scripts/lib/hub-search.ts';
import { writeGeneratedInstance } from './generated-instance.ts';
import { HUB_PROVINCES, MISSING, writeTestHub, type HubProvince } from './hub.ts';
import { INSTANCES, TEST_AS_OF, type InstanceName, type ServedSite } from './sites.ts';
import { writeSmallProject } from './small-project.ts';
import { writeXssFixture } from './xss-fixture.ts';

/**
 * Seconds a build may take. Measured on 2 cores shared with other test runs: 32–47 s for each
 * of the three side by side; with the generated instance as a fourth, 94–163 s each while other
 * runs kept the load average at 9–12.
 */
const BUILD_TIMEOUT = 300;

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const out = join(root, '.test-dist');
  const small = join(out, 'small-project');
  const started = performance.now();
  const build = (contentDir: string, outDir: string, cwd = root) => {
    rmSync(outDir, { recursive: true, force: true });
    return buildSiteAsync({ contentDir, outDir, asOf: TEST_AS_OF, cwd, timeoutSeconds: BUILD_TIMEOUT });
  };
  writeSmallProject(small);
  const instances = Promise.all(
    (Object.entries(INSTANCES) as [InstanceName, string][]).map(([name, contentDir]) =>
      build(contentDir, join(out, name)),
    ),
  );
  const rebuildDir = join(out, 'quang-tri-again');
  const rebuild = build(INSTANCES['quang-tri'], rebuildDir);
  // The third instance: written by new-instance (a few seconds) while the others build, then built beside them.
  const generatedContent = join(out, 'generated-content/lao-cai');
  const generatedDir = join(out, 'lao-cai');
  let generatedSeconds = 0;
  let generatedError: string | undefined;
  try {
    generatedSeconds = writeGeneratedInstance(generatedContent).seconds.create;
  } catch (error) {
    generatedError = `new-instance failed:\n${error instanceof Error ? error.stack : String(error)}`;
  }
  const generatedBuild =
    generatedError === undefined
      ? build(generatedContent, generatedDir)
      : Promise.resolve({ status: null, output: generatedError, seconds: 0 });
  // Written while the instances build: a few seconds of trial loads, against the small national data.
  // If it cannot be written, the security test says why (the builds already started are awaited).
  const writing = performance.now();
  let fixture: { dir: string; fields: string[] } = { dir: '', fields: [] };
  let fixtureError: string | undefined;
  try {
    fixture = writeXssFixture(join(small, 'content/national'));
  } catch (error) {
    fixtureError = `The attack fixture could not be written:\n${error instanceof Error ? error.stack : String(error)}`;
  }
  const written = (performance.now() - writing) / 1000;
  const xssDir = join(small, 'xss');
  const xssBuild =
    fixtureError === undefined
      ? build(fixture.dir, xssDir, small)
      : Promise.resolve({ status: null, output: fixtureError, seconds: 0 });
  // The national hub, beside the others: its list of portals is given their addresses once they are served.
  const hubContent = join(out, 'hub-content');
  const hubDir = join(out, 'hub');
  writeTestHub(hubContent);
  const hubBuild = build(hubContent, hubDir);
  const [built, again, xss, generated, hub] = await Promise.all([
    instances,
    rebuild,
    xssBuild,
    generatedBuild,
    hubBuild,
  ]);
  const names = Object.keys(INSTANCES) as InstanceName[];
  for (const [i, name] of names.entries())
    if (built[i]!.status !== 0) throw new Error(`Build of ${name} failed:\n${built[i]!.output}`);

  const servers: RunningServer[] = [];
  const sites = {} as Record<InstanceName, ServedSite>;
  for (const name of names) {
    const dir = join(out, name);
    const server = await serveStatic(dir);
    servers.push(server);
    sites[name] = { url: server.url, dir };
  }
  const axe = await serveStatic(dirname(createRequire(import.meta.url).resolve('axe-core/axe.min.js')));
  servers.push(axe);
  // Judged by its own tests (generated-instance.test.ts), like the attack fixture: served only when built.
  let generatedUrl = '';
  if (generated.status === 0) {
    const server = await serveStatic(generatedDir);
    servers.push(server);
    generatedUrl = server.url;
  }
  let xssUrl = '';
  if (xss.status === 0) {
    const server = await serveStatic(xssDir);
    servers.push(server);
    xssUrl = server.url;
  }
  let hubUrl = '';
  const hubPortals = {} as Record<HubProvince, string>;
  if (hub.status === 0) {
    Object.assign(hubPortals, {
      'quang-tri': sites['quang-tri'].url,
      'bac-ninh': sites['bac-ninh'].url,
      'lao-cai': generatedUrl,
      // An address that answers 404 for every file: an index that cannot be fetched.
      [MISSING]: `${sites['quang-tri'].url}/khong-co-cong`,
    });
    // Written before the hub is served: the server reads each file's size once, when it starts.
    writePortalList(hubDir, hubPortals);
    const server = await serveStatic(hubDir);
    servers.push(server);
    hubUrl = server.url;
  }
  const s = (seconds: number) => `${seconds.toFixed(0)} s`;
  console.log(
    `Global setup: ${s((performance.now() - started) / 1000)}; side by side: builds of quang-tri ${s(built[0]!.seconds)}, ` +
      `bac-ninh ${s(built[1]!.seconds)}, quang-tri again ${s(again.seconds)}, lao-cai ${s(generated.seconds)} ` +
      `(new-instance ${generatedSeconds.toFixed(1)} s), hub ${s(hub.seconds)}; attack fixture written in ${s(written)}, built in ${s(xss.seconds)}`,
  );

  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('sites', sites);
  project.provide('rebuild', { dir: rebuildDir, status: again.status, output: again.output });
  project.provide('xss', { dir: xssDir, status: xss.status, output: xss.output, url: xssUrl, fields: fixture.fields });
  project.provide('smallProject', small);
  project.provide('generated', {
    dir: generatedDir,
    status: generated.status,
    output: generated.output,
    url: generatedUrl,
    contentDir: generatedContent,
    newInstanceSeconds: generatedSeconds,
    buildSeconds: generated.seconds,
  });
  project.provide('axeUrl', axe.url);
  project.provide('hub', {
    dir: hubDir,
    status: hub.status,
    output: hub.output,
    url: hubUrl,
    seconds: hub.seconds,
    portals: hubPortals,
    names: HUB_PROVINCES,
  });
  return async () => {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  };
}
