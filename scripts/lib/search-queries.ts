/**
 * The search query set (test/search/queries.yaml) and how to run it: each query is typed
 * into the real search page of a built instance in headless Chromium, and the pages it
 * lists are compared with the page it should find. Shared by scripts/search-eval.ts and
 * the browser tests.
 */
import { existsSync, readFileSync } from 'node:fs';
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
  /**
   * Other pages that answer the query just as well: the plan page and the task pages that
   * quote a document answer a query about its words as the document does. A trailing "*"
   * matches every page whose address starts with what comes before it.
   */
  also?: string[];
  /** Who types it like this, and why it is in the set. */
  note: string;
}

export interface SearchResult {
  url: string;
  title: string;
  excerpt: string;
}

/**
 * A plan's own page and its task pages quote the document word for word, so a query that
 * should find a document is also answered by them. Read from the instance's tasks/ files.
 */
export function pagesQuoting(site: Site, documentPath: string): string[] {
  const m = /^(\/en)?\/van-ban\/([a-z0-9-]+)\/$/.exec(documentPath);
  if (!m) return [];
  const [, en = '', id] = m;
  const file = join(root, 'content', site, 'tasks', `${id}.yaml`);
  if (!existsSync(file)) return [];
  const plan = parse(readFileSync(file, 'utf8')) as { sections?: { tasks?: { id: string }[] }[] };
  const tasks = (plan.sections ?? []).flatMap((s) => s.tasks ?? []).map((t) => `${en}/nhiem-vu/${t.id}/`);
  return [`${en}/ke-hoach/${id}/*`, ...tasks];
}

export function loadQueries(file = join(root, 'test/search/queries.yaml')): SearchQuery[] {
  const list = (parse(readFileSync(file, 'utf8')) as SearchQuery[]).map((q) => ({
    ...q,
    also: [...(q.also ?? []), ...pagesQuoting(q.site, q.page)],
  }));
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
export async function runSearch(
  page: Page,
  baseUrl: string,
  query: string,
  lang: 'vi' | 'en' = 'vi',
): Promise<SearchResult[]> {
  await page.goto(baseUrl + searchPath(query, lang));
  await page.waitForSelector('[data-status][data-state="done"], [data-status][data-state="failed"]', {
    timeout: 20_000,
  });
  if ((await page.getAttribute('[data-status]', 'data-state')) === 'failed')
    throw new Error(`search failed for "${query}"`);
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      url: new URL(li.querySelector('a')!.href).pathname,
      title: li.querySelector('a')!.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
    })),
  );
}

/** Whether a result's address is one of the right pages (exact, or by prefix with a trailing "*"). */
function isRight(url: string, pages: string[]): boolean {
  return pages.some((p) => (p.endsWith('*') ? url.startsWith(p.slice(0, -1)) : url === p));
}

/** 1-based rank of the first right page in the results, or undefined when none is there. */
export function rankOf(
  results: { url: string }[],
  query: Pick<SearchQuery, 'page' | 'also'> | string,
): number | undefined {
  const pages = typeof query === 'string' ? [query] : [query.page, ...(query.also ?? [])];
  const i = results.findIndex((r) => isRight(r.url, pages));
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
