/**
 * Measures the JavaScript a PAPI page makes a phone download, gzip-compressed:
 *   npm run measure-papi-js -- [path ...]      (default: a dimension page, a province page, a year page)
 * Builds the default instance into dist-measure/ if it is not there (or with --build), serves it,
 * opens each page in headless Chromium at 360 × 740, sums the gzip size of every JS file fetched
 * on load, then scrolls every chart into view and sums again (Chart.js is loaded only then).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { buildSite, root } from './lib/build-site.ts';
import { serveStatic } from './lib/serve-static.ts';

const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith('/'));
const pages = paths.length ? paths : ['/papi/noi-dung/1/', '/papi/tinh/quang-tri/', '/papi/2020/'];
const dir = join(root, 'dist-measure');

if (args.includes('--build') || !existsSync(join(dir, 'papi', 'index.html'))) {
  console.log('Building content/quang-tri into dist-measure/ …');
  const result = buildSite({ contentDir: 'content/quang-tri', outDir: dir, asOf: '2025-12-31' });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.output}`);
}

const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  console.log('| page | JS on load (gzip) | JS after charts are in view (gzip) | files |');
  console.log('| --- | --- | --- | --- |');
  for (const path of pages) {
    const page = await context.newPage();
    const seen = new Map<string, number>();
    page.on('response', async (response) => {
      const url = response.url();
      if (!url.endsWith('.js') && !(response.headers()['content-type'] ?? '').includes('javascript')) return;
      try {
        seen.set(url, gzipSync(await response.body(), { level: 9 }).length);
      } catch {
        // A response without a body (redirect) carries no JavaScript.
      }
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const onLoad = [...seen.values()].reduce((a, b) => a + b, 0);
    for (const figure of await page.locator('figure.chart').all()) {
      await figure.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).dataset.drawn === 'true', await figure.elementHandle(), {
        timeout: 15_000,
      });
    }
    await page.waitForLoadState('networkidle');
    const after = [...seen.values()].reduce((a, b) => a + b, 0);
    console.log(`| \`${path}\` | ${kb(onLoad)} | ${kb(after)} | ${seen.size} |`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
