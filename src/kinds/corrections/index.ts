/** What the portal corrected after publishing (corrections.yaml), newest first; a feed of its own. */
import type { ContentChange } from '../../base/content-change.ts';
import type { FeedEntry } from '../../base/feed-entry.ts';
import { defineKind } from '../../base/kind.ts';
import { loadCorrections } from './load.ts';
import type { PublishedPages } from './pages.ts';
import type { Correction } from './schema.ts';

/** Corrections as entries of their own feed (and of the site-wide one). */
export function correctionEntries(corrections: Correction[]): FeedEntry[] {
  return corrections.map((c, i) => ({
    path: c.page,
    // Its own id: the corrected page's entry has the page's.
    id: `${c.page}#dinh-chinh-${c.date}-${corrections.length - i}`,
    title: `${c.change === 'withdrawn' ? 'Gỡ bỏ' : 'Đính chính'}: ${c.what_vi}`,
    summary: c.what_vi,
    published: c.date,
    updated: c.date,
    topics: [],
    units: [],
    category: 'Đính chính',
  }));
}

/** Corrections and withdrawals in the list of changes: each alters the page it names. */
export function correctionChanges(corrections: Correction[]): ContentChange[] {
  return corrections.map((c) => ({
    date: c.date,
    kind: c.change,
    title: { vi: c.what_vi, en: c.what_en },
    path: c.page,
    pages: [c.page],
  }));
}

export const correctionsKind = defineKind({
  name: 'corrections',
  /** `pages`: what the portal publishes, for checking that each correction names one of its pages. */
  load: (ctx, needs: { pages?: PublishedPages } = {}): Correction[] =>
    [...loadCorrections(ctx, needs.pages)].sort((a, b) => b.date.localeCompare(a.date)),
  contribute: ({ corrections }: { corrections: Correction[] }) => ({
    feedEntries: () => correctionEntries(corrections),
    changes: () => correctionChanges(corrections),
  }),
});
