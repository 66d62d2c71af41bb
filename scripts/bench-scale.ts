/**
 * Scale benchmark (a script, not a test: it takes minutes). Generates a synthetic provincial
 * content set (~100 communes, 10 years, ~10,000 pages) and a national one (34 provinces,
 * 3,321 communes, >100,000 pages), builds each, and builds a bare Astro site with the same
 * number of pages as the baseline. Prints a Markdown table for the README.
 *
 *   node scripts/bench-scale.ts               # both sets
 *   node scripts/bench-scale.ts provincial    # one of them
 *
 * Figures: pages per second, peak memory (GNU time), output size, search-index size and the
 * bytes a first search downloads (when the build has a Pagefind index), and the ratio of our
 * build time to the bare Astro build of the same page count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeBareAstro } from './bench/bare-astro.ts';
import { timedBuild, type BuildFigures } from './bench/measure.ts';
import { searchFigures } from './bench/search.ts';
import { writeSynthetic, type SyntheticShape } from './bench/synthetic.ts';
import { root } from './build-site.ts';

const SETS: Record<string, SyntheticShape> = {
  provincial: { provinces: 1, communes: 100, years: 10, communeDocsPerYear: 4, departments: 20, formerPerCommune: 3 },
  national: { provinces: 34, communes: 3321, years: 10, communeDocsPerYear: 1, departments: 20, formerPerCommune: 3 },
};

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const keep = process.env.BENCH_KEEP === '1';

function buildPortal(contentDir: string, outDir: string): BuildFigures {
  const env = { ...process.env, PORTAL_CONTENT: contentDir, PORTAL_OUT_DIR: outDir, PORTAL_AS_OF: '2025-12-31', ASTRO_TELEMETRY_DISABLED: '1' };
  return timedBuild(process.execPath, [astroBin, 'build'], root, env, outDir);
}

function buildBare(pages: number, work: string): BuildFigures {
  const dir = join(work, 'bare');
  writeBareAstro(dir, pages, join(root, 'node_modules'));
  return timedBuild(process.execPath, [astroBin, 'build'], dir, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, join(dir, 'dist'));
}

const rows: string[] = [];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SETS);
console.log(`Machine: ${cpus().length} cores, ${mib(totalmem())}; Node ${process.version}\n`);
for (const name of chosen) {
  const shape = SETS[name];
  if (!shape) throw new Error(`Unknown set ${name}; choose from ${Object.keys(SETS).join(', ')}`);
  const work = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  try {
    const content = join(work, 'content');
    const { units, documents } = writeSynthetic(content, shape);
    console.log(`${name}: ${units} units, ${documents} documents in ${content}; building…`);
    const ours = buildPortal(content, join(work, 'dist'));
    if (!ours.ok) {
      console.log(`${name}: the build failed after ${ours.seconds.toFixed(0)} s (peak ${mib(ours.peakBytes)}):\n${ours.log}`);
      rows.push(`| ${name} | ${units} / ${documents} | failed | | | ${mib(ours.peakBytes)} | | | | |`);
      continue;
    }
    const search = searchFigures(join(work, 'dist'));
    console.log(`${name}: ${ours.htmlPages} pages in ${ours.seconds.toFixed(1)} s, CPU ${ours.cpuSeconds.toFixed(1)} s, peak ${mib(ours.peakBytes)}; bare Astro baseline…`);
    const bare = buildBare(ours.htmlPages, work);
    // The ratio is of CPU time: wall time on a shared machine measures the neighbours too.
    const ratio = bare.ok ? `${(ours.cpuSeconds / bare.cpuSeconds).toFixed(2)}× (wall ${(ours.seconds / bare.seconds).toFixed(2)}×)` : 'bare build failed';
    console.log(`${name}: bare Astro ${bare.htmlPages} pages in ${bare.seconds.toFixed(1)} s, CPU ${bare.cpuSeconds.toFixed(1)} s (peak ${mib(bare.peakBytes)})`);
    rows.push(
      `| ${name} | ${units} / ${documents} | ${ours.htmlPages} | ${ours.seconds.toFixed(1)} s (CPU ${ours.cpuSeconds.toFixed(1)} s) | ${(ours.htmlPages / ours.seconds).toFixed(0)} | ${mib(ours.peakBytes)} | ${mib(ours.outputBytes)} | ${search.index} | ${search.firstSearch} | ${bare.seconds.toFixed(1)} s (CPU ${bare.cpuSeconds.toFixed(1)} s, ${mib(bare.peakBytes)}) | ${ratio} |`,
    );
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}
console.log('\n| set | units / documents | pages | build time | pages/s | peak memory | output | search index | first search | bare Astro, same pages | ratio to bare (CPU) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
