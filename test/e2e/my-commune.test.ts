/**
 * "Your commune" on the home page, at a phone's width: by name typed without marks, from the
 * list by former district, and on the map; by keyboard only and by touch; without JavaScript
 * the list and the map still lead there. The choice is remembered on the device.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck } from '../helpers/axe.ts';
import { PHONE, useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();
const noScript = useBrowser({ javaScript: false });

let touchBrowser: Browser;
let touch: BrowserContext;
beforeAll(async () => {
  touchBrowser = await chromium.connect(inject('browserEndpoint'));
  touch = await touchBrowser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'vi-VN' });
});
afterAll(async () => {
  await touchBrowser?.close();
});
const openTouch = async (path: string): Promise<Page> => {
  const page = await touch.newPage();
  await page.goto(inject('sites')['quang-tri'].url + path);
  return page;
};

/** Presses Tab until the focused element passes the test (at most `max` times). */
async function tabTo(page: Page, test: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`Tab never reached: ${test}`);
}

const focusedIsQuery = `document.activeElement?.id === 'my-commune-query'`;
const focusedIsMap = (name: string) =>
  `document.activeElement?.closest('.commune-map') !== null && document.activeElement?.querySelector('title')?.textContent === ${JSON.stringify(name)}`;

/** A point of the screen inside a commune's shape on the map, to tap or click exactly there. */
async function pointIn(page: Page, name: string): Promise<{ x: number; y: number }> {
  const link = page.locator('.commune-map a', { has: page.locator(`title:text-is("${name}")`) });
  await link.scrollIntoViewIfNeeded();
  const point = await link.locator('path').evaluate((path) => {
    const box = path.getBoundingClientRect();
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const x = box.left + (box.width * i) / 20;
        const y = box.top + (box.height * j) / 20;
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    return null;
  });
  if (!point) throw new Error(`No point of ${name} on screen`);
  return point;
}

describe('your commune, by keyboard', () => {
  it('typing a name without marks filters the list, announces the count, and Enter opens it', async () => {
    const page = await browser.open('quang-tri', '/');
    await tabTo(page, focusedIsQuery);
    await page.keyboard.type('cam lo');
    const results = page.locator('[data-my-commune-results] a');
    await expect.poll(() => results.allTextContents()).toEqual(['Xã Cam Lộ']);
    expect(await page.locator('[data-my-commune-status]').getAttribute('role')).toBe('status');
    expect(await page.locator('[data-my-commune-status]').textContent()).toBe('1 xã, phường khớp');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xã Cam Lộ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cong-khai\/xa-cam-lo\/$/);
  });

  it('"dong ha" finds Đông Hà; Enter in the box opens the first match and it is remembered', async () => {
    const page = await browser.open('quang-tri', '/');
    await tabTo(page, focusedIsQuery);
    await page.keyboard.type('dong ha');
    await expect.poll(() => page.locator('[data-my-commune-results] a').first().textContent()).toBe('Phường Đông Hà');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cong-khai\/phuong-dong-ha\/$/);

    const home = await browser.open('quang-tri', '/');
    const saved = home.locator('[data-my-commune-saved]');
    await expect.poll(() => saved.isVisible()).toBe(true);
    expect(await saved.getByRole('link').textContent()).toBe('Phường Đông Hà');
    expect(await saved.getByRole('link').getAttribute('href')).toBe('/cong-khai/phuong-dong-ha/');
    await saved.getByRole('button', { name: 'Đổi' }).press('Enter');
    expect(await saved.isVisible()).toBe(false);
    expect(await home.evaluate(focusedIsQuery)).toBe(true);
    const again = await browser.open('quang-tri', '/');
    expect(await again.locator('[data-my-commune-saved]').isVisible()).toBe(false);
  });

  it('a former district opens with Enter and its commune is a link', async () => {
    const page = await browser.open('quang-tri', '/');
    await tabTo(
      page,
      `document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent.startsWith('Huyện Cam Lộ')`,
    );
    await page.keyboard.press('Enter');
    await tabTo(page, `document.activeElement?.textContent === 'Xã Cam Lộ'`, 20);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cong-khai\/xa-cam-lo\/$/);
  });

  it('each commune of the map is reachable by Tab, with a visible focus, and opens with Enter', async () => {
    const page = await browser.open('quang-tri', '/');
    await tabTo(page, focusedIsMap('Phường Đông Hà'));
    const stroke = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth,
    );
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cong-khai\/phuong-dong-ha\/$/);
  });
});

describe('your commune, by touch', () => {
  it('by name, by the list and by the map', async () => {
    const page = await openTouch('/');
    await page.locator('#my-commune-query').tap();
    await page.keyboard.type('dong ha');
    await page.locator('[data-my-commune-results] a', { hasText: 'Phường Đông Hà' }).tap();
    await page.waitForURL(/\/cong-khai\/phuong-dong-ha\/$/);

    const list = await openTouch('/');
    await list.locator('summary', { hasText: 'Huyện Cam Lộ' }).tap();
    await list.locator('details[open] a', { hasText: 'Xã Cam Lộ' }).first().tap();
    await list.waitForURL(/\/cong-khai\/xa-cam-lo\/$/);

    const map = await openTouch('/');
    const { x, y } = await pointIn(map, 'Xã Cam Lộ');
    await map.touchscreen.tap(x, y);
    await map.waitForURL(/\/cong-khai\/xa-cam-lo\/$/);
  });
});

describe('your commune, without JavaScript', () => {
  it('hides the name box, and the list and the map still lead to the commune', async () => {
    const page = await noScript.open('quang-tri', '/');
    expect(await page.locator('[data-my-commune-form]').isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Huyện Cam Lộ' }).click();
    await page.locator('details[open] a', { hasText: 'Xã Cam Lộ' }).first().click();
    await page.waitForURL(/\/cong-khai\/xa-cam-lo\/$/);

    const map = await noScript.open('quang-tri', '/');
    const { x, y } = await pointIn(map, 'Phường Đông Hà');
    await map.mouse.click(x, y);
    await map.waitForURL(/\/cong-khai\/phuong-dong-ha\/$/);
  });
});

describe('your commune, every instance', () => {
  for (const site of ['quang-tri', 'bac-ninh'] as const) {
    it(`${site}: every commune of today is on the list and the map, leading to a page that exists`, async () => {
      const page = await noScript.open(site, '/');
      const listed = new Set(
        await page.locator('[data-my-commune-lists] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      );
      const mapped = await page.locator('.commune-map a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(mapped.length).toBe(listed.size);
      expect(new Set(mapped)).toEqual(listed);
      const svg = await page.locator('.commune-map svg').evaluate((el) => el.outerHTML.length);
      // The map's budget: it is drawn on the home page of a phone, raw bytes before gzip.
      expect(svg).toBeLessThan(40_000);
      for (const href of [...listed].slice(0, 3)) {
        const target = await noScript.open(site, href!);
        expect(await target.locator('h1').count()).toBe(1);
      }
    });
  }
});

describe('your commune, accessibility', () => {
  it('axe finds no violation on the home page, with a name typed', async () => {
    const page = await browser.open('quang-tri', '/');
    await page.locator('#my-commune-query').fill('ha');
    const { violations, passes } = await axeCheck(page);
    expect(violations).toEqual([]);
    expect(passes).toBeGreaterThan(0);
  });
});
