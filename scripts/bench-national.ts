/**
 * The whole country, measured (a benchmark, not a test):
 *   npm run bench-national                      all 34 provinces
 *   npm run bench-national -- --provinces 6     six of them, spread over the list (a quick try)
 *   npm run bench-national -- --parallel 3      three builds at a time in the parallel run (default: the cores)
 *   npm run bench-national -- --skip-sequential / --skip-parallel
 *
 * 1. writes each province's portal with new-instance (scripts/lib/instance/create.ts) into a
 *    temporary folder;
 * 2. builds them one after another, then again N at a time (no province's build depends on
 *    another's), each with `npm run build` under GNU time: wall and CPU time, peak memory of the
 *    build or any process it waited for (Pagefind's indexer included), the output and its search
 *    index, the pages written;
 * 3. builds the national hub (content/hub) over them;
 * 4. serves every portal and the hub, points the hub's search at the served portals, and measures
 *    in Chromium (360 × 740, empty cache) the bytes a reader's first cross-country search fetches,
 *    from the hub and from the portals.
 *
 * Everything is built in this checkout, under .bench-national/ (content, sites; each output folder
 * inside the project, so builds can run side by side: scripts/lib/build-site.ts); `--in-memory`
 * builds in a copy of the project in /dev/shm instead, as bench-scale does. A portal's pages are
 * deleted once measured (its search index is kept for step 4), so the whole country fits.
 * Results are printed and written to .bench-national/report.md and results.json.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { scratchFolder } from '../src/base/scratch.ts';
import { readAdminUnits, type Province2025 } from './lib/admin-units.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { copyProject, root } from './lib/build-site.ts';
import { firstHubQueryBytes, runHubSearch, writePortalList } from './lib/hub-search.ts';
import { createInstance } from './lib/instance/create.ts';
import { serveStatic, type RunningServer } from './lib/serve-static.ts';

const AS_OF = '2025-12-31';
const QUERY = 'dat dai';

interface Options {
  provinces: number;
  parallel: number;
  sequential: boolean;
  parallelRun: boolean;
  inMemory: boolean;
}

function options(argv: string[]): Options {
  const o: Options = { provinces: 34, parallel: cpus().length, sequential: true, parallelRun: true, inMemory: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--provinces') o.provinces = Number(argv[++i]);
    else if (a === '--parallel') o.parallel = Number(argv[++i]);
    else if (a === '--skip-sequential') o.sequential = false;
    else if (a === '--skip-parallel') o.parallelRun = false;
    else if (a === '--in-memory') o.inMemory = true;
    else throw new Error(`Unknown option ${a}`);
  }
  if (!(o.provinces >= 1 && o.provinces <= 34) || !(o.parallel >= 1))
    throw new Error('--provinces 1–34, --parallel ≥ 1');
  return o;
}

/** `count` provinces spread evenly over the list in code order (its first and last included). */
export function spread<T>(list: T[], count: number): T[] {
  if (count >= list.length) return list;
  const picks = new Set(
    Array.from({ length: count }, (_, i) => Math.round((i * (list.length - 1)) / Math.max(1, count - 1))),
  );
  return [...picks].map((i) => list[i]!);
}

interface Timed {
  ok: boolean;
  /** Attempts stopped by a signal from outside (another job on a shared machine) before this one. */
  retries: number;
  wall: number;
  cpu: number;
  /** Peak resident memory of the build or any process it waited for, MiB. */
  peakMiB: number;
  output: string;
}

/**
 * One `npm run build` (scripts/build.ts) under GNU time; run again, up to twice, when it was stopped
 * by a signal from outside (on a shared machine, someone else's clean-up), which is reported.
 */
async function timedBuild(project: string, contentDir: string, outDir: string): Promise<Timed> {
  for (let retries = 0; ; retries++) {
    const build = await timedBuildOnce(project, contentDir, outDir);
    const stopped = build.signalled || /Command terminated by signal/.test(build.output);
    if (build.ok || !stopped || retries === 2) return { ...build, retries };
    console.log(`  (a build of ${contentDir} was stopped by a signal from outside; building it again)`);
  }
}

