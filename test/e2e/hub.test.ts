/**
 * The national hub (content/hub), built beside the provinces the global setup builds and pointed
 * at them once they are served (test/helpers/hub.ts): its pages, and one search across every
 * province's portal in Chromium at 360 px — each province answers, đ folding and abbreviations as
 * on one portal, results labelled and filtered by province, a province whose index cannot be
 * fetched (a 404, or a server stopped while the page is open) is reported and the others still
 * answer; axe on the hub's pages.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readHubResults, readPortalList, runHubSearch, writePortalList } from '../../scripts/lib/hub-search.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { STROKE } from '../../src/outputs/search/fold.ts';
import { axeCheck } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { MISSING, type HubProvince } from '../helpers/hub.ts';

const browser = useBrowser();
const hub = () => inject('hub');
const SERVED: HubProvince[] = ['quang-tri', 'bac-ninh', 'lao-cai'];

async function open(path: string): Promise<Page> {
  const page = await browser.context().newPage();
  const response = await page.goto(hub().url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Runs a query; with `all`, shows every result ("Xem thêm kết quả" until there are no more). */
async function search(query: string, options: { province?: string; lang?: 'vi' | 'en'; all?: boolean } = {}) {
  const page = await browser.context().newPage();
  let found = await runHubSearch(page, hub().url, query, options);
  if (options.all) {
    for (let shown = found.results.length; await page.locator('[data-more]').isVisible();) {
      await page.click('[data-more]');
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
      shown = await page.locator('.search-result').count();
    }
    found = await readHubResults(page);
  }
  return { page, ...found };
}

/** The province whose served portal an address belongs to, if any. */
const provinceOf = (url: string) => SERVED.find((p) => url.startsWith(`${hub().portals[p]}/`));

describe('the hub build', () => {
  it('built, checked (every claimed page written, no broken link) and served', () => {
    expect(hub().status, hub().output).toBe(0);
    expect(hub().output).toContain('✓');
  });

  it('writes the hub’s pages, PAPI and search, and none of a province’s own (documents, units, feeds, calendar)', () => {
    const file = (path: string) => existsSync(join(hub().dir, path));
    for (const path of [
      'index.html',
      'tinh/quang-tri/index.html',
      'sap-xep/index.html',
      'sap-xep/quang-binh/huyen-le-thuy/index.html',
      'papi/2024/index.html',
      'papi/tinh-moi/lao-cai/index.html',
      'tim-kiem/index.html',
      'en/tim-kiem/index.html',
      '404.html',
    ])
      expect(file(path), path).toBe(true);
    for (const path of ['van-ban', 'don-vi', 'ke-hoach', 'cong-khai', 'nguon-tin', 'lich.ics', 'chuoi', 'en/van-ban'])
      expect(file(path), path).toBe(false);
  });

  it('lets any origin fetch its index, and its pages fetch the portals’ (_headers)', () => {
    const headers = readFileSync(join(hub().dir, '_headers'), 'utf8');
    expect(headers).toMatch(/\/pagefind\/\*\n[^\n]*\n {2}Access-Control-Allow-Origin: \*/);
    expect(headers).toMatch(/connect-src 'self' https:\/\/[^;]*quangtri/);
  });
});

