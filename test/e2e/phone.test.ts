/**
 * Phone-first pages: every page kind the sitemap shows, in both instances, at 320 and 360 px
 * wide does not scroll sideways, every target is big enough to tap (or spaced as WCAG 2.2,
 * 2.5.8 asks) and fields have 16 px text (test/helpers/phone-checks.ts) — also with everything
 * folded opened. Then what makes them phone-first: the header and its menu without JavaScript,
 * search results on the first screen, tables as cards or key columns.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runSearch } from '../../scripts/lib/search-queries.ts';
import { samplePerKind, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { foreignWords, groupedYears, idLinks, pageText, placeholderDomains } from '../helpers/page-text.ts';
import { phoneProblems } from '../helpers/phone-checks.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';

const browser = useBrowser();
const noJs = useBrowser({ javaScript: false });

/** Pages of each kind in each instance (the kinds lumped together are also named below). */
const PER_KIND = 1;
/** Pages the sitemap lumps with others of their depth, or does not list, checked by name. */
const NAMED: Record<InstanceName, string[]> = {
  'quang-tri': [
    '/cong-khai/xa-cam-lo/',
    '/cong-khai/phuong-dong-ha/ngan-sach/2024/',
    '/cong-khai/bang-gia-dat/',
    '/papi/tinh/quang-tri/',
    '/papi/2024/theo/d5/',
    '/tim-kiem/?q=ngân sách',
    '/tim-kiem/?q=ho ngheo&unit=Phường Đông Hà',
    '/en/tim-kiem/?q=dat dai',
    '/khong-co-trang-nay/',
  ],
  'bac-ninh': ['/nhiem-vu/bg2021-iv-8-2/', '/tim-kiem/?q=ngân sách'],
};
/** Pages checked at once in the one browser, both instances together. */
const PARALLEL = 3;

const withPage = pagePool(() => browser.context(), PARALLEL);

/** After a resize: charts and other observers redraw on the next frames. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );

async function problemsAt(page: Page, width: number, label: string): Promise<string[]> {
  await page.setViewportSize({ width, height: 740 });
  await settle(page);
  const { overflow, targets, fonts } = await page.evaluate(phoneProblems);
  return [...(overflow > 0 ? [`scrolls sideways by ${overflow} px`] : []), ...targets, ...fonts].map(
    (p) => `${width} px ${label}: ${p}`,
  );
}

/** What plain-words.test.ts checks in the files, on the page as the browser shows it. */
async function wordProblems(page: Page): Promise<string[]> {
  const html = await page.content();
  const text = pageText(html);
  const english = /<html[^>]*\slang="en"/.test(html);
  return [
    ...groupedYears(html, text),
    ...idLinks(text),
    ...placeholderDomains(text),
    ...(english ? [] : foreignWords(text)),
  ];
}

describe.concurrent('every page kind fits a phone', () => {
  for (const site of Object.keys(INSTANCES) as InstanceName[]) {
    const pages = () => [
      ...samplePerKind(sitemapPaths(inject('sites')[site].dir), PER_KIND).map((s) => s.path),
      ...NAMED[site],
    ];

    // Measured: 25–50 s, both instances at once (about 55 pages each), on 2 cores shared with
    // other test runs.
    it(`${site}: no sideways scroll at 320 and 360 px, targets to tap, 16 px text in fields, plain words`, async ({
      expect,
    }) => {
      const found: string[] = [];
      await Promise.all(
        pages().map((path) =>
          withPage(async (page) => {
            await page.setViewportSize({ width: 360, height: 740 });
            await page.goto(inject('sites')[site].url + path);
            if (path.includes('?q=')) await page.waitForSelector('[data-status][data-state="done"]');
            found.push(...(await problemsAt(page, 360, path)));
            // The words as drawn (search results and all): the plain-words checks of every
            // built file (plain-words.test.ts), and no placeholder address.
            found.push(...(await wordProblems(page)).map((p) => `${path}: ${p}`));
            // At the narrowest, with everything folded opened too (not the menu, which covers
            // the page while open and is checked below).
            await page.evaluate(() =>
              document.querySelectorAll<HTMLDetailsElement>('details:not(.site-menu)').forEach((d) => (d.open = true)),
            );
            found.push(...(await problemsAt(page, 320, `${path} (all opened)`)));
          }),
        ),
      );
      expect(found.sort()).toEqual([]);
    }, 120_000);
  }
});

