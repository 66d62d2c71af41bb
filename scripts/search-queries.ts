/**
 * The search query set (test/search/queries.yaml) and how to run it: each query is typed
 * into the real search page of a built instance in headless Chromium, and the pages it
 * lists are compared with the page it should find. Shared by scripts/search-eval.ts and
 * the browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { root } from './build-site.ts';

export type Site = 'quang-tri' | 'bac-ninh';

export interface SearchQuery {
  /** As a resident or journalist types it. */
  query: string;
  site: Site;
  /** The page it should find; an /en/ page means the query is typed in the English interface. */
  page: string;
  /** Who types it like this, and why it is in the set. */
  note: string;
}

export interface SearchResult {
  url: string;
  title: string;
  excerpt: string;
}

export function loadQueries(file = join(root, 'test/search/queries.yaml')): SearchQuery[] {
  const list = parse(readFileSync(file, 'utf8')) as SearchQuery[];
  for (const [i, q] of list.entries()) {
    if (!q.query || !q.page?.startsWith('/') || (q.site !== 'quang-tri' && q.site !== 'bac-ninh') || !q.note) {
      throw new Error(`${file}: query ${i + 1} needs query, site (quang-tri or bac-ninh), page (/…/) and note`);
    }
  }
  return list;
}

/** The search page for a query, in the interface of the page it should find. */
export function searchPath(query: string, lang: 'vi' | 'en' = 'vi'): string {
  return `${lang === 'en' ? '/en' : ''}/tim-kiem/?q=${encodeURIComponent(query)}`;
}

/** Opens the search page with the query and reads the results it shows (first page of results). */
export async function runSearch(page: Page, baseUrl: string, query: string, lang: 'vi' | 'en' = 'vi'): Promise<SearchResult[]> {
  await page.goto(baseUrl + searchPath(query, lang));
  await page.waitForSelector('[data-status][data-state="done"], [data-status][data-state="failed"]', { timeout: 20_000 });
  if ((await page.getAttribute('[data-status]', 'data-state')) === 'failed') throw new Error(`search failed for "${query}"`);
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      url: new URL(li.querySelector('a')!.href).pathname,
      title: li.querySelector('a')!.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
    })),
  );
}

/** 1-based rank of the expected page in the results, or undefined when it is not there. */
export function rankOf(results: { url: string }[], page: string): number | undefined {
  const i = results.findIndex((r) => r.url === page);
  return i < 0 ? undefined : i + 1;
}

/** Share of queries whose page is in the top k. */
export function recallAt(ranks: (number | undefined)[], k: number): number {
  return ranks.length ? ranks.filter((r) => r !== undefined && r <= k).length / ranks.length : 0;
}

/** Mean reciprocal rank: 1 for a page found first, 1/2 second…, 0 when not found. */
export function meanReciprocalRank(ranks: (number | undefined)[]): number {
  return ranks.length ? ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length : 0;
}