function timedBuildOnce(
  project: string,
  contentDir: string,
  outDir: string,
): Promise<Omit<Timed, 'retries'> & { signalled: boolean }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, join(project, 'scripts/build.ts')], {
      cwd: project,
      env: {
        ...process.env,
        PORTAL_CONTENT: contentDir,
        PORTAL_OUT_DIR: outDir,
        PORTAL_AS_OF: AS_OF,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (status, signal) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(output)?.[1] ?? NaN);
      done({
        ok: status === 0,
        signalled: signal !== null || /Astro stopped \(exit null\)/.test(output),
        wall: (performance.now() - started) / 1000,
        cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
        peakMiB: field('Maximum resident set size \\(kbytes\\)') / 1024,
        output,
      });
    });
  });
}

function sizeOf(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const s = sizeOf(join(path, name));
    bytes += s.bytes;
    files += s.files;
  }
  return { bytes, files };
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html')).length;
}

/** Machine memory in use, MiB, sampled while `work` runs: the highest, above what was in use before. */
async function sampledPeak<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  const used = () => (totalmem() - freemem()) / 2 ** 20;
  const base = used();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 250);
  try {
    return { result: await work(), peakMiB: peak - base };
  } finally {
    clearInterval(timer);
  }
}

interface Measured {
  slug: string;
  name: string;
  communes: number;
  build: Timed;
  pages: number;
  outputMiB: number;
  indexMiB: number;
  indexFiles: number;
}

const mib = (bytes: number) => bytes / 2 ** 20;
/** The end of a build's output, without Astro's list of pages. */
const tail = (output: string) =>
  output
    .split('\n')
    .filter((l) => !/[├└]─/.test(l))
    .slice(-40)
    .join('\n');
const f1 = (n: number) => n.toFixed(1);

