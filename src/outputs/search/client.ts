/**
 * The search page in the browser: loads Pagefind's index for the page's language, searches
 * every spelling of the reader's query (folded đ, abbreviations both ways), merges them, and
 * shows titles and excerpts in proper Vietnamese. The query and filters live in the address
 * (?q=…&kind=…), so a search can be bookmarked, shared and reopened with Back.
 */
import { formatDate, type Lang } from '../../base/format.ts';
import { markStroke, unmarkStroke } from './fold.ts';
import { groupUnits } from './unit-groups.ts';
import {
  MAX_PHRASE_WORDS,
  mergeHits,
  queryVariants,
  queryWords,
  standsTogether,
  type AbbreviationPair,
} from './variants.ts';

/** The parts of Pagefind's browser API this page uses (pagefind/pagefind.js, written at build). */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
export interface Pagefind {
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string | Record<string, string>> },
  ): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;

/** Where the results come from: the portal's own index, or, in the national hub, the provinces' indexes merged. */
export interface SearchSource {
  /** The index to search, opened once (later calls give the same). */
  open(): Promise<Pagefind>;
  /** What to name first in a result's details, from its address: the province it was found in (hub). */
  origin?(url: string): string | undefined;
  /** Some results could not be read (their index's files no longer answer). */
  unreadable?(): void;
  /**
   * Whether a result read is shown, from its excerpt (Pagefind's highlights) and the words of
   * every spelling searched; without it, every result is.
   */
  accept?(excerpt: string, words: string[]): boolean;
}

/** The address of the site's own Pagefind script (written by the build, so loaded at run time, not bundled). */
export const OWN_PAGEFIND = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;
/** The portal's own index. */
export const ownIndex: SearchSource = {
  open() {
    pagefind ??= (import(/* @vite-ignore */ OWN_PAGEFIND) as Promise<Pagefind>).then(async (pf) => {
      await pf.init();
      return pf;
    });
    return pagefind;
  },
};

/** Pagefind's excerpt as nodes: its text, with <mark> kept and anything else as plain text. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = unmarkStroke(html);
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  children: (Node | string)[],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

/**
 * Pagefind's results for one spelling, each marked with whether its words stand together
 * as typed and how well its weakest word is found. Pagefind gives the positions and score
 * of all matched words at once, so each word is also looked up alone (from the index parts
 * already loaded) to know which word is where and how strong.
 */
async function searchSpelling(pf: Pagefind, variant: string, filters: Record<string, string>) {
  const words = queryWords(variant);
  const [all, ...each] = await Promise.all([
    pf.search(variant, { filters }),
    ...(words.length > 1 && words.length <= MAX_PHRASE_WORDS ? words.map((w) => pf.search(w, { filters })) : []),
  ]);
  const byWord = each.map((r) => new Map(r.results.map((hit) => [hit.id, hit])));
  return all!.results.map((hit) => {
    if (byWord.length === 0) return Object.assign(hit, { together: true });
    const alone = byWord.map((found) => found.get(hit.id));
    return Object.assign(hit, {
      together: standsTogether(alone.map((h) => h?.words ?? [])),
      weakest: Math.min(...alone.map((h) => h?.score ?? 0)),
    });
  });
}

