/**
 * Page weight budgets, checked on every page of both built instances from measured bytes
 * (scripts/weights.ts; `node scripts/measure-weights.ts` prints the table in the README).
 *
 * - A page loads no JavaScript unless it draws a chart or is the search page: text pages
 *   (documents, units, lists) are read, not run.
 * - What a page costs besides the document text it publishes (HTML + CSS + JS, gzip) stays
 *   within 14 KiB: the first round trip of a new connection (10 TCP segments of ~1.4 KB),
 *   so on a slow mobile network the page arrives without waiting for another round trip.
 *   The largest measured today is ~4–8 KiB, which leaves slices room to grow.
 * - The one stylesheet stays under 12 KiB raw (4.6 KiB today); it is cached after the first page.
 * - Chart.js is not in any script a page loads at first; a chart page fetches it only when a
 *   chart comes into view.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteWeights } from '../../scripts/weights.ts';
import { useBrowser } from './browser.ts';
import { INSTANCES, type InstanceName } from './global-setup.ts';

const KIB = 1024;
export const BUDGET = { frameGzip: 14 * KIB, cssRaw: 12 * KIB } as const;
/** Pages that may load scripts without a chart: search runs in the browser. */
const SCRIPTED = [/^(\/en)?\/tim-kiem\/$/];
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

    it(`every page costs at most ${BUDGET.frameGzip / KIB} KiB gzip besides its document text`, () => {
      const over = weights().filter((w) => w.frame.gzip > BUDGET.frameGzip);
      expect(over.map((w) => `${w.path}: ${w.frame.gzip} B`)).toEqual([]);
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
