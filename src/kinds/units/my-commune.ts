/**
 * The home page's "your commune" section with JavaScript on: a filter by name typed without
 * marks over the communes the lists already hold (announced by a status line of the count),
 * and the commune last chosen remembered on this device. Without it, the lists and the map work.
 */
import { matchesName } from './match.ts';

const KEY = 'my-commune';

interface Choice {
  href: string;
  name: string;
}

function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const linkName = (a: Element) =>
  (a instanceof SVGAElement ? a.querySelector('title')?.textContent : a.textContent)?.trim() ?? '';
const linkHref = (a: Element) => a.getAttribute('href') ?? '';

export function setUpMyCommune(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-my-commune-form]');
  const query = root.querySelector<HTMLInputElement>('[data-my-commune-query]');
  const status = root.querySelector<HTMLElement>('[data-my-commune-status]');
  const results = root.querySelector<HTMLUListElement>('[data-my-commune-results]');
  if (!form || !query || !status || !results) return;

  // Each commune once, in the order of the lists (a commune may be under two former districts).
  const choices: Choice[] = [];
  const seen = new Set<string>();
  for (const a of root.querySelectorAll('[data-my-commune-lists] [data-commune-link]')) {
    const href = linkHref(a);
    if (seen.has(href)) continue;
    seen.add(href);
    choices.push({ href, name: linkName(a) });
  }
  choices.sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  let matches: Choice[] = [];
  const update = () => {
    const q = query.value.trim();
    results.replaceChildren();
    if (!q) {
      matches = [];
      results.hidden = true;
      status.textContent = '';
      return;
    }
    matches = choices.filter((c) => matchesName(c.name, q));
    for (const c of matches) {
      const a = document.createElement('a');
      a.href = c.href;
      a.textContent = c.name;
      a.dataset.communeLink = '';
      const li = document.createElement('li');
      li.append(a);
      results.append(li);
    }
    results.hidden = matches.length === 0;
    status.textContent = matches.length
      ? (root.dataset.count ?? '{n}').replace('{n}', String(matches.length))
      : (root.dataset.none ?? '');
  };
  query.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = matches[0];
    if (!first) return;
    remember(first);
    window.location.href = first.href;
  });
  form.hidden = false;
  update();

  const storage = store();
  const remember = (c: Choice) => {
    try {
      storage?.setItem(KEY, c.name);
    } catch {
      // Storage full or refused: nothing is lost but the convenience.
    }
  };
  root.addEventListener('click', (event) => {
    const a = (event.target as Element | null)?.closest?.('[data-commune-link]');
    if (a) remember({ href: linkHref(a), name: linkName(a) });
  });

  // The commune chosen last time, if it is still one of this page's communes.
  const saved = root.querySelector<HTMLElement>('[data-my-commune-saved]');
  const savedLink = root.querySelector<HTMLAnchorElement>('[data-my-commune-saved-link]');
  const change = root.querySelector<HTMLButtonElement>('[data-my-commune-change]');
  let name: string | null = null;
  try {
    name = storage?.getItem(KEY) ?? null;
  } catch {
    name = null;
  }
  const choice = choices.find((c) => c.name === name);
  if (!saved || !savedLink || !change || !choice) return;
  savedLink.href = choice.href;
  savedLink.textContent = choice.name;
  saved.hidden = false;
  change.addEventListener('click', () => {
    try {
      storage?.removeItem(KEY);
    } catch {
      // As above.
    }
    saved.hidden = true;
    query.focus();
  });
}
