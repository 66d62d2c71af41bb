/**
 * Pages at a phone's size (360 × 740) for a test file: a fresh browser context per file (its
 * own cache and storage) in the one headless Chromium the global setup starts for the run.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const PHONE = { width: 360, height: 740 };

export function useBrowser(options: { javaScript?: boolean } = {}) {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
    context = await browser.newContext({
      viewport: PHONE,
      javaScriptEnabled: options.javaScript ?? true,
      locale: 'vi-VN',
    });
  });
  afterAll(async () => {
    // Closes this file's contexts and disconnects; the browser stays for the next file.
    await browser?.close();
  });
  return {
    /** Opens a path of an instance (or of the generated one) and fails on console errors or a non-200 answer. */
    async open(site: 'quang-tri' | 'bac-ninh' | 'generated', path: string): Promise<Page> {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (err) => errors.push(err.message));
      const base = site === 'generated' ? inject('generated').url : inject('sites')[site].url;
      const response = await page.goto(base + path);
      if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
      (page as Page & { consoleErrors: string[] }).consoleErrors = errors;
      return page;
    },
    context: () => context,
  };
}

/**
 * Lends one of `size` pages of a context to checks run at once, waiting for one when all are in
 * use; a page goes from check to check (a script such as axe then comes from the browser's code
 * cache instead of being compiled again).
 */
export function pagePool(context: () => BrowserContext, size: number) {
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let opened = 0;
  return async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
    let page = idle.pop();
    if (!page && opened < size) {
      opened++;
      page = await context().newPage();
    }
    page ??= await new Promise<Page>((resolve) => waiting.push(resolve));
    try {
      return await use(page);
    } finally {
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    }
  };
}
