/**
 * Every change the content kinds report (src/base/content-change.ts), newest first, and the day
 * each page's content last changed: the latest change that alters it. The "what changed" page,
 * its feed and every page's footer read them; none of them is the day the site was built.
 */
import { latestDate, type ContentChange, type ContentDates } from '../../base/content-change.ts';
import type { FeedEntry } from '../../base/feed-entry.ts';
import type { ContributionSource } from '../data/registry.ts';

const cache = new WeakMap<ContributionSource, ContentChange[]>();

/** The changes, newest first; on one day, in the order the kinds give them. */
export function allChanges(source: ContributionSource): ContentChange[] {
  let changes = cache.get(source);
  if (!changes) {
    const listed = source.contributions.flatMap((c) => c.changes?.() ?? []);
    changes = listed
      .map((change, i) => ({ change, i }))
      .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.i - b.i)
      .map(({ change }) => change);
    cache.set(source, changes);
  }
  return changes;
}

/** A page path without its #fragment. */
export const pageOf = (path: string) => path.replace(/#.*$/, '');

/**
 * When each page last changed. A change names the pages it alters; a name ending in "*" stands
 * for every page under it ("/papi/*": every PAPI page changes when the national data does).
 */
const datesCache = new WeakMap<ContributionSource, ContentDates>();

export function contentDates(source: ContributionSource): ContentDates {
  const cached = datesCache.get(source);
  if (cached) return cached;
  const exact = new Map<string, string>();
  const under: { prefix: string; date: string }[] = [];
  for (const change of allChanges(source))
    for (const page of change.pages) {
      if (page.endsWith('*')) under.push({ prefix: page.slice(0, -1), date: change.date });
      else {
        const key = pageOf(page);
        if (!exact.has(key) || exact.get(key)! < change.date) exact.set(key, change.date);
      }
    }
  const dates: ContentDates = {
    site: latestDate(allChanges(source).map((c) => c.date)),
    page: (path) =>
      latestDate([exact.get(pageOf(path)), ...under.filter((u) => path.startsWith(u.prefix)).map((u) => u.date)]),
  };
  datesCache.set(source, dates);
  return dates;
}

/**
 * The changes as entries of their feed (/nguon-tin/thay-doi.xml): each with an id of its own,
 * stable as long as the change is listed (its page, day and kind, and its place among the
 * changes of that page, day and kind).
 */
export function changeEntries(
  changes: readonly ContentChange[],
  label: (kind: ContentChange['kind']) => string,
): FeedEntry[] {
  const seen = new Map<string, number>();
  return changes.map((c) => {
    const key = `${pageOf(c.path)}#thay-doi-${c.date}-${c.kind}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      path: c.path,
      id: n > 1 ? `${key}-${n}` : key,
      title: `${label(c.kind)}: ${c.title.vi}${c.sample ? ' [dữ liệu minh họa]' : ''}`,
      summary: c.detail?.vi ?? c.title.vi,
      published: c.date,
      updated: c.date,
      topics: [],
      units: [],
      category: label(c.kind),
    };
  });
}
