/**
 * Makes the link-preview pictures (1200 × 630 PNG) of each section into public/og/, by
 * rendering a small HTML card in headless Chromium. Run it when a section is added or
 * renamed:  npm run og-images
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { shareSections } from '../../src/ui/sections.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/browser.ts';
import { root } from '../lib/build-site.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function card(title: string, tagline: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body{margin:0;width:1200px;height:630px;font-family:'DejaVu Sans',sans-serif;background:#8b1a1a;color:#fff;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box}
  .kicker{font-size:34px;opacity:.9;margin-bottom:28px}
  h1{font-size:78px;line-height:1.1;margin:0 0 28px}
  p{font-size:40px;line-height:1.3;margin:0;color:#ffdd00}
  .bar{position:absolute;left:0;bottom:0;width:1200px;height:24px;background:#ffdd00}
  </style></head><body><div class="kicker">Cổng minh bạch chính quyền địa phương</div>
  <h1>${escape(title)}</h1><p>${escape(tagline)}</p><div class="bar"></div></body></html>`;
}

const out = join(root, 'public/og');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const section of shareSections) {
  await page.setContent(card(section.title.vi, section.tagline.vi));
  await page.screenshot({ path: join(out, `${section.id}.png`), type: 'png' });
  console.log(`public/og/${section.id}.png`);
}
await browser.close();
