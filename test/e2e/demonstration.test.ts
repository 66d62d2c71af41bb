/**
 * A demonstration build says so everywhere and shows no stand-in address anywhere. The two
 * instances and the generated one are demonstrations (site.yaml `demonstration: true`,
 * `site_url: null`): every built page, embed and notice sheet carries the mark, in the page's
 * language; no page, feed, calendar, download, sitemap or header file names a placeholder
 * domain; on a phone the mark neither scrolls sideways nor pushes the page's title off the
 * first screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles, pathOfHtml } from '../../scripts/lib/built-site.ts';
import { useBrowser } from '../helpers/browser.ts';
import { PLACEHOLDER } from '../helpers/page-text.ts';

const browser = useBrowser({ javaScript: false });
const SITES = {
  'quang-tri': () => inject('sites')['quang-tri'].dir,
  'bac-ninh': () => inject('sites')['bac-ninh'].dir,
  generated: () => inject('generated').dir,
} as const;

/** Text files of a built site: pages, feeds, calendar, downloads, sitemap, robots, headers (not the search index's binary parts). */
const textFiles = (dir: string) =>
  builtFiles(dir).filter(
    (f) => !f.startsWith('/pagefind/') && /\.(html|xml|json|ics|txt|csv|webmanifest)$|\/_headers$/.test(f),
  );

for (const [site, dir] of Object.entries(SITES)) {
  describe(`${site}: a demonstration`, () => {
    it('marks every built page, embed and notice sheet, in the page’s language', () => {
      const pages = builtFiles(dir()).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(100);
      const unmarked: string[] = [];
      let sheets = 0;
      for (const file of pages) {
        const html = readFileSync(join(dir(), file), 'utf8');
        const english = file.startsWith('/en/') || /^<!doctype html>\s*<html lang="en"/i.test(html);
        const mark = english ? '<strong>Demonstration</strong> — ' : '<strong>Bản trình diễn</strong> — ';
        if (!html.includes('data-demonstration') || !html.includes(mark)) unmarked.push(pathOfHtml(file));
        if (html.includes('class="sheet"')) {
          sheets++;
          if (!html.includes('demo-mark--sheet') || !html.includes('demo-mark__watermark'))
            unmarked.push(`${pathOfHtml(file)} (sheet)`);
        }
      }
      expect(unmarked).toEqual([]);
      if (site !== 'generated') expect(sheets).toBeGreaterThan(0);
    });

    it('names no placeholder domain in any page, feed, calendar, download or header file', () => {
      const found: string[] = [];
      for (const file of textFiles(dir())) {
        // Calendar lines are folded at 75 octets: unfolded, as a reader sees them.
        const text = readFileSync(join(dir(), file), 'utf8').replace(/\r\n[ \t]/g, '');
        for (const m of text.matchAll(PLACEHOLDER)) {
          found.push(`${file}: ${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}`);
        }
      }
      expect(found.slice(0, 20)).toEqual([]);
    });
  });
}

describe('the mark on a phone', () => {
  for (const path of ['/', '/en/', '/van-ban/', '/cong-khai/xa-cam-lo/']) {
    it(`${path}: fits 320 px without sideways scrolling and leaves the title on the first screen at 360 × 740`, async () => {
      const page = await browser.open('quang-tri', path);
      const mark = page.locator('[data-demonstration]');
      expect(await mark.innerText()).toMatch(path.startsWith('/en/') ? /^Demonstration — / : /^Bản trình diễn — /);
      const h1 = await page.locator('h1').first().boundingBox();
      expect(h1!.y + Math.min(h1!.height, 40)).toBeLessThanOrEqual(740);
      expect((await mark.boundingBox())!.height).toBeLessThanOrEqual(48);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect((await mark.boundingBox())!.height).toBeLessThanOrEqual(64);
    });
  }
});
