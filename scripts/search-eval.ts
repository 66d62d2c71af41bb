/**
 * Measures search as readers use it: builds both instances, serves them, types every query
 * of test/search/queries.yaml into the real search page in headless Chromium, and prints
 * recall@5, MRR, and the bytes a reader's first query fetches (search page and index, empty
 * cache) on the default instance. Exits 1 when recall@5 < 0.95 or the first query > 300 KB.
 *
 *   npm run search-eval                (builds into .search-eval/)
 *   npm run search-eval -- --no-build  (reuses the last build)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { buildSite, root } from './lib/build-site.ts';
import {
  loadQueries,
  meanReciprocalRank,
  rankOf,
  recallAt,
  runSearch,
  searchPath,
  type Site,
} from './lib/search-queries.ts';
import { serveStatic } from './lib/serve-static.ts';

export const RECALL_TARGET = 0.95;
export const FIRST_QUERY_BUDGET = 300 * 1024;
const INSTANCES: Record<Site, string> = { 'quang-tri': 'content/quang-tri', 'bac-ninh': 'content/bac-ninh' };
const AS_OF = '2025-12-31';

/** Bytes fetched (headers and bodies, as sent) from opening the search page with a query until its results show. */
export async function firstQueryBytes(
  browser: Browser,
  baseUrl: string,
  query: string,
): Promise<{ total: number; byFile: Map<string, number> }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const byFile = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((s) => {
        const path = new URL(request.url()).pathname;
        byFile.set(path, (byFile.get(path) ?? 0) + s.responseHeadersSize + s.responseBodySize);
      }),
    );
  });
  await runSearch(page, baseUrl, query);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { total: [...byFile.values()].reduce((a, b) => a + b, 0), byFile };
}

async function main(): Promise<number> {
  const build = !process.argv.includes('--no-build');
  const queries = loadQueries();
  const dirs = {} as Record<Site, string>;
  for (const [site, contentDir] of Object.entries(INSTANCES) as [Site, string][]) {
    dirs[site] = join(root, '.search-eval', site);
    if (!build) continue;
    rmSync(dirs[site], { recursive: true, force: true });
    console.log(`building ${site}…`);
    const result = buildSite({ contentDir, outDir: dirs[site], asOf: AS_OF });
    if (result.status !== 0) throw new Error(`build of ${site} failed:\n${result.output}`);
  }
  const servers = await Promise.all(
    (Object.keys(dirs) as Site[]).map(async (site) => [site, await serveStatic(dirs[site])] as const),
  );
  const urls = Object.fromEntries(servers.map(([site, s]) => [site, s.url])) as Record<Site, string>;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const ranks: (number | undefined)[] = [];
    for (const q of queries) {
      const lang = q.page.startsWith('/en/') ? 'en' : 'vi';
      const results = await runSearch(page, urls[q.site], q.query, lang);
      const rank = rankOf(results, q);
      ranks.push(rank);
      const mark = rank && rank <= 5 ? `#${rank}` : rank ? `#${rank} ✗` : 'missed ✗';
      console.log(
        `${mark.padEnd(9)} ${q.site.padEnd(9)} ${JSON.stringify(q.query).padEnd(40)} → ${q.page}${
          rank && rank <= 5
            ? ''
            : `  (top: ${
                results
                  .slice(0, 3)
                  .map((r) => r.url)
                  .join(', ') || 'nothing'
              })`
        }`,
      );
    }
    const recall = recallAt(ranks, 5);
    const mrr = meanReciprocalRank(ranks);
    const first = await firstQueryBytes(browser, urls['quang-tri'], 'dat dai');
    console.log('\nfiles fetched for a first query (quang-tri, "dat dai", empty cache):');
    for (const [path, bytes] of [...first.byFile].sort((a, b) => b[1] - a[1]))
      console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${path}`);
    console.log(`\nqueries:              ${queries.length}`);
    console.log(`recall@5:             ${recall.toFixed(3)} (target ≥ ${RECALL_TARGET})`);
    console.log(`MRR:                  ${mrr.toFixed(3)}`);
    console.log(
      `first query fetches:  ${(first.total / 1024).toFixed(1)} KB (budget ${FIRST_QUERY_BUDGET / 1024} KB; ${searchPath('dat dai')})`,
    );
    return recall >= RECALL_TARGET && first.total <= FIRST_QUERY_BUDGET ? 0 : 1;
  } finally {
    await browser.close();
    await Promise.all(servers.map(([, s]) => s.close()));
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = await main();
}