describe('the hub’s pages', () => {
  it('list the 34 provinces with their portals, and say plainly which have none', async () => {
    const page = await open('/');
    const items = page.locator('#cac-tinh + p + ul > li');
    expect(await items.count()).toBe(34);
    const names = await items.locator('h3').allTextContents();
    expect(names).toContain('Tỉnh Quảng Trị');
    expect(names.indexOf('Tỉnh An Giang')).toBe(0);
    const qt = items.filter({ hasText: 'Tỉnh Quảng Trị' });
    expect(await qt.locator('a', { hasText: 'Mở cổng của Tỉnh Quảng Trị' }).getAttribute('href')).toMatch(
      /^https:\/\//,
    );
    const canTho = items.filter({ hasText: 'Thành phố Cần Thơ' });
    expect(await canTho.textContent()).toContain('Chưa có cổng minh bạch');
    expect(await canTho.locator('a').count()).toBe(1); // its own page on the hub, no portal link
    expect(await page.textContent('main')).toContain('4 trong 34 tỉnh, thành phố đã có cổng minh bạch');
    await page.close();
  });

  it('give an old commune its successor, on the legal basis (Quảng Bình, Lệ Thủy)', async () => {
    const page = await open('/sap-xep/quang-binh/huyen-le-thuy/');
    const text = (await page.textContent('main'))!;
    expect(text).toContain('Tỉnh Quảng Trị');
    expect(text).toMatch(/Nghị quyết \d+\/NQ-UBTVQH15/);
    expect(text).toContain('202/2025/QH15');
    // Every row of the communes' table names where the commune went (or that the table has no row for it).
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    for (const cell of await rows.locator('td').all()) expect((await cell.textContent())!.trim()).not.toBe('');
    // A successor links to its row on the province's page.
    const href = await rows.first().locator('td a').first().getAttribute('href');
    expect(href).toMatch(/^\/tinh\/quang-tri\/#xa-\d{5}$/);
    await page.close();
  });

  it('are accessible (axe, WCAG 2.x A and AA) and fit 360 px', async () => {
    const paths = [
      '/',
      '/tinh/quang-tri/',
      '/sap-xep/',
      '/sap-xep/quang-binh/',
      '/sap-xep/quang-binh/huyen-le-thuy/',
      '/papi/',
      '/papi/noi-dung/8/',
      '/en/tinh/lao-cai/',
      '/404.html',
    ];
    for (const path of paths) {
      const page = await browser.context().newPage();
      await page.goto(hub().url + path);
      const { violations, passes } = await axeCheck(page);
      expect(violations, path).toEqual([]);
      expect(passes, path).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await page.close();
    }
  });
});

describe('one search across every province’s portal', () => {
  it('is answered by each province: its own document number finds its document, first results labelled with its name', async () => {
    const cases: [HubProvince, string, string][] = [
      ['quang-tri', '1682/QD-UBND', '/van-ban/qt-2021-cong-van-duy-tri-papi/'],
      ['bac-ninh', '645/QĐ-UBND', '/van-ban/bg-2021-ke-hoach-papi/'],
      ['lao-cai', '90/KH-UBND', '/van-ban/lc-2025-ke-hoach-papi/'],
    ];
    for (const [province, query, path] of cases) {
      const { page, results, problems } = await search(query);
      const rank = results.findIndex((r) => r.url === `${hub().portals[province]}${path}`);
      expect(rank, `${query}: ${JSON.stringify(results.map((r) => r.url))}`).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(10);
      // The plan and task pages that quote a document rank beside it: the first result is the province's.
      expect(results[0]!.origin, query).toBe(hub().names[province]);
      expect(results[rank]!.origin).toBe(hub().names[province]);
      // The province whose index is missing is reported; the others still answered.
      expect(problems).toContain(`Không tải được chỉ mục của ${hub().names[MISSING]}`);
      await page.close();
    }
  });

  it('folds đ: "dat dai" finds "đất đai" in every province, each result labelled with its province (the hub’s own pages as national)', async () => {
    const { page, results } = await search('dat dai', { all: true });
    const provinces = new Set(results.map((r) => provinceOf(r.url)));
    for (const p of SERVED) expect(provinces.has(p), p).toBe(true);
    for (const r of results) {
      const province = provinceOf(r.url);
      expect(r.origin, r.url).toBe(province ? hub().names[province] : 'Trang cả nước');
    }
    expect(results.map((r) => r.excerpt).join(' ')).toMatch(/đất đai/i);
    expect(await page.locator('[data-results]').textContent()).not.toContain(STROKE);
    await page.close();
  });

  it('expands abbreviations as one portal does: "uy ban nhan dan" also finds UBND, in several provinces', async () => {
    const { page, results } = await search('uy ban nhan dan', { all: true });
    const provinces = new Set(results.map((r) => provinceOf(r.url)).filter(Boolean));
    expect(provinces.size).toBeGreaterThanOrEqual(2);
    for (const r of results.slice(0, 5))
      expect(`${r.title} ${r.excerpt}`, r.url).toMatch(/Ủy ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND/);
    await page.close();
  });

  it('does not answer a word an index lacks with a shorter one ("sipas" is not "Si Ma Cai", "UBND" not "U Minh")', async () => {
    for (const [query, written] of [
      ['sipas', /SIPAS/i],
      ['UBND', /UBND|Ủy ban nhân dân/i],
    ] as const) {
      const { page, results } = await search(query);
      expect(results.length, query).toBeGreaterThan(0);
      for (const r of results) expect(`${r.title} ${r.excerpt}`, r.url).toMatch(written);
      await page.close();
    }
  });

  it('lists a national page once, from the hub, not once per province', async () => {
    const { page, results } = await search('papi bac giang', { all: true });
    const paths = results.map((r) => new URL(r.url).pathname);
    expect(paths.filter((p) => p === '/papi/tinh/bac-giang/')).toHaveLength(1);
    for (const r of results)
      if (new URL(r.url).pathname.startsWith('/papi/')) expect(provinceOf(r.url), r.url).toBeUndefined();
    await page.close();
  });

  it('filters by province: each answers "ke hoach" alone, every result its own', async () => {
    for (const province of SERVED) {
      const { page, results } = await search('ke hoach', { province: hub().names[province] });
      expect(results.length, province).toBeGreaterThan(0);
      for (const r of results) expect([province, undefined], r.url).toContain(provinceOf(r.url));
      expect(
        results.some((r) => provinceOf(r.url) === province),
        province,
      ).toBe(true);
      expect(await page.locator('select[data-filter="tinh"]').inputValue()).toBe(hub().names[province]);
      await page.close();
    }
  });

  it('English interface: results from the portals’ English pages', async () => {
    const { page, results } = await search('PAPI Bac Giang 2021', { lang: 'en', all: true });
    expect(results.some((r) => provinceOf(r.url) === 'bac-ninh' && new URL(r.url).pathname.startsWith('/en/'))).toBe(
      true,
    );
    expect(await page.locator('[data-index-problems]').textContent()).toContain('could not be loaded');
    await page.close();
  });

  it('is accessible with its results and the missing index reported (axe)', async () => {
    const { page } = await search('dat dai');
    expect(await page.locator('[data-index-problems]').isVisible()).toBe(true);
    const { violations } = await axeCheck(page, ['main', '.header-search']);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('a portal whose server has stopped', () => {
  const listFile = () => join(hub().dir, 'tinh/cac-cong.json');
  let list = '';
  let copy = '';
  afterAll(() => {
    // The list as the global setup wrote it (same length: its server serves it unchanged).
    if (list) writeFileSync(listFile(), list);
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('is reported, and the other provinces still answer', { timeout: 60_000 }, async () => {
    list = readFileSync(listFile(), 'utf8');
    // Bắc Ninh's portal on a server of its own, stopped: its address refuses connections.
    copy = mkdtempSync(join(tmpdir(), 'portal-hub-bn-'));
    cpSync(join(inject('sites')['bac-ninh'].dir, 'pagefind'), join(copy, 'pagefind'), { recursive: true });
    const stopped = await serveStatic(copy);
    stopped.server.closeAllConnections();
    await stopped.close();
    const urls = Object.fromEntries(readPortalList(hub().dir).map((p) => [p.slug, p.url]));
    writePortalList(hub().dir, { ...urls, 'bac-ninh': stopped.url, [MISSING]: null });
    // A server of the hub's own that reads the rewritten list (the shared one keeps the first's length).
    const hubServer = await serveStatic(hub().dir);
    try {
      const page = await browser.context().newPage();
      const { results, problems } = await runHubSearch(page, hubServer.url, 'ke hoach');
      expect(problems).toContain('Không tải được chỉ mục của Tỉnh Bắc Ninh');
      expect(problems).not.toContain(hub().names[MISSING]);
      expect(results.length).toBeGreaterThan(0);
      expect(results.some((r) => provinceOf(r.url) === 'quang-tri' || provinceOf(r.url) === 'lao-cai')).toBe(true);
      expect(results.some((r) => r.url.startsWith(`${stopped.url}/`))).toBe(false);
      await page.close();
    } finally {
      hubServer.server.closeAllConnections();
      await hubServer.close();
    }
  });
});

describe('without JavaScript', () => {
  const noScript = useBrowser({ javaScript: false });
  it('the search page says it needs JavaScript and offers the hub’s sections', async () => {
    const page = await noScript.context().newPage();
    await page.goto(`${hub().url}/tim-kiem/?q=dat+dai`);
    expect(await page.locator('[data-no-script]').isVisible()).toBe(true);
    const links = await page.locator('.search-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/papi/', '/sap-xep/']));
    await page.close();
  });
});
