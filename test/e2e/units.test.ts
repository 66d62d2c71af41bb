/** Unit pages link old units to their successors and new units to their predecessors. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

describe('units across the 2025 reorganisation', () => {
  it('a former district shows the commune that succeeded it', async () => {
    const page = await browser.open('quang-tri', '/don-vi/thi-xa-quang-tri/');
    expect(await page.locator('h1').textContent()).toBe('Thị xã Quảng Trị');
    const successors = page.locator('section[aria-labelledby="successors"]');
    await expect.poll(() => successors.getByRole('link', { name: 'Phường Quảng Trị' }).count()).toBe(1);
    expect(await successors.textContent()).toContain('1680/NQ-UBTVQH15');
    expect(await page.locator('.facts').textContent()).toContain('30/6/2025');
  });

  it('the successor commune lists its predecessors, each a link back', async () => {
    const page = await browser.open('quang-tri', '/don-vi/phuong-quang-tri/');
    const predecessors = page.locator('section[aria-labelledby="predecessors"]');
    const names = await predecessors.locator('a').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Phường 1 (Thị xã Quảng Trị)', 'Phường An Đôn', 'Xã Hải Lệ']));
    await predecessors.getByRole('link', { name: 'Xã Hải Lệ' }).click();
    await page.waitForURL(/\/don-vi\/xa-hai-le-quang-tri\/$/);
    expect(await page.locator('section[aria-labelledby="successors"] a').allTextContents()).toEqual([
      'Phường Quảng Trị',
    ]);
  });

  it('the old and new provinces of the same name are told apart and linked', async () => {
    const page = await browser.open('quang-tri', '/don-vi/tinh-quang-tri-cu/');
    expect(await page.locator('h1').textContent()).toBe('Tỉnh Quảng Trị (đến 30/6/2025)');
    expect(await page.locator('section[aria-labelledby="successors"] a').allTextContents()).toEqual(['Tỉnh Quảng Trị']);
    const current = await browser.open('quang-tri', '/don-vi/tinh-quang-tri/');
    expect(await current.locator('section[aria-labelledby="predecessors"] a').allTextContents()).toEqual([
      'Tỉnh Quảng Bình',
      'Tỉnh Quảng Trị (đến 30/6/2025)',
    ]);
  });

  it('the English page keeps official names and translates the interface', async () => {
    const page = await browser.open('quang-tri', '/en/don-vi/thi-xa-quang-tri/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#successors').textContent()).toBe('Successors');
    expect(await page.locator('h1').getAttribute('lang')).toBe('vi');
  });
});
