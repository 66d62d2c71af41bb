/**
 * Every page in the sitemap, of both instances: it loads with 200 in Chromium at 360 × 740,
 * with no console error, no failed request and no broken internal link or asset.
 *
 * Links are checked from the built HTML (every href/src of every built page against the
 * built files, and #fragments against the ids of their target page): that is exact and
 * takes seconds for thousands of pages. In the browser, every address answers 200 (a plain
 * request each), and a spread of pages of every kind (PER_KIND, first and last included)
 * is loaded at 360 × 740 with scripts on, several at a time in one browser: pages of one
 * kind share their template and scripts, so loading all of them (thousands, several
 * minutes) would repeat the same checks; what differs between them, links and assets, is
 * checked on every page above.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks, builtFiles, pathOfHtml, samplePerKind, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { useBrowser } from '../helpers/browser.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';

const browser = useBrowser();
/** Pages open at once in the one browser: enough to keep two cores busy. */
const PARALLEL = 6;
/** Pages of each kind loaded in the browser (first, last and spread between; every page's links are checked above without one). */
const PER_KIND = 4;

interface PageProblem {
  path: string;
  problem: string;
}

async function loadAll(site: InstanceName, paths: string[]): Promise<PageProblem[]> {
  const { url } = inject('sites')[site];
  const problems: PageProblem[] = [];
  const queue = [...paths];
  const worker = async () => {
    const page: Page = await browser.context().newPage();
    let current = '';
    page.on(
      'console',
      (msg) => msg.type() === 'error' && problems.push({ path: current, problem: `console: ${msg.text()}` }),
    );
    page.on('pageerror', (err) => problems.push({ path: current, problem: `script error: ${err.message}` }));
    page.on('requestfailed', (req) => {
      // The favicon is fetched after "load"; going on to the next page aborts it. Its file is
      // checked with the links above, so an abort by our own navigation is not a failure.
      if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push({ path: current, problem: `request failed: ${req.url()} ${req.failure()?.errorText}` });
    });
    page.on(
      'response',
      (res) => res.status() >= 400 && problems.push({ path: current, problem: `HTTP ${res.status()}: ${res.url()}` }),
    );
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = path;
      const response = await page.goto(url + path, { waitUntil: 'load' });
      if (response?.status() !== 200) problems.push({ path, problem: `HTTP ${response?.status()}` });
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return problems;
}

for (const site of Object.keys(INSTANCES) as InstanceName[]) {
  describe(`${site}: every page in the sitemap`, () => {
    const dir = () => inject('sites')[site].dir;

    it('the sitemap lists every built page (both languages) and robots.txt points at it', () => {
      const listed = sitemapPaths(dir());
      const built = builtFiles(dir())
        .filter((f) => f.endsWith('/index.html'))
        .map(pathOfHtml);
      expect(new Set(listed).size).toBe(listed.length);
      expect([...listed].sort()).toEqual([...built].sort());
      expect(listed).toContain('/');
      expect(listed).toContain('/en/');
      expect(listed.filter((p) => p.startsWith('/en/'))).toHaveLength(listed.length / 2);
    });

    it('no internal link or asset of any built page is broken', () => {
      const { broken, checked } = brokenLinks(dir());
      expect(checked).toBeGreaterThan(sitemapPaths(dir()).length);
      expect(broken).toEqual([]);
    });

    it('every address in the sitemap answers 200', async () => {
      const { url } = inject('sites')[site];
      const paths = sitemapPaths(dir());
      const failed: string[] = [];
      for (let i = 0; i < paths.length; i += 32) {
        const statuses = await Promise.all(
          paths.slice(i, i + 32).map(async (p) => [p, (await fetch(url + p)).status] as const),
        );
        failed.push(...statuses.filter(([, status]) => status !== 200).map(([p, status]) => `${p}: ${status}`));
      }
      expect(failed).toEqual([]);
    });

    // Measured: 10–14 s an instance on 2 cores shared with other test runs.
    it(`${PER_KIND} pages of every kind load at 360 px with no console error and no failed request`, async () => {
      const sample = samplePerKind(sitemapPaths(dir()), PER_KIND);
      expect(new Set(sample.map((s) => s.kind)).size).toBeGreaterThan(8);
      const problems = await loadAll(
        site,
        sample.map((s) => s.path),
      );
      expect(problems).toEqual([]);
    }, 60_000);
  });
}