export async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const tables = readAdminUnits(join(root, 'content/national/admin-units'));
  const chosen: Province2025[] = spread(
    [...tables.provinces2025].sort((a, b) => a.code.localeCompare(b.code)),
    o.provinces,
  );
  const work = join(root, '.bench-national');
  const scratch = o.inMemory ? scratchFolder('portal-country-') : { dir: join(work, 'work'), inMemory: false };
  rmSync(join(work, 'work'), { recursive: true, force: true });
  // In memory: a copy of the project; otherwise this checkout, with everything under .bench-national/work.
  const project = o.inMemory ? join(scratch.dir, 'project') : root;
  const place = o.inMemory ? project : scratch.dir;
  if (o.inMemory) copyProject(root, project);
  const report: string[] = [];
  const say = (line: string) => {
    console.log(line);
    report.push(line);
  };
  say(
    `bench-national: ${chosen.length} provinces, ${cpus().length} cores, ${f1(totalmem() / 2 ** 30)} GiB, built ${o.inMemory ? 'in memory (a copy of the project)' : 'in this checkout (.bench-national/work)'}; load average at the start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );

  // 1. The provinces' content, with new-instance.
  const contents = new Map<string, string>();
  let started = performance.now();
  for (const p of chosen) {
    const dir = join(place, 'content', p.slug);
    createInstance({ province: p.code, out: dir });
    contents.set(p.slug, dir);
  }
  say(`new-instance: ${chosen.length} provinces written and checked in ${f1((performance.now() - started) / 1000)} s`);

  // The search indexes kept for the cross-country search; a portal's pages are deleted once measured.
  const kept = join(place, 'kept');
  const measure = (p: Province2025, outDir: string, build: Timed): Measured => {
    if (!build.ok) throw new Error(`build of ${p.slug} failed:\n${tail(build.output)}`);
    const output = sizeOf(outDir);
    const index = sizeOf(join(outDir, 'pagefind'));
    const measured = {
      slug: p.slug,
      name: p.name_vi,
      communes: tables.communes2025.filter((c) => c.province_code === p.code).length,
      build,
      pages: htmlPages(outDir),
      outputMiB: mib(output.bytes),
      indexMiB: mib(index.bytes),
      indexFiles: index.files,
    };
    if (!existsSync(join(kept, p.slug))) {
      mkdirSync(join(kept, p.slug), { recursive: true });
      cpSync(join(outDir, 'pagefind'), join(kept, p.slug, 'pagefind'), { recursive: true });
      for (const file of ['index.html', '404.html']) cpSync(join(outDir, file), join(kept, p.slug, file));
    }
    rmSync(outDir, { recursive: true, force: true });
    return measured;
  };
  const row = (m: Measured) =>
    `| ${m.name}${m.build.retries ? ` (built again ${m.build.retries}×: stopped from outside)` : ''} | ${m.communes} | ${m.pages} | ${f1(m.build.wall)} s | ${f1(m.build.cpu)} s | ${m.build.peakMiB.toFixed(0)} MiB | ${f1(m.outputMiB)} MiB | ${f1(m.indexMiB)} MiB (${m.indexFiles} files) |`;
  const header = [
    '| province | communes | pages | wall | CPU | peak memory | output | search index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const results: Record<string, unknown> = { provinces: chosen.map((p) => p.slug), cores: cpus().length };

  // 2a. One after another.
  if (o.sequential) {
    say('\n## One after another');
    say(header.join('\n'));
    started = performance.now();
    const sequential: Measured[] = [];
    const { peakMiB } = await sampledPeak(async () => {
      for (const p of chosen) {
        const outDir = join(place, 'out', p.slug);
        const m = measure(p, outDir, await timedBuild(project, contents.get(p.slug)!, outDir));
        sequential.push(m);
        say(row(m));
      }
    });
    const wall = (performance.now() - started) / 1000;
    const cpu = sequential.reduce((a, m) => a + m.build.cpu, 0);
    say(
      `total: ${f1(wall)} s wall, ${f1(cpu)} s CPU; largest peak ${Math.max(...sequential.map((m) => m.build.peakMiB)).toFixed(0)} MiB; machine memory in use above the start, highest ${peakMiB.toFixed(0)} MiB; output ${f1(sequential.reduce((a, m) => a + m.outputMiB, 0))} MiB, indexes ${f1(sequential.reduce((a, m) => a + m.indexMiB, 0))} MiB`,
    );
    results.sequential = {
      wall,
      cpu,
      peakMachineMiB: peakMiB,
      builds: sequential.map(({ build: { output: _o, ...b }, ...m }) => ({ ...m, build: b })),
    };
  }

  // 2b. N at a time.
  if (o.parallelRun) {
    say(`\n## ${o.parallel} at a time`);
    say(header.join('\n'));
    started = performance.now();
    const parallel: Measured[] = [];
    const queue = [...chosen];
    const { peakMiB } = await sampledPeak(() =>
      Promise.all(
        Array.from({ length: Math.min(o.parallel, queue.length) }, async () => {
          for (let p = queue.shift(); p; p = queue.shift()) {
            const outDir = join(place, 'out-parallel', p.slug);
            const m = measure(p, outDir, await timedBuild(project, contents.get(p.slug)!, outDir));
            parallel.push(m);
            say(row(m));
          }
        }),
      ),
    );
    const wall = (performance.now() - started) / 1000;
    const cpu = parallel.reduce((a, m) => a + m.build.cpu, 0);
    say(
      `total: ${f1(wall)} s wall, ${f1(cpu)} s CPU; machine memory in use above the start, highest ${peakMiB.toFixed(0)} MiB`,
    );
    results.parallel = {
      n: o.parallel,
      wall,
      cpu,
      peakMachineMiB: peakMiB,
      builds: parallel.map(({ build: { output: _o, ...b }, ...m }) => ({ ...m, build: b })),
    };
  }

  // 3. The hub over them.
  const hubContent = join(place, 'content-hub');
  cpSync(join(root, 'content/hub'), hubContent, { recursive: true });
  const siteYaml = readFileSync(join(hubContent, 'site.yaml'), 'utf8');
  writeFileSync(
    join(hubContent, 'site.yaml'),
    `${siteYaml.slice(0, siteYaml.indexOf('\nportals:'))}\nportals:\n${chosen.map((p) => `  ${p.slug}: https://${p.slug}.minhbach.example.org`).join('\n')}\n`,
  );
  const hubDir = join(place, 'out-hub');
  const hub = await timedBuild(project, hubContent, hubDir);
  if (!hub.ok) throw new Error(`build of the hub failed:\n${tail(hub.output)}`);
  const hubSize = sizeOf(hubDir);
  const hubIndex = sizeOf(join(hubDir, 'pagefind'));
  say(
    `\n## The hub\n${htmlPages(hubDir)} pages in ${f1(hub.wall)} s wall (CPU ${f1(hub.cpu)} s, peak ${hub.peakMiB.toFixed(0)} MiB); output ${f1(mib(hubSize.bytes))} MiB, index ${f1(mib(hubIndex.bytes))} MiB`,
  );
  results.hub = {
    wall: hub.wall,
    cpu: hub.cpu,
    peakMiB: hub.peakMiB,
    outputMiB: mib(hubSize.bytes),
    indexMiB: mib(hubIndex.bytes),
  };

  // 4. A first cross-country search, in Chromium.
  if (existsSync(kept)) {
    const servers: RunningServer[] = [];
    try {
      const portals: Record<string, string> = {};
      for (const p of chosen) {
        const server = await serveStatic(join(kept, p.slug));
        servers.push(server);
        portals[p.slug] = server.url;
      }
      // Written before the hub is served: the server reads each file's size once, when it starts.
      writePortalList(hubDir, portals);
      const hubServer = await serveStatic(hubDir);
      servers.push(hubServer);
      const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
      try {
        const first = await firstHubQueryBytes(browser, hubServer.url, QUERY);
        const fromHub = first.byOrigin.get(hubServer.url) ?? 0;
        const perPortal = [...first.byOrigin].filter(([origin]) => origin !== hubServer.url).map(([, b]) => b);
        const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
        const t0 = performance.now();
        const { results: found, problems } = await runHubSearch(page, hubServer.url, QUERY);
        const seconds = (performance.now() - t0) / 1000;
        await page.close();
        say(
          `\n## A first cross-country search ("${QUERY}", empty cache, ${chosen.length} portals + the hub)\n` +
            `fetched ${f1(first.total / 1024)} KiB in ${first.files} files: ${f1(fromHub / 1024)} KiB from the hub, ${f1(perPortal.reduce((a, b) => a + b, 0) / 1024)} KiB from ${perPortal.length} portals ` +
            `(${f1(Math.min(...perPortal) / 1024)}–${f1(Math.max(...perPortal) / 1024)} KiB each); ${found.length} results shown, answered in ${f1(seconds)} s (warm cache)${problems ? `; ${problems}` : ''}`,
        );
        results.search = {
          query: QUERY,
          totalKiB: first.total / 1024,
          hubKiB: fromHub / 1024,
          portalsKiB: perPortal.map((b) => b / 1024),
          files: first.files,
          seconds,
        };
      } finally {
        await browser.close();
      }
    } finally {
      await Promise.all(servers.map((s) => (s.server.closeAllConnections(), s.close())));
    }
  }

  const outDir = work;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'report.md'), `${report.join('\n')}\n`);
  console.log(
    `\nwritten: ${relative(root, join(outDir, 'results.json'))}, ${relative(root, join(outDir, 'report.md'))}`,
  );
  rmSync(scratch.dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
