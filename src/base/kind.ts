/**
 * The contract every content kind fulfils. A kind is one folder under src/kinds/ that exports
 * one descriptor: how its files are read and checked (its schema and loader), the model derived
 * from them, and what it gives the shared outputs (downloads, feeds, calendar). src/portal.ts
 * lists the kinds; the shared outputs iterate over what the kinds give and import none of them.
 *
 * A kind that reads another kind's model says so in `Needs`, and src/portal.ts hands it that
 * model; the import rules (eslint.config.js) allow exactly those imports between kinds.
 */
import type { CalendarEvent } from './calendar-event.ts';
import type { ContentChange } from './content-change.ts';
import type { LoadContext } from './content/context.ts';
import type { Dataset } from './dataset.ts';
import type { FeedEntry } from './feed-entry.ts';
import type { SheetForm } from './sheets/form.ts';

/** What one kind gives the shared outputs, for one instance. Each is computed when first asked. */
export interface Contributions {
  /** Tables published as CSV/JSON with a dataset page, listed in the catalogue and embeddable. */
  datasets?: () => Dataset[];
  /** Entries of the Atom feeds (site-wide, per topic, per unit). */
  feedEntries?: () => FeedEntry[];
  /** Events of the iCalendar file (deadlines, consultation windows, reception days). */
  calendarEvents?: () => CalendarEvent[];
  /** What changed in the content and when: the "what changed" page and each page's date. */
  changes?: () => ContentChange[];
}

export interface ContentKind<Name extends string, Model, Needs = object, Scope = never> {
  /** The kind's name: the key of its model in the portal. */
  name: Name;
  /**
   * Reads the kind's files, checks them (problems go to ctx.issues, each with its place) and
   * derives its model. Needs: the models of the kinds it reads, already loaded, and the
   * instance's as-of date (`asOf`) for a kind that judges anything by date.
   */
  load(ctx: LoadContext, needs: Needs): Model;
  /**
   * What the kind gives the shared outputs, from its scope: its own model and the models it
   * declares it reads (src/portal.ts passes the loaded portal, which has them all).
   */
  contribute?(scope: Scope): Contributions;
  /**
   * The spreadsheet forms officials fill in for this kind's files: the templates
   * (`npm run templates`) and the importer (`npm run import`) iterate over them.
   */
  sheets?: readonly SheetForm[];
}

/** Declares a kind with its types inferred (and checked against the contract). */
export function defineKind<Name extends string, Model, Needs = object, Scope = never>(
  kind: ContentKind<Name, Model, Needs, Scope>,
): ContentKind<Name, Model, Needs, Scope> {
  return kind;
}
