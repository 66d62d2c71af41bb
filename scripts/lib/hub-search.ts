/**
 * The national hub's search in a real browser, for the browser tests and the national benchmark:
 * point a built hub at portals served locally (their addresses are known only once they are
 * served, so the list the hub's search page reads at run time, /tinh/cac-cong.json, is rewritten
 * in the built folder), run a query, and read what the page shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { routes } from '../../src/base/routes.ts';
import type { PortalListEntry } from '../../src/kinds/hub/present.ts';
import { searchPath } from './search-queries.ts';

/** The list file of a built hub. */
const listFile = (hubDir: string) => join(hubDir, routes.hubPortals());

export function readPortalList(hubDir: string): PortalListEntry[] {
  return (JSON.parse(readFileSync(listFile(hubDir), 'utf8')) as { portals: PortalListEntry[] }).portals;
}

/**
 * Rewrites the built hub's list of portals: each province named in `urls` (by slug) gets that
 * address (null: no portal), every other province none.
 */
export function writePortalList(hubDir: string, urls: Record<string, string | null>): void {
  const portals = readPortalList(hubDir).map((p) => ({ ...p, url: urls[p.slug] ?? null }));
  writeFileSync(listFile(hubDir), `${JSON.stringify({ portals }, null, 2)}\n`);
}

export interface HubResult {
  /** The result's full address. */
  url: string;
  title: string;
  excerpt: string;
  /** The first detail shown: the province whose portal it comes from, or the hub's own label. */
  origin: string;
}

/** Opens the hub's search page with a query (and a province filter), and reads the results and any index it could not load. */
export async function runHubSearch(
  page: Page,
  hubUrl: string,
  query: string,
  options: { lang?: 'vi' | 'en'; province?: string } = {},
): Promise<{ results: HubResult[]; problems: string; status: string }> {
  const path =
    searchPath(query, options.lang) + (options.province ? `&tinh=${encodeURIComponent(options.province)}` : '');
  await page.goto(hubUrl + path);
  await page.waitForSelector('[data-status][data-state="done"], [data-status][data-state="failed"]', {
    timeout: 30_000,
  });
  if ((await page.getAttribute('[data-status]', 'data-state')) === 'failed')
    throw new Error(`the hub's search failed for "${query}"`);
  return readHubResults(page);
}

/** What the hub's search page shows now. */
export async function readHubResults(page: Page): Promise<{ results: HubResult[]; problems: string; status: string }> {
  const results = await page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      url: li.querySelector('a')!.href,
      title: li.querySelector('a')!.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
      origin: (li.querySelector('.search-result__meta')?.textContent ?? '').split(' · ')[0]!,
    })),
  );
  const problems = (await page.locator('[data-index-problems]').textContent()) ?? '';
  const status = (await page.locator('[data-status]').textContent()) ?? '';
  return { results, problems, status };
}

/**
 * Bytes a reader's first search on the hub fetches with an empty cache (page, script, the hub's
 * index and every portal's), by origin: the hub's own and each portal's.
 */
export async function firstHubQueryBytes(
  browser: Browser,
  hubUrl: string,
  query: string,
): Promise<{ total: number; byOrigin: Map<string, number>; files: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const byOrigin = new Map<string, number>();
  const pending: Promise<void>[] = [];
  let files = 0;
  page.on('requestfinished', (request) => {
    files++;
    pending.push(
      request.sizes().then((s) => {
        const origin = new URL(request.url()).origin;
        byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + s.responseHeadersSize + s.responseBodySize);
      }),
    );
  });
  await runHubSearch(page, hubUrl, query);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { total: [...byOrigin.values()].reduce((a, b) => a + b, 0), byOrigin, files };
}
