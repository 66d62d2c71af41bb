/**
 * Lighthouse (mobile: a mid-range phone on a slow 4G link, as Lighthouse emulates it by
 * default) on twelve page kinds of the default instance, with the system's Chromium. Builds
 * the instance into a temporary folder, serves it locally and prints the scores as a
 * Markdown table for the README. Targets: performance ≥ 95, accessibility 100.
 *
 *   npm run lighthouse                                # every page kind below
 *   npm run lighthouse -- /tim-kiem/?q=dat%20dai      # chosen addresses
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from './lib/browser.ts';
import { buildSite } from './lib/build-site.ts';
import { serveStatic } from './lib/serve-static.ts';

const PAGES = [
  { kind: 'home', path: '/' },
  { kind: 'documents list', path: '/van-ban/' },
  { kind: 'document (full text)', path: '/van-ban/huyen-2023-ke-hoach-trien-khai-165/' },
  { kind: 'units list', path: '/don-vi/' },
  { kind: 'unit (commune)', path: '/don-vi/phuong-quang-tri/' },
  { kind: 'data catalogue', path: '/du-lieu/' },
  { kind: 'home, English', path: '/en/' },
  { kind: 'PAPI province (chart on the first screen)', path: '/papi/tinh/quang-tri/' },
  { kind: 'PAPI ranking (sortable table)', path: '/papi/2024/' },
  { kind: 'plan with tasks and progress', path: '/ke-hoach/huyen-2023-ke-hoach-trien-khai-165/' },
  { kind: 'commune disclosures', path: '/cong-khai/phuong-dong-ha/' },
  { kind: 'search', path: '/tim-kiem/?q=dat%20dai' },
];
const TARGET = { performance: 95, accessibility: 100 };
const chosen = process.argv.slice(2);
const pages = chosen.length ? chosen.map((path) => PAGES.find((p) => p.path === path) ?? { kind: path, path }) : PAGES;

const outDir = mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
console.error(`Building content/quang-tri into ${outDir} …`);
const built = buildSite({ contentDir: 'content/quang-tri', outDir, asOf: '2025-12-31' });
if (built.status !== 0) throw new Error(`Build failed:\n${built.output}`);
const server = await serveStatic(outDir);
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

const rows: string[] = [];
let missed = 0;
try {
  for (const { kind, path } of pages) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (score('performance') < TARGET.performance || score('accessibility') < TARGET.accessibility) {
      missed++;
      // Where the main thread's time went, script by script, to say what to fix.
      const items =
        (
          audits['bootup-time']?.details as
            { items?: { url: string; scripting: number; scriptParseCompile: number }[] } | undefined
        )?.items ?? [];
      for (const item of items)
        console.error(
          `  ${path}: ${item.url} scripting ${Math.round(item.scripting)} ms, parse/compile ${Math.round(item.scriptParseCompile)} ms`,
        );
    }
    rows.push(
      `| ${kind} | \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audits['largest-contentful-paint']?.displayValue ?? ''} | ${audits['total-blocking-time']?.displayValue ?? ''} | ${failing.join(', ') || '–'} |`,
    );
    console.error(`${path}: done`);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log('| page kind | address | performance | accessibility | best practices | SEO | LCP | TBT | failed checks |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
console.log(
  missed
    ? `\n${missed} page(s) below the targets (performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility}).`
    : '\nEvery page meets the targets.',
);
process.exit(missed ? 1 : 0);
