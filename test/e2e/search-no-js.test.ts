/** Without JavaScript the search page says so and offers the sections; the forms still work. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser({ javaScript: false });

describe('search without JavaScript', () => {
  it('explains, and links to the section indexes', async () => {
    const page = await browser.open('quang-tri', '/tim-kiem/');
    expect(await page.locator('h1').textContent()).toBe('Tìm kiếm');
    expect(await page.locator('[data-no-script]').isVisible()).toBe(true);
    expect(await page.locator('[data-no-script]').textContent()).toContain('cần JavaScript');
    const sections = page.locator('.search-sections');
    for (const [name, href] of [
      ['Văn bản', '/van-ban/'],
      ['Đơn vị', '/don-vi/'],
    ]) {
      expect(await sections.getByRole('link', { name }).getAttribute('href')).toBe(href);
    }
    // Filters need the index, so they stay hidden and out of the form.
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
  });

  it('the labelled form submits harmlessly to the same page', async () => {
    const page = await browser.open('quang-tri', '/tim-kiem/');
    await page.getByLabel('Từ cần tìm').fill('dat dai');
    await page.getByRole('button', { name: 'Tìm', exact: true }).last().click();
    await page.waitForURL(/\/tim-kiem\/\?q=dat\+dai$/);
    expect(await page.locator('[data-no-script]').isVisible()).toBe(true);
  });

  it('every page has a labelled search box in the header that opens the search page', async () => {
    for (const path of ['/', '/van-ban/qt-2021-cong-van-duy-tri-papi/', '/en/don-vi/']) {
      const page = await browser.open('quang-tri', path);
      const form = page.locator('form.header-search');
      expect(await form.getAttribute('action')).toBe(path.startsWith('/en/') ? '/en/tim-kiem/' : '/tim-kiem/');
      expect(await form.getAttribute('method')).toBe('get');
      expect(
        await page
          .getByRole('searchbox', { name: path.startsWith('/en/') ? 'Search this portal' : 'Tìm trên cổng' })
          .count(),
      ).toBe(1);
    }
  });

  it('the English search page explains in English', async () => {
    const page = await browser.open('quang-tri', '/en/tim-kiem/');
    expect(await page.locator('h1').textContent()).toBe('Search');
    expect(await page.locator('[data-no-script]').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-sections').getByRole('link', { name: 'Documents' }).getAttribute('href')).toBe(
      '/en/van-ban/',
    );
  });
});
