/**
 * axe-core (WCAG 2.2 A and AA rules) over the disclosure pages at a phone's size. The check
 * covers the page's own content (main); the shared frame has its own tests.
 */
import { describe, expect, it } from 'vitest';
import { axeCheck } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';

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
      const { violations } = await axeCheck(page, ['main']);
      expect(violations).toEqual([]);
    });
  }
});
