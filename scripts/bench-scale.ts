/**
 * Scale benchmark (a script, not a test: it takes minutes). Generates a synthetic provincial
 * content set (~100 communes, 10 years, ~10,000 pages) and a national one (34 provinces,
 * 3,321 communes, >100,000 pages), builds each, and builds a bare Astro site with the same
 * number of pages as the baseline. Prints a Markdown table for the README.
 *
 *   npm run bench-scale                  # both sets
 *   npm run bench-scale -- provincial    # one of them
 *
 * Figures: pages per second, peak memory (GNU time), output size, search-index size and the
 * bytes a first search downloads, and the ratio of our build time to two bare Astro builds
 * (scripts/bench/bare-astro.ts): the same page count of small pages, and the same output
 * with the same search index. Everything builds in memory where it can (a copy of the
 * project in a scratch folder, scripts/lib/build-site.ts).
 */
import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeBareAstro, writeBareAstroSameOutput } from './bench/bare-astro.ts';
import { timedBuild, type BuildFigures } from './bench/measure.ts';
import { searchFigures } from './bench/search.ts';
import { writeSynthetic, type SyntheticShape } from './bench/synthetic.ts';
import { scratchFolder } from '../src/base/scratch.ts';
import { copyProject, root } from './lib/build-site.ts';

const SETS: Record<string, SyntheticShape> = {
  provincial: { provinces: 1, communes: 100, years: 10, communeDocsPerYear: 4, departments: 20, formerPerCommune: 3 },
  national: { provinces: 34, communes: 3321, years: 10, communeDocsPerYear: 1, departments: 20, formerPerCommune: 3 },
};

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const keep = process.env.BENCH_KEEP === '1';
const astro = (dir: string) => [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function buildPortal(project: string, contentDir: string, outDir: string): BuildFigures {
  return timedBuild(
    process.execPath,
    astro(project),
    project,
    { ...env, PORTAL_CONTENT: contentDir, PORTAL_OUT_DIR: outDir, PORTAL_AS_OF: '2025-12-31' },
    outDir,
  );
}

function buildBare(dir: string): BuildFigures {
  return timedBuild(process.execPath, astro(dir), dir, env, join(dir, 'dist'));
}

const time = (b: BuildFigures) => `${b.seconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s, ${mib(b.peakBytes)})`;
// The ratio is of CPU time (the indexer's included): wall time on a shared machine measures the neighbours too.
const ratio = (ours: BuildFigures, bare: BuildFigures) =>
  bare.ok
    ? `${(ours.cpuSeconds / bare.cpuSeconds).toFixed(2)}× (wall ${(ours.seconds / bare.seconds).toFixed(2)}×)`
    : 'bare build failed';

const rows: string[] = [];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SETS);
console.log(`Machine: ${cpus().length} cores, ${mib(totalmem())}; Node ${process.version}\n`);
for (const name of chosen) {
  const shape = SETS[name];
  if (!shape) throw new Error(`Unknown set ${name}; choose from ${Object.keys(SETS).join(', ')}`);
  const { dir: work, inMemory } = scratchFolder(`bench-${name}-`);
  try {
    const project = join(work, 'project');
    copyProject(root, project);
    const content = join(work, 'content');
    const { units, documents } = writeSynthetic(content, shape);
    console.log(
      `${name}: ${units} units, ${documents} documents in ${content} (${inMemory ? 'in memory' : 'on disk'}); building…`,
    );
    const out = join(work, 'dist');
    const ours = buildPortal(project, content, out);
    if (!ours.ok) {
      console.log(
        `${name}: the build failed after ${ours.seconds.toFixed(0)} s (peak ${mib(ours.peakBytes)}):\n${ours.log}`,
      );
      rows.push(`| ${name} | ${units} / ${documents} | failed | | | ${mib(ours.peakBytes)} | | | | | | | |`);
      continue;
    }
    const search = searchFigures(out);
    console.log(`${name}: ${ours.htmlPages} pages in ${time(ours)}; bare Astro baselines…`);
    const minimalDir = join(work, 'bare');
    writeBareAstro(minimalDir, ours.htmlPages, join(root, 'node_modules'));
    const minimal = buildBare(minimalDir);
    console.log(`${name}: bare Astro, small pages: ${minimal.htmlPages} pages in ${time(minimal)}`);
    const sameDir = join(work, 'bare-same-output');
    writeBareAstroSameOutput(sameDir, out, join(project, 'public'), join(root, 'node_modules'));
    rmSync(out, { recursive: true, force: true }); // memory for the next build
    const same = buildBare(sameDir);
    console.log(`${name}: bare Astro, same output and index: ${same.htmlPages} pages in ${time(same)}`);
    rows.push(
      `| ${name} | ${units} / ${documents} | ${ours.htmlPages} | ${time(ours)} | ${(ours.htmlPages / ours.seconds).toFixed(0)} | ${mib(ours.outputBytes)} | ${search.index} | ${search.firstSearch} | ${time(minimal)} | ${ratio(ours, minimal)} | ${time(same)} | ${ratio(ours, same)} |`,
    );
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}
console.log(
  '\n| set | units / documents | pages | build time (CPU, peak memory) | pages/s | output | search index | first search | bare Astro, small pages, no index | ratio | bare Astro, same output + index | ratio |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
