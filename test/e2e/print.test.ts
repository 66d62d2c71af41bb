/**
 * Notice-board sheets print on one or two A4 pages in Chromium, and their QR code is the one
 * made from the address of the page the notice comes from.
 */
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/outputs/print/qr.ts';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser({ javaScript: false });

/** Pages in a PDF: one "/Type /Page" object per page (not "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const SHEETS = [
  { path: '/cong-khai/xa-cam-lo/in/ho-ngheo/', page: '/cong-khai/xa-cam-lo/#ho-ngheo' },
  { path: '/cong-khai/xa-cam-lo/ngan-sach/2025/in/', page: '/cong-khai/xa-cam-lo/ngan-sach/2025/' },
  { path: '/cong-khai/phuong-dong-ha/ngan-sach/2024/in/', page: '/cong-khai/phuong-dong-ha/ngan-sach/2024/' },
  { path: '/cong-khai/xa-cam-lo/in/tiep-cong-dan/', page: '/cong-khai/xa-cam-lo/#tiep-cong-dan' },
  { path: '/cong-khai/xa-cam-lo/in/dong-gop/', page: '/cong-khai/xa-cam-lo/#dong-gop' },
  { path: '/cong-khai/xa-cam-lo/in/dau-tu/', page: '/cong-khai/xa-cam-lo/#dau-tu' },
  { path: '/cong-khai/xa-cam-lo/in/bang-gia-dat/', page: '/cong-khai/bang-gia-dat/#xa-cam-lo' },
];

describe('notice-board sheets', () => {
  for (const sheet of SHEETS) {
    it(`${sheet.path} prints on one or two A4 pages with a QR code to its page and its posting date`, async () => {
      const page = await browser.open('quang-tri', sheet.path);
      const text = await page.locator('body').innerText();
      expect(text).toContain('Thời gian niêm yết');
      expect(text).toMatch(/DỮ LIỆU MINH HỌA/);
      const url = `https://quangtri.minhbach.example.org${sheet.page}`;
      const figure = page.locator('figure.sheet__qr');
      expect(await figure.getAttribute('data-qr-for')).toBe(url);
      const svg = await figure.locator('svg').evaluate((el) => el.outerHTML);
      const expected = await qrSvg(url);
      // Same encoder, same text: the same modules. Compare the drawn paths.
      const paths = (s: string) => [...s.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
      expect(paths(svg)).toEqual(paths(expected));

      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      // The QR code is on the printed sheet, not cut off by print styles.
      expect(await figure.isVisible()).toBe(true);
    });
  }
});