describe('the header on a phone', () => {
  it('is at most 120 px tall, with the page title on the first screen', async () => {
    for (const [site, path] of [
      ['quang-tri', '/'],
      ['quang-tri', '/en/cong-khai/'],
      ['bac-ninh', '/papi/'],
    ] as const) {
      const page = await noJs.open(site, path);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, path).toBeLessThanOrEqual(120);
      const title = (await page.locator('h1').boundingBox())!;
      expect(title.y + title.height, path).toBeLessThan(740 / 2);
      await page.close();
    }
  });

  it('folds the sections into a menu that opens without JavaScript, with the language switch', async () => {
    const page = await noJs.open('quang-tri', '/cong-khai/');
    const menu = page.locator('nav', { has: page.locator('.site-menu__list') });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await menu.isVisible()).toBe(false);
    await page.getByText('Các mục', { exact: true }).click();
    expect(await menu.isVisible()).toBe(true);
    const links = menu.getByRole('link');
    expect(await links.count()).toBe(8);
    for (const box of await Promise.all((await links.all()).map((l) => l.boundingBox())))
      expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await menu.getByRole('link', { name: 'Công khai' }).getAttribute('aria-current')).toBe('page');
    await page.locator('.site-menu').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/cong-khai\/$/);
    await page.close();
  });

  it('on a wide screen shows the sections in a bar, and no menu button', async () => {
    const page = await noJs.open('quang-tri', '/');
    await page.setViewportSize({ width: 1024, height: 740 });
    expect(await page.locator('.site-nav').getByRole('link').count()).toBe(8);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    expect(await page.locator('.site-menu').isVisible()).toBe(false);
    await page.close();
  });
});

describe('search on a phone', () => {
  it('shows the first result on the first screen, the filters folded behind one control', async () => {
    const page = await browser.context().newPage();
    const results = await runSearch(page, inject('sites')['quang-tri'].url, 'ngân sách');
    expect(results.length).toBeGreaterThan(0);
    const first = (await page.locator('.search-result').first().boundingBox())!;
    expect(first.y).toBeLessThan(740 - 60);
    await page.waitForSelector('[data-filters-fold]:not([hidden])');
    expect(await page.getByLabel('Loại trang').isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Lọc kết quả' }).click();
    expect(await page.getByLabel('Loại trang').isVisible()).toBe(true);
    await page.close();
  });

  it('narrows the unit filter by part of a name typed without diacritics, grouped by kind', async () => {
    const page = await browser.context().newPage();
    await runSearch(page, inject('sites')['quang-tri'].url, 'ho ngheo');
    await page.waitForSelector('[data-filters-fold]:not([hidden])');
    await page.locator('summary', { hasText: 'Lọc kết quả' }).click();
    const units = page.locator('#search-filter-unit');
    // The units are listed when the filters are first opened.
    await expect.poll(() => units.locator('option').count()).toBeGreaterThan(100);
    const all = await units.locator('option').count();
    expect(await units.locator('optgroup').evaluateAll((g) => g.map((x) => (x as HTMLOptGroupElement).label))).toEqual(
      expect.arrayContaining(['Xã', 'Phường', 'Cơ quan, tổ chức']),
    );
    await page.getByLabel('Tìm đơn vị theo tên').fill('dong ha');
    const names = await units.locator('option').allTextContents();
    expect(names.length).toBeLessThan(all / 10);
    expect(names).toEqual(expect.arrayContaining(['Tất cả', 'Phường Đông Hà']));
    await units.selectOption('Phường Đông Hà');
    await page.waitForSelector('[data-status][data-state="done"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('Phường Đông Hà');
    expect(await page.locator('[data-filters-summary]').textContent()).toBe('Lọc kết quả (1 đang chọn)');
    const width = await units.evaluate((el) => el.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('tables on a phone', () => {
  it('the disclosure table: one card per commune, each status under its label, still a table to screen readers', async () => {
    const page = await noJs.open('quang-tri', '/cong-khai/');
    const cell = page.locator('table.compliance td[data-kind="budget-estimate"]').first();
    expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('Dự toán ngân sách xã');
    // What a screen reader gets: Chromium's accessibility tree still has the table's cells and headers.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    const roles = (role: string) => nodes.filter((n) => n.role?.value === role);
    const communes = await page.locator('table.compliance tbody tr').count();
    const kinds = await page.locator('table.compliance thead th').count();
    expect(roles('table').length).toBeGreaterThan(0);
    expect(roles('columnheader').map((n) => n.name?.value)).toContain('Dự toán ngân sách xã');
    expect(roles('cell').length).toBeGreaterThanOrEqual(communes * (kinds - 1));
    // Wider, it is a table again.
    await page.setViewportSize({ width: 1024, height: 740 });
    expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe('table-cell');
    await page.close();
  });

  it('the PAPI ranking keeps its key columns, the others one tap away, dimensions named', async () => {
    const page = await noJs.open('quang-tri', '/papi/2024/');
    const header = (text: string) => page.locator('table thead th', { hasText: text }).first();
    expect(await header('Tổng điểm').isVisible()).toBe(true);
    expect(await header('ND1').isVisible()).toBe(false);
    await page.getByText(/^Xem thêm \d+ cột$/).click();
    expect(await header('ND1').isVisible()).toBe(true);
    expect(await header('ND1').locator('abbr').getAttribute('title')).toBe('Tham gia của người dân ở cấp cơ sở');
    const legend = await page.locator('.legend').first().innerText();
    expect(legend).toContain('ND8');
    expect(legend).toContain('Quản trị điện tử');
    await page.close();
  });

  it('a number that is not published is not offered to call (the configured ones are: contact.test.ts)', async () => {
    const page = await noJs.open('quang-tri', '/cong-khai/phuong-dong-ha/');
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="tiep-cong-dan"]').innerText()).toContain(
      'không ghi số điện thoại',
    );
    await page.close();
  });
});
