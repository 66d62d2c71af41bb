/**
 * Accessibility: axe-core with the WCAG 2.0–2.2 A and AA rules on two pages of every page
 * kind the sitemap shows in the default instance and one in the other (both languages), and
 * zero violations; then the main tasks done with the keyboard alone, every focused element
 * visibly marked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { samplePerKind, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { axeCheck } from '../helpers/axe.ts';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';

const browser = useBrowser();

/**
 * Pages of each kind checked: one in each instance (the same templates with other content; the
 * phone test opens every kind too, and the disclosure pages have their own axe test).
 */
const PER_KIND: Record<InstanceName, number> = { 'quang-tri': 1, 'bac-ninh': 1 };
/** Pages checked at once in the one browser, both instances together. */
const PARALLEL = 3;
const withPage = pagePool(() => browser.context(), PARALLEL);

// The two instances' checks run at the same time, sharing PARALLEL pages.
describe.concurrent('axe WCAG 2.2 AA on every page kind', () => {
  for (const site of Object.keys(INSTANCES) as InstanceName[]) {
    const samples = () => samplePerKind(sitemapPaths(inject('sites')[site].dir), PER_KIND[site]);

    it(`${site}: covers every kind of page in the sitemap`, ({ expect }) => {
      const kinds = new Set(samples().map((s) => s.kind));
      expect(kinds).toContain('vi /');
      expect(kinds).toContain('en /don-vi/*/');
      expect(kinds).toContain('vi /van-ban/*/');
    });

    // Measured: 30–50 s, both instances at once, on 2 cores shared with other test runs.
    it(`${site}: finds no violation`, async ({ expect }) => {
      const found: string[] = [];
      await Promise.all(
        samples().map((sample) =>
          withPage(async (page) => {
            const response = await page.goto(inject('sites')[site].url + sample.path);
            expect(response?.status(), sample.path).toBe(200);
            const { violations, passes } = await axeCheck(page);
            // A run that checked nothing would pass silently: make sure the rules ran.
            expect(passes, sample.path).toBeGreaterThan(5);
            found.push(...violations.map((v) => `${sample.kind} ${sample.path}: ${v}`));
          }),
        ),
      );
      expect(found.sort()).toEqual([]);
    }, 150_000);
  }
});

/** Presses Tab until the focused element matches, checking each stop is visibly marked. */
async function tabTo(page: Page, matches: (text: string, href: string) => boolean, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const marked = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
      return { text: (el.textContent ?? '').trim(), href: el.getAttribute('href') ?? '', marked };
    });
    if (!focused) continue;
    expect(focused.marked, `focus on "${focused.text}" is not visible`).toBe(true);
    if (matches(focused.text, focused.href)) return;
  }
  throw new Error(`No focusable element matched within ${limit} presses of Tab`);
}

describe('keyboard only', () => {
  it('find my commune: home → units → a commune', async () => {
    const page = await browser.open('quang-tri', '/');
    await tabTo(page, (text) => text === 'Đơn vị');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/don-vi\/$/);
    await tabTo(page, (text) => text === 'Xã Cam Lộ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/don-vi\/xa-cam-lo\/$/);
    expect(await page.locator('h1').textContent()).toBe('Xã Cam Lộ');
  });

  it('open a plan: home → documents → a plan → its full text', async () => {
    const page = await browser.open('quang-tri', '/');
    await tabTo(page, (text) => text === 'Văn bản');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/van-ban\/$/);
    await tabTo(page, (_, href) => href === '/van-ban/phuong-tx-quang-tri-2024-ke-hoach-papi/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/van-ban\/phuong-tx-quang-tri-2024-ke-hoach-papi\/$/);
    expect(await page.locator('.document-body').innerText()).toContain('phấn đấu xây dựng 05 tuyến đường');
  });

  it('a former district’s communes open from the keyboard (details/summary)', async () => {
    const page = await browser.open('quang-tri', '/don-vi/');
    await tabTo(page, (text) => text.startsWith('Thị xã Quảng Trị ('));
    await page.keyboard.press('Enter');
    await tabTo(page, (text) => text === 'Xã Hải Lệ', 20);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/don-vi\/xa-hai-le-quang-tri\/$/);
  });
});
