/**
 * The national hub's search: the same page and script as a portal's (client.ts: đ folding,
 * abbreviations both ways, ranking), searching the hub's own index with every province's
 * portal's index merged into it (Pagefind's multisite search, mergeIndex). Each portal's index
 * is given its province's name as the filter "tinh", so results can be filtered by province,
 * and each result is labelled with the province whose portal it comes from.
 *
 * Pagefind keeps an index that failed to load among those it searches, and every search then
 * fails. So each portal's index is tried first (its pagefind-entry.json); one that cannot be
 * fetched, or that Pagefind cannot merge, is reported on the page ("Không tải được chỉ mục
 * của …") and left out, and the others are merged into a fresh Pagefind instance. If a portal
 * goes away after the page opened, Pagefind finds nothing more in it (it skips index files it
 * cannot fetch) and the results from it can no longer be read: those are left out, the portals
 * are tried again, and one that no longer answers is reported and left out of the next search.
 */
import { OWN_PAGEFIND, startSearch, type Pagefind, type SearchSource } from './client.ts';
import { markStroke } from './fold.ts';
import { COPY_FILTER, fallbackOnly } from './variants.ts';
import { fill } from '../../base/words.ts';

/** One province in the hub's list (/tinh/cac-cong.json, written from content/hub/site.yaml). */
export interface HubPortal {
  code: string;
  slug: string;
  name: string;
  /** The portal's address without a final slash; null: no portal yet. */
  url: string | null;
}

/** The part of pagefind.js that makes independent instances (Pagefind ≥ 1.5). */
interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind & {
    mergeIndex(path: string, options: { mergeFilter?: Record<string, string>; language?: string }): Promise<void>;
    destroy(): Promise<void>;
  };
}
type Instance = ReturnType<PagefindModule['createInstance']>;

/** The address of a portal's index folder. */
export const indexOf = (portal: Pick<HubPortal, 'url'>) => `${portal.url}/pagefind/`;

/** Whether a portal's index answers: its entry file can be fetched and read. */
async function answers(portal: HubPortal): Promise<boolean> {
  try {
    const response = await fetch(`${indexOf(portal)}pagefind-entry.json`, { cache: 'no-store' });
    if (!response.ok) return false;
    const entry = (await response.json()) as { languages?: unknown };
    return typeof entry === 'object' && entry !== null && 'languages' in entry;
  } catch {
    return false;
  }
}

/**
 * The portal a result's address belongs to (the longest portal address it starts with); none
 * for the hub's own pages, whose addresses are its own.
 */
export function portalOf(url: string, portals: HubPortal[]): HubPortal | undefined {
  return portals
    .filter((p) => p.url && (url === p.url || url.startsWith(`${p.url}/`)))
    .sort((a, b) => b.url!.length - a.url!.length)[0];
}

/**
 * The hub's index with every answering portal's merged in. `report` is told, each time it
 * changes, which provinces' indexes could not be loaded.
 */
export function mergedIndexes(listUrl: string, report: (failed: HubPortal[]) => void, ownLabel: string): SearchSource {
  let portals: HubPortal[] = [];
  const failed = new Map<string, HubPortal>();
  let module: PagefindModule | undefined;
  let current: Promise<Instance> | undefined;
  /** A fresh instance with the given portals' indexes merged; those Pagefind cannot merge are left out. */
  async function build(candidates: HubPortal[]): Promise<Instance> {
    for (;;) {
      const instance = module!.createInstance({ basePath: '/pagefind/' });
      await instance.init();
      const outcomes = await Promise.allSettled(
        candidates.map((p) => instance.mergeIndex(indexOf(p), { mergeFilter: { tinh: markStroke(p.name) } })),
      );
      const bad = candidates.filter((_, i) => outcomes[i]!.status === 'rejected');
      if (bad.length === 0) return instance;
      for (const p of bad) failed.set(p.code, p);
      report([...failed.values()]);
      candidates = candidates.filter((p) => !bad.includes(p));
      await instance.destroy();
    }
  }

  async function openAll(): Promise<Instance> {
    const list = (await (await fetch(listUrl)).json()) as { portals: HubPortal[] };
    portals = list.portals.filter((p) => p.url);
    module = (await import(/* @vite-ignore */ OWN_PAGEFIND)) as PagefindModule;
    const answering = await Promise.all(portals.map(answers));
    for (const [i, p] of portals.entries()) if (!answering[i]) failed.set(p.code, p);
    report([...failed.values()]);
    return build(portals.filter((p) => !failed.has(p.code)));
  }

  /**
   * After results could not be read: the merged portals are tried again, and those that no
   * longer answer are reported and left out of the next search (a fresh instance without them).
   */
  let checking: Promise<void> | undefined;
  function recheck(): void {
    checking ??= (async () => {
      const live = portals.filter((p) => !failed.has(p.code));
      const answering = await Promise.all(live.map(answers));
      if (answering.every(Boolean)) return;
      for (const [i, p] of live.entries()) if (!answering[i]) failed.set(p.code, p);
      report([...failed.values()]);
      const previous = await current;
      current = build(live.filter((p) => !failed.has(p.code)));
      await current;
      await previous?.destroy().catch(() => undefined);
    })().finally(() => (checking = undefined));
  }

  const open = () => (current ??= openAll());
  const merged: Pagefind = {
    init: async () => {
      await open();
    },
    // Each portal's copies of the national pages are left out: the hub's own answer for them.
    search: async (term, options) =>
      (await open()).search(term, {
        ...options,
        filters: { ...options?.filters, not: { [COPY_FILTER.name]: COPY_FILTER.value } },
      }),
    filters: async () => (await open()).filters(),
  };
  return {
    open: async () => {
      await open();
      return merged;
    },
    origin: (url) => portalOf(url, portals)?.name ?? ownLabel,
    unreadable: recheck,
    // An index without a typed word answers with shorter words it starts with: with many
    // indexes, that is noise above real matches elsewhere.
    accept: (excerpt, words) => !fallbackOnly(excerpt, words),
  };
}

/** Starts the hub's search page: the portal's search script, over the merged indexes. */
export function startHubSearch(form: HTMLFormElement): void {
  const words = JSON.parse(form.dataset.words ?? '{}') as Record<string, string>;
  const problems = document.querySelector<HTMLElement>('[data-index-problems]')!;
  const report = (failed: HubPortal[]) => {
    problems.hidden = failed.length === 0;
    problems.textContent = failed.length
      ? fill(words['search.hub.failed'] ?? '{names}', {
          names: failed
            .map((p) => p.name)
            .sort((a, b) => a.localeCompare(b, 'vi'))
            .join(', '),
        })
      : '';
  };
  startSearch(form, mergedIndexes(form.dataset.portals!, report, words['search.origin.hub'] ?? ''));
}
