/** The same code builds another province's portal from another content folder. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

describe('the Bắc Ninh instance', () => {
  it('shows Bắc Ninh, not Quảng Trị, on its pages', async () => {
    for (const path of ['/', '/van-ban/', '/don-vi/', '/en/']) {
      const page = await browser.open('bac-ninh', path);
      const header = await page.locator('.site-header').textContent();
      expect(header).toMatch(/Bắc Ninh|Bac Ninh/);
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body, path).not.toMatch(/Quảng Trị|Quang Tri/);
    }
  });

  it('lists the new Bắc Ninh communes and the former Bắc Giang province', async () => {
    const page = await browser.open('bac-ninh', '/don-vi/');
    expect(await page.getByRole('link', { name: 'Phường Bắc Giang', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Tỉnh Bắc Giang', exact: true }).count()).toBe(1);
    const bacGiang = await browser.open('bac-ninh', '/don-vi/tinh-bac-giang/');
    expect(await bacGiang.locator('section[aria-labelledby="successors"] a').allTextContents()).toEqual([
      'Tỉnh Bắc Ninh',
    ]);
  });

  it('the default instance is Quảng Trị', async () => {
    const page = await browser.open('quang-tri', '/');
    expect(await page.locator('.site-header__province').textContent()).toBe('Tỉnh Quảng Trị');
  });
});
