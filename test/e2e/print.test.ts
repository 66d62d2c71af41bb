/**
 * Notice-board sheets are laid out as official notices (Nghị định 30/2020/NĐ-CP) and print on
 * one A4 page in Chromium: issuing body beside the national heading, number, place and date,
 * title, body, signature block. The instances are demonstrations without an address of their
 * own, so each sheet says it is a demonstration and, instead of a QR code, that the address
 * will be given.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser({ javaScript: false });

/** Pages in a PDF: one "/Type /Page" object per page (not "/Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const SHEETS = [
  { path: '/cong-khai/xa-cam-lo/in/ho-ngheo/', issuer: 'UBND XÃ CAM LỘ', date: 'Cam Lộ, ngày 20 tháng 11 năm 2025' },
  {
    path: '/cong-khai/xa-cam-lo/ngan-sach/2025/in/',
    issuer: 'UBND XÃ CAM LỘ',
    date: 'Cam Lộ, ngày 05 tháng 11 năm 2025',
  },
  { path: '/cong-khai/phuong-dong-ha/ngan-sach/2024/in/', issuer: 'UBND PHƯỜNG ĐÔNG HÀ', date: 'Đông Hà, ngày' },
  { path: '/cong-khai/xa-cam-lo/in/tiep-cong-dan/', issuer: 'UBND XÃ CAM LỘ', date: 'Cam Lộ, ngày' },
  { path: '/cong-khai/xa-cam-lo/in/dong-gop/', issuer: 'UBND XÃ CAM LỘ', date: 'Cam Lộ, ngày' },
  { path: '/cong-khai/xa-cam-lo/in/dau-tu/', issuer: 'UBND XÃ CAM LỘ', date: 'Cam Lộ, ngày' },
  { path: '/cong-khai/xa-cam-lo/in/bang-gia-dat/', issuer: 'UBND XÃ CAM LỘ', date: 'Cam Lộ, ngày' },
];

describe('notice-board sheets', () => {
  for (const sheet of SHEETS) {
    it(`${sheet.path} is laid out as an official notice and prints on one A4 page`, async () => {
      const page = await browser.open('quang-tri', sheet.path);
      const text = (selector: string) => page.locator(selector).innerText();

      // The heading: issuing body (superior first, from the unit tree) beside the national heading.
      expect(await text('.sheet__issuer')).toMatch(new RegExp(`^UBND TỈNH QUẢNG TRỊ\\s+${sheet.issuer}\\s+Số: …`));
      expect(await text('.sheet__nation')).toMatch(
        /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s+Độc lập - Tự do - Hạnh phúc\s+/,
      );
      expect(await text('.sheet__date')).toContain(sheet.date);
      const [issuer, nation] = await Promise.all(
        ['.sheet__issuer', '.sheet__nation'].map((s) => page.locator(s).boundingBox()),
      );
      expect(issuer!.x + issuer!.width).toBeLessThanOrEqual(nation!.x);
      expect(Math.abs(issuer!.y - nation!.y)).toBeLessThan(2);

      expect(await text('h1.sheet__title')).toMatch(/^THÔNG BÁO\s+Niêm yết công khai: /);
      expect(await text('.sheet__body')).toContain('Thời gian niêm yết');
      expect(await page.locator('.sheet__body table').count()).toBeGreaterThanOrEqual(1);
      expect(await text('.sheet__sign')).toMatch(/^TM\. ỦY BAN NHÂN DÂN\s+CHỦ TỊCH/);
      expect(await text('body')).toMatch(/DỮ LIỆU MINH HỌA/);

      // A demonstration, without the portal's address: said on the sheet, and no QR code to nowhere.
      expect(await text('.demo-mark--sheet')).toMatch(/^Bản trình diễn — không phải văn bản chính thức/);
      expect(await page.locator('figure.sheet__qr').count()).toBe(0);
      expect(await text('.sheet__no-address')).toContain('địa chỉ và mã QR sẽ được thông báo');

      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      expect(pdfPageCount(pdf)).toBe(1);
      // The print styles keep the demonstration's mark, on the sheet and across the page.
      expect(await page.locator('.demo-mark--sheet').isVisible()).toBe(true);
      expect(await page.locator('.demo-mark__watermark').isVisible()).toBe(true);
      expect(await page.locator('.sheet__screen-note').isVisible()).toBe(false);
    });
  }

  it('the English sheet keeps the official heading and says it is a demonstration in English', async () => {
    const page = await browser.open('quang-tri', '/en/cong-khai/xa-cam-lo/in/ho-ngheo/');
    expect(await page.locator('.sheet__nation').innerText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await page.locator('.sheet__date').innerText()).toBe('Cam Lộ, 20 November 2025');
    expect(await page.locator('.demo-mark--sheet').innerText()).toMatch(/^Demonstration — not an official notice/);
    expect(await page.locator('.sheet__sign').innerText()).toMatch(/^ON BEHALF OF THE PEOPLE'S COMMITTEE\s+CHAIR/);
  });
});
