/**
 * Page weight budgets, checked on every page of both built instances from measured bytes
 * (scripts/weights.ts; `node scripts/measure-weights.ts` prints the table in the README).
 *
 * - A page loads no JavaScript unless it draws a chart or is the search page: text pages
 *   (documents, units, lists) are read, not run.
 * - A text page (one item of a section: a document, a unit, a province's results, a task, a
 *   disclosure — any page two levels down, embeds aside) costs at most 14 KiB gzip besides the
 *   document text it publishes (HTML + CSS + JS): the first round trip of a new connection
 *   (10 TCP segments of ~1.4 KB), so on a slow mobile link it arrives without waiting for a
 *   second one. The largest measured is ~12.6 KiB (a PAPI indicator page), 5 KiB for a unit.
 * - Every other page (section lists, comparisons, the data catalogue, embeds) stays within
 *   32 KiB gzip, about two seconds at 2G-like 150 kbit/s; the largest measured is ~16 KiB
 *   (the data catalogue, with every dataset's column dictionary).
 * - The one stylesheet stays under 12 KiB raw (6.2 KiB measured); it is cached after the first page.
 * - Chart.js is not in any script a page loads at first; a chart page fetches it only when a
 *   chart comes into view.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteWeights } from '../../scripts/weights.ts';
import { useBrowser } from './browser.ts';
import { INSTANCES, type InstanceName } from './global-setup.ts';

const KIB = 1024;
export const BUDGET = { textPageGzip: 14 * KIB, otherPageGzip: 32 * KIB, cssRaw: 12 * KIB } as const;
/**
 * Pages that may load scripts without a chart: search runs in the browser, and an embed
 * tells the page that frames it its height (a 0.4 KiB script).
 */
const SCRIPTED = [/^(\/en)?\/tim-kiem\//, /^(\/en)?\/embed\//];
const EMBED = /^(\/en)?\/embed\//;
/** One item of a section: two or more levels down ("/van-ban/x/", "/papi/2018/theo/d7/"). */
const isTextPage = (path: string) => !EMBED.test(path) && path.replace(/^\/en\//, '/').split('/').filter(Boolean).length >= 2;
const CHART_JS = /chart\.js|Chart\.js|new Chart\(|registerables/;

const browser = useBrowser();

for (const site of Object.keys(INSTANCES) as InstanceName[]) {
  describe(`${site}: page weights`, () => {
    const weights = () => siteWeights(inject('sites')[site].dir);

    it('text pages load no JavaScript', () => {
      const all = weights();
      expect(all.length).toBeGreaterThan(100);
      const scripted = all.filter((w) => !w.hasChart && !SCRIPTED.some((r) => r.test(w.path)) && w.scripts.length > 0);
      expect(scripted.map((w) => `${w.path}: ${w.scripts.join(', ')}`)).toEqual([]);
    });

    it(`a text page costs at most ${BUDGET.textPageGzip / KIB} KiB gzip besides its document text`, () => {
      const text = weights().filter((w) => isTextPage(w.path));
      expect(text.length).toBeGreaterThan(50);
      expect(text.filter((w) => w.frame.gzip > BUDGET.textPageGzip).map((w) => `${w.path}: ${w.frame.gzip} B`)).toEqual([]);
    });

    it(`every other page stays within ${BUDGET.otherPageGzip / KIB} KiB gzip`, () => {
      const other = weights().filter((w) => !isTextPage(w.path));
      expect(other.some((w) => w.path === '/')).toBe(true);
      expect(other.filter((w) => w.frame.gzip > BUDGET.otherPageGzip).map((w) => `${w.path}: ${w.frame.gzip} B`)).toEqual([]);
    });

    it(`the stylesheet stays under ${BUDGET.cssRaw / KIB} KiB`, () => {
      const all = weights();
      expect(Math.max(...all.map((w) => w.css.raw))).toBeGreaterThan(0);
      expect(all.filter((w) => w.css.raw > BUDGET.cssRaw).map((w) => `${w.path}: ${w.css.raw} B`)).toEqual([]);
    });
  });
}

describe('Chart.js only when a chart is visible', () => {
  const chartPages = () =>
    (Object.keys(INSTANCES) as InstanceName[]).flatMap((site) =>
      siteWeights(inject('sites')[site].dir)
        .filter((w) => w.hasChart)
        .map((w) => ({ site, ...w })),
    );

  it('no script a page loads at first contains Chart.js', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    for (const site of Object.keys(INSTANCES) as InstanceName[]) {
      const dir = inject('sites')[site].dir;
      const firstLoad = new Set(siteWeights(dir).flatMap((w) => w.scripts));
      for (const script of firstLoad) expect(readFileSync(join(dir, script), 'utf8'), script).not.toMatch(CHART_JS);
    }
  });

  // Until a slice publishes a chart there is no chart page to load; the test then reports
  // itself as skipped rather than passing on nothing.
  it.skipIf(chartPages().length === 0)('a chart page fetches Chart.js only once the chart scrolls into view', async () => {
    const { site, path } = chartPages()[0]!;
    const page = await browser.context().newPage();
    const scripts: string[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.push(await res.text());
    });
    await page.goto(inject('sites')[site].url + path);
    const figure = page.locator('figure.chart').first();
    const inView = await figure.evaluate((el) => el.getBoundingClientRect().top < innerHeight + 200);
    if (!inView) {
      await page.waitForTimeout(300);
      expect(scripts.some((s) => CHART_JS.test(s)), 'Chart.js loaded before the chart was visible').toBe(false);
    }
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-drawn')).toBe('true');
    expect(scripts.some((s) => CHART_JS.test(s))).toBe(true);
  });
});