export function startSearch(form: HTMLFormElement, source: SearchSource = ownIndex): void {
  const loadPagefind = () => source.open();
  const lang = (form.dataset.lang === 'en' ? 'en' : 'vi') as Lang;
  const words = JSON.parse(form.dataset.words ?? '{}') as Record<string, string>;
  const dictionary = JSON.parse(form.dataset.abbreviations ?? '[]') as AbbreviationPair[];
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const fieldset = form.querySelector<HTMLFieldSetElement>('[data-filters]')!;
  const fold = form.querySelector<HTMLDetailsElement>('[data-filters-fold]')!;
  const foldSummary = form.querySelector<HTMLElement>('[data-filters-summary]')!;
  const unitFind = form.querySelector<HTMLInputElement>('[data-unit-find]')!;
  const unitCount = form.querySelector<HTMLElement>('[data-unit-count]')!;
  // The page's filters (kind, unit, year, dimension; the province in the hub), by their Pagefind names.
  const selects = new Map(
    [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((select) => [
      select.dataset.filter!,
      select,
    ]),
  );
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const results = document.querySelector<HTMLElement>('[data-results]')!;
  const list = document.querySelector<HTMLOListElement>('[data-list]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = document.querySelector<HTMLElement>('[data-empty]')!;
  document.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;

  let run = 0;
  let unitNames: string[] = [];
  let shown: PagefindResult[] = [];
  let hits: PagefindResult[] = [];

  const phrase = (key: string, values: Record<string, string> = {}) =>
    (words[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  // data-state on the status tells scripts and tests when a search has finished.
  const after = document.querySelector<HTMLElement>('[data-after]')!;
  const say = (key: string, values: Record<string, string> = {}) => {
    status.dataset.state = key === 'search.loading' ? 'loading' : key === 'search.failed' ? 'failed' : 'done';
    status.textContent = phrase(key, values);
    if (key !== 'search.loading') after.dataset.shown = '';
  };

  /** The folded filters' control says how many are chosen, so a reader sees why results are few. */
  function showChosen(): void {
    const chosen = [...selects.values()].filter((select) => select.value).length;
    foldSummary.textContent = chosen
      ? phrase('search.filters.chosen', { n: String(chosen) })
      : phrase('search.filters');
  }

  /**
   * The unit filter: hundreds of units, grouped by kind and narrowed to the names holding what
   * the reader typed above it. The chosen unit stays listed whatever is typed.
   */
  function listUnits(): void {
    const select = selects.get('unit')!;
    const current = select.value;
    const groups = groupUnits(unitNames, unitFind.value);
    const listed = groups.flatMap((g) => g.names);
    const children: (HTMLOptionElement | HTMLOptGroupElement)[] = [select.options[0]!];
    if (current && !listed.includes(current)) children.push(new Option(current, current));
    for (const g of groups) {
      const group = document.createElement('optgroup');
      group.label = phrase(`search.unit.group.${g.group}`);
      group.append(...g.names.map((name) => new Option(name, name)));
      children.push(group);
    }
    select.replaceChildren(...children);
    select.value = current;
    unitCount.textContent = phrase('search.unit.count', { n: String(listed.length) });
  }

  async function fillFilters(pf: Pagefind): Promise<void> {
    const available = await pf.filters();
    for (const [name, select] of selects) {
      const values = Object.keys(available[name] ?? {})
        .map(unmarkStroke)
        .sort((a, b) => a.localeCompare(b, 'vi'));
      select.closest<HTMLElement>('[data-filter-field]')!.hidden = values.length < 2;
      if (name === 'unit') {
        unitNames = values;
        // Hundreds of options: listed when the reader opens the filters, not on every search.
        if (fold.open || select.value) listUnits();
        else fold.addEventListener('toggle', listUnits, { once: true });
        continue;
      }
      const current = select.value;
      // One look-up per value: scanning the options for each was most of the page's
      // main-thread time on a slow phone when the unit filter was filled this way.
      const present = new Set([...select.options].map((o) => o.value));
      const options = values
        .filter((value) => !present.has(value))
        .map((value) => new Option(value, value, false, value === current));
      select.append(...options);
    }
    fieldset.disabled = false;
    fieldset.hidden = false;
    fold.hidden = false;
  }

  function chosenFilters(): Record<string, string> {
    const chosen: Record<string, string> = {};
    for (const [name, select] of selects) if (select.value) chosen[name] = markStroke(select.value);
    return chosen;
  }

  /** Words of every spelling searched, for a source that judges what a result's highlights matched. */
  let searched: string[] = [];
  /** Results read and left out (unreadable, or not a match by the source's judgement). */
  let dropped = 0;

  /** Shows up to PAGE_SIZE more results; a source that leaves some out is read further to fill the page. */
  async function showMore(): Promise<void> {
    let added = 0;
    while (added < PAGE_SIZE && shown.length < hits.length) {
      const next = hits.slice(shown.length, shown.length + PAGE_SIZE - added);
      const settled = await Promise.allSettled(next.map((hit) => hit.data()));
      // A result whose page cannot be read (in the hub: its portal stopped answering) is left out, and the source told.
      if (settled.some((s) => s.status === 'rejected')) source.unreadable?.();
      for (const s of settled) {
        if (s.status === 'rejected' || (source.accept && !source.accept(s.value.excerpt, searched))) {
          dropped++;
          continue;
        }
        const d = s.value;
        const meta = d.meta;
        const details = [source.origin?.(d.url), meta.kind, meta.unit, meta.date && formatDate(meta.date, lang)]
          .filter((x): x is string => !!x)
          .map(unmarkStroke);
        const link = element('a', '', [unmarkStroke(meta.title ?? d.url)]);
        link.href = d.url;
        list.append(
          element('li', 'search-result', [
            element('h3', 'search-result__title', [link]),
            ...(details.length ? [element('p', 'search-result__meta', [details.join(' · ')])] : []),
            element('p', 'search-result__excerpt', excerptNodes(d.excerpt)),
          ]),
        );
        added++;
      }
      shown = hits.slice(0, shown.length + next.length);
    }
    more.hidden = shown.length >= hits.length;
  }

  async function search(): Promise<void> {
    const query = input.value.trim();
    const mine = ++run;
    list.replaceChildren();
    shown = [];
    hits = [];
    dropped = 0;
    results.hidden = true;
    empty.hidden = true;
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      status.dataset.state = 'idle';
      after.dataset.shown = '';
      return;
    }
    say('search.loading');
    try {
      const pf = await loadPagefind();
      const filters = chosenFilters();
      const variants = queryVariants(query, dictionary);
      const found = await Promise.all(
        variants.map(async (variant) => ({ variant, hits: await searchSpelling(pf, variant, filters) })),
      );
      if (mine !== run) return;
      hits = mergeHits(found);
      searched = variants.flatMap(queryWords);
      if (hits.length === 0) {
        empty.hidden = false;
        say('search.none', { q: query });
        return;
      }
      await showMore();
      if (mine !== run) return;
      const count = hits.length - dropped;
      if (count === 0) {
        empty.hidden = false;
        say('search.none', { q: query });
        return;
      }
      results.hidden = false;
      say(count === 1 ? 'search.countOne' : 'search.count', { n: String(count), q: query });
    } catch (error) {
      console.warn(error);
      if (mine === run) say('search.failed');
    }
  }

  function fromAddress(): void {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const [name, select] of selects) {
      const value = params.get(name) ?? '';
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    showChosen();
    // Filters chosen in the address are shown, not folded away.
    if ([...selects.values()].some((select) => select.value)) fold.open = true;
  }

  function toAddress(): void {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, select] of selects) if (select.value) params.set(name, select.value);
    const query = params.toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    toAddress();
    void search();
  });
  for (const select of selects.values()) {
    select.addEventListener('change', () => {
      showChosen();
      toAddress();
      if (input.value.trim()) void search();
    });
  }
  unitFind.addEventListener('input', () => {
    if (unitNames.length) listUnits();
  });
  more.addEventListener('click', async () => {
    const first = list.children.length;
    await showMore();
    list.children[first]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    fromAddress();
    void search();
  });

  fromAddress();
  void search();
  loadPagefind()
    .then(fillFilters)
    .catch(() => undefined);
}
