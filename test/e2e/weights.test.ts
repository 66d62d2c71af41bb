/**
 * Page weight budgets, checked on every page of both built instances from measured bytes
 * (scripts/lib/weights.ts; `npm run measure-weights` prints the table in the README).
 *
 * - A text page — one document, unit, plan, task or commune disclosure — loads no JavaScript
 *   unless it draws a chart: it is read, not run. (Other pages may enhance with small
 *   scripts: a sortable ranking, an embed's height, search.)
 * - A text page costs at most 14 KiB gzip besides the document text it publishes (HTML + CSS
 *   + JS): the first round trip of a new connection (10 TCP segments of ~1.4 KB), so on a
 *   slow mobile link it arrives without waiting for a second one. Measured: 5 KiB for the
 *   largest unit page, 4.6 KiB for a document page without its text.
 * - Every other page (section lists, PAPI rankings, comparisons, the data catalogue, embeds)
 *   stays within 32 KiB gzip, about two seconds at 2G-like 150 kbit/s; the largest measured
 *   is ~16 KiB (the data catalogue, with every dataset's column dictionary).
 * - A page's stylesheets stay under 14 KiB raw: the one shared by every page (12 KiB measured,
 *   4 KiB gzip, with the phone layout: the folding menu, tables as cards or key columns) and a
 *   page's own (the search page's, a notice-board sheet's: 1 KiB); cached after the first page.
 * - No page loads more than 16 KiB of script at first (3.5 KiB measured, the chart watcher);
 *   Chart.js (~170 KiB) is fetched only when a chart comes into view.
 * - But one: the page for those who publish (/dang-tai/) checks a spreadsheet in the browser,
 *   offline once loaded, so it loads the whole check with the page: SheetJS (its ES module
 *   without codepages, ~350 KiB raw, the smallest build that reads both .xlsx and .xls), YAML
 *   and zod (the content's schemas), the forms — ~690 KiB raw, ~225 KiB gzip measured, about
 *   12 s at 150 kbit/s, once, then cached. It is for officials at their desks, linked only from
 *   the footer; no other page loads any of it. Its budget: 256 KiB gzip in all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteWeights, type PageWeight } from '../../scripts/lib/weights.ts';
import { useBrowser } from '../helpers/browser.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';

const KIB = 1024;
export const BUDGET = {
  textPageGzip: 14 * KIB,
  otherPageGzip: 32 * KIB,
  cssRaw: 14 * KIB,
  /** A notice sheet: the shared stylesheet and the official notice's print layout (1.7 KB). */
  sheetCssRaw: 15 * KIB,
  firstScriptsRaw: 16 * KIB,
  publishPageGzip: 256 * KIB,
} as const;
/** The page that checks a spreadsheet in the browser, with its own budget (above). */
const PUBLISH_PAGE = /^\/(en\/)?dang-tai\/$/;
const isPublishPage = (path: string) => PUBLISH_PAGE.test(path);
/** A commune's notice sheet for its board (/cong-khai/<commune>/in/<sheet>/, a budget's …/in/). */
const isSheet = (path: string) => /\/in\/([^/]+\/)?$/.test(path);
/** Sections whose items are text pages: documents, units, plans, tasks, commune disclosures. */
const TEXT_SECTIONS = ['van-ban', 'don-vi', 'ke-hoach', 'nhiem-vu', 'cong-khai'];
/**
 * Not text pages although under those sections: the land price search (a filter over a table)
 * and a plan's own page, which quotes every task of the plan word for word — its weight is the
 * document's text, so it is held to the list-page budget.
 */
