/**
 * What the page frame (header, footer, embeds, notice sheets) shows on every page: the
 * instance's configuration and the date its figures are judged as of. Given by the middleware.
 */
import type { ContentDates } from './content-change.ts';
import type { SiteConfig } from './site/schema.ts';

export interface Frame {
  site: SiteConfig;
  /** The date everything time-dependent is judged against (YYYY-MM-DD). */
  asOf: string;
  /** Where asOf came from, shown in the footer so readers know what "overdue" means. */
  asOfSource: 'env' | 'site' | 'build-date';
  /** When the content, and each page's content, last changed: from the content, never the build. */
  dates: ContentDates;
  /** True in the national hub: its own sections in the header, no feeds of its own. */
  hub: boolean;
}
