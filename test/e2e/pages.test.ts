/** The frame every page shares: phone width, no JavaScript needed, a helpful 404. */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser({ javaScript: false });

describe('pages without JavaScript at 360 px', () => {
  for (const path of ['/', '/van-ban/', '/don-vi/', '/don-vi/tinh-quang-tri/', '/en/', '/en/van-ban/']) {
    it(`${path} fits the screen and has one h1`, async () => {
      const page = await browser.open('quang-tri', path);
      expect(await page.locator('h1').count()).toBe(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // The home page's one script only adds the commune name box (my-commune.test.ts: the list
      // and the map work without it); the other pages need none.
      if (path !== '/' && path !== '/en/') expect(await page.locator('script').count()).toBe(0);
    });
  }

  it('the skip link leads to the main content', async () => {
    const page = await browser.open('quang-tri', '/van-ban/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
  });

  it('an unknown address answers 404 with ways on, in both languages', async () => {
    const response = await fetch(`${inject('sites')['quang-tri'].url}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('Page not found');
    expect(html).toContain('href="/van-ban/"');
  });
});