const LIST_PAGES = [/^\/cong-khai\/bang-gia-dat\/$/, /^\/ke-hoach\/[^/]+\/$/];
const isTextPage = (path: string) => {
  const bare = path.replace(/^\/en\//, '/');
  const [section, ...rest] = bare.split('/').filter(Boolean);
  return TEXT_SECTIONS.includes(section ?? '') && rest.length > 0 && !LIST_PAGES.some((re) => re.test(bare));
};

const browser = useBrowser();

/** Every page's weight, measured once per instance (gzip of thousands of pages: seconds). */
const measured = new Map<InstanceName, PageWeight[]>();
const weightsOf = (site: InstanceName): PageWeight[] => {
  if (!measured.has(site)) measured.set(site, siteWeights(inject('sites')[site].dir));
  return measured.get(site)!;
};

for (const site of Object.keys(INSTANCES) as InstanceName[]) {
  describe(`${site}: page weights`, () => {
    const weights = () => weightsOf(site);

    it('text pages load no JavaScript', () => {
      const all = weights();
      expect(all.length).toBeGreaterThan(100);
      expect(all.filter((w) => isTextPage(w.path)).length).toBeGreaterThan(50);
      const scripted = all.filter((w) => isTextPage(w.path) && !w.hasChart && w.scripts.length > 0);
      expect(scripted.map((w) => `${w.path}: ${w.scripts.join(', ')}`)).toEqual([]);
    });

    it(`a text page costs at most ${BUDGET.textPageGzip / KIB} KiB gzip besides its document text`, () => {
      const text = weights().filter((w) => isTextPage(w.path));
      expect(text.length).toBeGreaterThan(50);
      expect(text.filter((w) => w.frame.gzip > BUDGET.textPageGzip).map((w) => `${w.path}: ${w.frame.gzip} B`)).toEqual(
        [],
      );
    });

    it(`every other page stays within ${BUDGET.otherPageGzip / KIB} KiB gzip`, () => {
      const other = weights().filter((w) => !isTextPage(w.path) && !isPublishPage(w.path));
      expect(other.some((w) => w.path === '/')).toBe(true);
      expect(
        other.filter((w) => w.frame.gzip > BUDGET.otherPageGzip).map((w) => `${w.path}: ${w.frame.gzip} B`),
      ).toEqual([]);
    });

    it(`the stylesheet stays under ${BUDGET.cssRaw / KIB} KiB (${BUDGET.sheetCssRaw / KIB} KiB on a notice sheet)`, () => {
      const all = weights();
      expect(Math.max(...all.map((w) => w.css.raw))).toBeGreaterThan(0);
      const budget = (path: string) => (isSheet(path) ? BUDGET.sheetCssRaw : BUDGET.cssRaw);
      expect(all.filter((w) => w.css.raw > budget(w.path)).map((w) => `${w.path}: ${w.css.raw} B`)).toEqual([]);
    });
  });
}

describe('Chart.js only when a chart is visible', () => {
  it(`no page loads more than ${BUDGET.firstScriptsRaw / KIB} KiB of script at first`, () => {
    for (const site of Object.keys(INSTANCES) as InstanceName[]) {
      const all = weightsOf(site);
      expect(all.some((w) => w.hasChart && w.js.raw > 0)).toBe(true);
      expect(
        all
          .filter((w) => w.js.raw > BUDGET.firstScriptsRaw && !isPublishPage(w.path))
          .map((w) => `${w.path}: ${w.js.raw} B`),
      ).toEqual([]);
    }
  });

  it(`the publishing page stays within ${BUDGET.publishPageGzip / KIB} KiB gzip, and no other page loads its script`, () => {
    for (const site of Object.keys(INSTANCES) as InstanceName[]) {
      const all = weightsOf(site);
      const publish = all.filter((w) => isPublishPage(w.path));
      expect(publish.map((w) => w.path).sort()).toEqual(['/dang-tai/', '/en/dang-tai/']);
      for (const page of publish) {
        expect(page.total.gzip, page.path).toBeLessThanOrEqual(BUDGET.publishPageGzip);
        // The check itself: big, and nowhere else.
        const own = page.scripts.filter((s) => !all.some((w) => !isPublishPage(w.path) && w.scripts.includes(s)));
        expect(own.length, page.path).toBeGreaterThan(0);
      }
      const elsewhere = all.filter((w) => !isPublishPage(w.path)).map((w) => w.js.raw);
      expect(Math.max(...elsewhere)).toBeLessThanOrEqual(BUDGET.firstScriptsRaw);
    }
  });

  it('a chart below the first screen fetches Chart.js only once it scrolls into view', async () => {
    const { url, dir } = inject('sites')['quang-tri'];
    const page = await browser.context().newPage();
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.push({ url: res.url(), bytes: (await res.body()).length });
    });
    // A chart page whose first chart starts below the first screen (and its preload margin):
    // the candidates are the pages where the first chart comes furthest down the HTML.
    const offset = (path: string) =>
      readFileSync(join(dir, path, 'index.html'), 'utf8').search(/<figure[^>]*class="chart/);
    const candidates = weightsOf('quang-tri')
      .filter((w) => w.hasChart)
      .map((w) => ({ path: w.path, at: offset(w.path) }))
      .sort((a, b) => b.at - a.at)
      .slice(0, 10);
    let found = false;
    for (const { path } of candidates) {
      scripts.length = 0;
      await page.goto(url + path);
      const top = await page
        .locator('figure.chart')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      if (top > 740 + 400) {
        found = true;
        break;
      }
    }
    expect(found, 'no chart page with its chart below the first screen').toBe(true);
    await page.waitForTimeout(500);
    const big = (list: typeof scripts) => list.filter((s) => s.bytes > BUDGET.firstScriptsRaw);
    expect(big(scripts), 'a large script loaded before the chart was visible').toEqual([]);
    const figure = page.locator('figure.chart').first();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-drawn')).toBe('true');
    // A response's body arrives after the response event: wait for it rather than race it.
    await expect.poll(() => big(scripts).length, { message: 'Chart.js fetched once the chart is in view' }).toBe(1);
    await page.close();
  });
});
