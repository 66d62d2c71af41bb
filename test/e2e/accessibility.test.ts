/**
 * Accessibility: axe-core with the WCAG 2.0–2.2 A and AA rules on two pages of every page
 * kind the sitemap shows (both languages, both instances), and zero violations; then the
 * main tasks done with the keyboard alone, every focused element visibly marked.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { samplePerKind, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { useBrowser } from '../helpers/browser.ts';
import { INSTANCES, type InstanceName } from '../helpers/global-setup.ts';

const browser = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

async function axeViolations(page: Page): Promise<{ violations: string[]; passes: number }> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(o: unknown): Promise<AxeResult> } }).axe.run({ runOnly: { type: 'tag', values: tags } }),
    WCAG_AA,
  );
  return {
    violations: result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`)),
    passes: result.passes.length,
  };
}

/** Pages of each kind checked: two in the default instance, one in the other (same templates). */
const PER_KIND: Record<InstanceName, number> = { 'quang-tri': 2, 'bac-ninh': 1 };
/** Pages checked at once in the one browser. */
const PARALLEL = 3;

for (const site of Object.keys(INSTANCES) as InstanceName[]) {
  describe(`${site}: axe WCAG 2.2 AA on every page kind`, () => {
    const samples = () => samplePerKind(sitemapPaths(inject('sites')[site].dir), PER_KIND[site]);

    it('covers every kind of page in the sitemap', () => {
      const kinds = new Set(samples().map((s) => s.kind));
      expect(kinds).toContain('vi /');
      expect(kinds).toContain('en /don-vi/*/');
      expect(kinds).toContain('vi /van-ban/*/');
    });

    it('finds no violation', async () => {
      const found: string[] = [];
      const queue = samples();
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const page = await browser.open(site, next.path);
          const { violations, passes } = await axeViolations(page);
          // A run that checked nothing would pass silently: make sure the rules ran.
          expect(passes, next.path).toBeGreaterThan(5);
          found.push(...violations.map((v) => `${next.kind} ${next.path}: ${v}`));
          await page.close();
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      expect(found.sort()).toEqual([]);
    }, 300_000);
  });
}

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
