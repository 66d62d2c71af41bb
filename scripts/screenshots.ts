/**
 * Screenshots of the default instance on a phone (360 × 740 CSS px, the first screen a
 * resident sees, or the screen where a page's table starts) for the README, into
 * docs/screenshots/*.png. Builds content/quang-tri with a fixed as-of date into a temporary
 * folder (or takes a folder already built), serves it and shoots with the system's Chromium.
 *
 *   npm run screenshots
 *   npm run screenshots -- --site dist       # a folder already built
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { buildSite, root } from './lib/build-site.ts';
import { serveStatic } from './lib/serve-static.ts';

interface Shot {
  /** File name in docs/screenshots/, without .png. */
  name: string;
  path: string;
  /** Scroll so that this element is at the top of the screen (a page's table). */
  scrollTo?: string;
  /** Wait for this element before shooting (search results, a drawn chart). */
  waitFor?: string;
}

const SHOTS: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'commune', path: '/cong-khai/phuong-dong-ha/' },
  { name: 'status-table', path: '/cong-khai/', scrollTo: 'table.compliance' },
  { name: 'budget', path: '/cong-khai/phuong-dong-ha/ngan-sach/2024/', scrollTo: '.table-wrap:has(.budget-table)' },
  { name: 'papi-province', path: '/papi/tinh/quang-tri/', scrollTo: '.table-wrap' },
  { name: 'search', path: '/tim-kiem/?q=ng%C3%A2n%20s%C3%A1ch', waitFor: '[data-status][data-state="done"]' },
];
const PHONE = { width: 360, height: 740 };
const OUT = join(root, 'docs/screenshots');

const args = process.argv.slice(2);
const given = args.indexOf('--site') >= 0 ? args[args.indexOf('--site') + 1] : undefined;
let site = given;
if (!site) {
  site = mkdtempSync(join(tmpdir(), 'portal-screenshots-'));
  console.error(`Building content/quang-tri into ${site} …`);
  const built = buildSite({ contentDir: 'content/quang-tri', outDir: site, asOf: '2025-12-31' });
  if (built.status !== 0) throw new Error(`Build failed:\n${built.output}`);
}

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'vi-VN' });
  const page = await context.newPage();
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const response = await page.goto(server.url + shot.path);
    if (response?.status() !== 200) throw new Error(`${shot.path}: HTTP ${response?.status()}`);
    if (shot.waitFor) await page.waitForSelector(shot.waitFor, { timeout: 20_000 });
    if (shot.scrollTo)
      await page
        .locator(shot.scrollTo)
        .first()
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
    // Let anything drawn on scroll (charts) settle, without the caret blinking in a field.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForTimeout(300);
    const file = join(OUT, `${shot.name}.png`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    console.error(`${file.slice(root.length + 1)}: ${shot.path} (${Math.round(statSync(file).size / 1024)} KB)`);
  }
} finally {
  await browser.close();
  await server.close();
  if (!given) rmSync(site, { recursive: true, force: true });
}
