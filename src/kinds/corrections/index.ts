/** What the portal corrected after publishing (corrections.yaml), newest first; a feed of its own. */
import type { FeedEntry } from '../../base/feed-entry.ts';
import { defineKind } from '../../base/kind.ts';
import { loadCorrections } from './load.ts';
import type { PublishedPages } from './pages.ts';
import type { Correction } from './schema.ts';

/** Corrections as entries of their own feed (and of the site-wide one). */
export function correctionEntries(corrections: Correction[]): FeedEntry[] {
  return corrections.map((c) => ({
    path: c.page,
    title: `Đính chính: ${c.what_vi}`,
    summary: c.what_vi,
    published: c.date,
    updated: c.date,
    topics: [],
    units: [],
    category: 'Đính chính',
  }));
}

export const correctionsKind = defineKind({
  name: 'corrections',
  /** `pages`: what the portal publishes, for checking that each correction names one of its pages. */
  load: (ctx, needs: { pages?: PublishedPages } = {}): Correction[] =>
    [...loadCorrections(ctx, needs.pages)].sort((a, b) => b.date.localeCompare(a.date)),
  contribute: ({ corrections }: { corrections: Correction[] }) => ({
    feedEntries: () => correctionEntries(corrections),
  }),
});
