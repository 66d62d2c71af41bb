/**
 * axe-core (WCAG 2.2 A and AA rules) over the disclosure pages at a phone's size. The check
 * covers the page's own content (main); the shared frame has its own tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

const paths = [
  '/cong-khai/',
  '/cong-khai/xa-cam-lo/',
  '/cong-khai/phuong-dong-ha/ngan-sach/2024/',
  '/cong-khai/bang-gia-dat/',
  '/cong-khai/phuong-dong-ha/thu-hoi-dat/mo-rong-duong-noi-thi/',
  '/gop-y/',
  '/en/cong-khai/xa-cam-lo/',
];

describe('disclosure pages pass axe', () => {
  for (const path of paths) {
    it(path, async () => {
      const page = await browser.open('quang-tri', path);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ include: [['main']] } as unknown as Document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});
