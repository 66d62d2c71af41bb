/**
 * What changed in the published content, and when: a document added or updated, a report
 * filed, a commune's disclosure published, national data updated, a page corrected or
 * withdrawn. Kinds contribute their changes (src/base/kind.ts); the "what changed" page
 * (/thay-doi/), its feed and every page's "last changed" date come from them, never from the
 * day the site was built.
 */
import type { Bilingual } from './dataset.ts';

export const changeKinds = ['added', 'updated', 'corrected', 'withdrawn'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface ContentChange {
  /** The day of the change, YYYY-MM-DD, as the content states it. */
  date: string;
  kind: ChangeKind;
  /** What changed, in a few words ("Kế hoạch PAPI năm 2024 của phường…"). */
  title: Bilingual;
  /** What was wrong and what it is now (corrections), or more about the change. */
  detail?: Bilingual;
  /** The page the change is about (without language prefix); a withdrawn page may be gone. */
  path: string;
  /**
   * Every page whose content this change alters (the page itself, a plan's tasks, a unit's
   * page…): their "last changed" date is the latest of their changes.
   */
  pages: string[];
  /** True for illustrative data (dữ liệu minh họa), which the list says. */
  sample?: boolean;
}

/** The latest of some days (YYYY-MM-DD), or undefined for none. */
export function latestDate(dates: readonly (string | null | undefined)[]): string | undefined {
  let latest: string | undefined;
  for (const d of dates) if (d && (!latest || d > latest)) latest = d;
  return latest;
}

/** When the content of the portal, and of each page, last changed (src/outputs/changes/registry.ts). */
export interface ContentDates {
  /** The latest change of anything on the portal; undefined for a portal with no dated content. */
  site: string | undefined;
  /** The latest change of what a page shows (path without language prefix); undefined when none names it. */
  page(path: string): string | undefined;
}
