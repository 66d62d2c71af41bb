/**
 * The check before sending, in the page: an official picks or drops a filled workbook and sees
 * the import's verdict, problem by problem, without the file leaving the computer. The content
 * to check against (the forms' lists, the published files) is fetched once as the page loads,
 * with this script, so the check works offline afterwards; nothing is requested after that.
 * Without JavaScript the form stays hidden and the page says what to do instead.
 */
import { checkWorkbook, type ContentSnapshot } from '../../base/sheets/check.ts';
import type { SheetForm } from '../../base/sheets/form.ts';
import type { Lang } from '../../base/words.ts';
import { formatDate } from '../../base/format.ts';
import { presentCheck, type CheckView } from './present.ts';
import { publishWords } from './words.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

function list(tag: 'ul' | 'ol', items: string[]): HTMLElement {
  const out = element(tag);
  for (const item of items) out.append(element('li', item));
  return out;
}

/** The result as elements (text only: nothing from the file is ever read as HTML). */
export function renderView(view: CheckView, lang: Lang, asOf: string, file: string): HTMLElement {
  const w = publishWords(lang);
  const section = element('section', undefined, { 'aria-labelledby': 'ket-qua', class: 'publish-result' });
  section.append(element('h3', view.heading, { id: 'ket-qua', tabindex: '-1' }));
  const summary = element('p', undefined, {
    class: `notice ${view.ok ? 'publish-ok' : 'publish-bad'}`,
  });
  summary.append(element('strong', view.summary));
  if (view.form) summary.append(` ${view.form}`);
  section.append(summary);
  if (view.tables.length) section.append(element('p', w('check.contains')), list('ul', view.tables));
  if (view.ok) {
    if (view.changes?.length) {
      section.append(element('p', w('check.changes', { asOf: formatDate(asOf, lang) })));
      const changes = element('ul');
      for (const change of view.changes) {
        const details = element('details');
        details.append(element('summary', change.label), list('ul', change.lines));
        const item = element('li');
        item.append(details);
        changes.append(item);
      }
      section.append(changes);
    } else section.append(element('p', w('check.same')));
    section.append(element('p', w('check.next', { file })));
  } else {
    section.append(element('p', w('check.problems.intro')));
    const problems = element('ol', undefined, { class: 'item-list publish-problems' });
    for (const problem of view.problems) {
      const item = element('li');
      const place = element('p');
      place.append(element('strong', problem.place));
      item.append(place);
      const facts = element('dl', undefined, { class: 'facts' });
      for (const [term, value] of [
        [w('check.field'), problem.field],
        [w('check.found'), problem.found],
        [w('check.expected'), problem.expected],
      ] as const) {
        const row = element('div');
        row.append(element('dt', term), element('dd', value));
        facts.append(row);
      }
      item.append(facts);
      problems.append(item);
    }
    section.append(problems);
  }
  if (view.notes.length) {
    const details = element('details');
    details.append(element('summary', w('check.notes')), list('ul', view.notes));
    section.append(details);
  }
  return section;
}

/** Lets the status be painted before the (synchronous) check runs. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function enhancePublishCheck(forms: readonly SheetForm[]): void {
  const form = document.querySelector<HTMLFormElement>('form[data-publish-check]');
  const output = document.querySelector<HTMLElement>('[data-check-result]');
  if (!form || !output) return;
  const result = output;
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const w = publishWords(lang);
  const status = form.querySelector<HTMLElement>('[data-check-status]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="file"]')!;
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]');
  const commune = form.querySelector<HTMLSelectElement>('select[name="commune"]');
  const asOf = form.dataset.asOf!;
  let snapshot: ContentSnapshot | undefined;

  async function check(file: File | undefined) {
    if (!snapshot) return;
    if (!file) {
      status.textContent = w('check.noFile');
      return;
    }
    status.textContent = w('check.reading', { file: file.name });
    result.replaceChildren();
    await nextFrame();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const checked = checkWorkbook({
        bytes,
        file: file.name,
        forms,
        snapshot,
        kind: kind?.value || undefined,
        commune: commune?.value || undefined,
      });
      result.replaceChildren(renderView(presentCheck(checked, file.name, lang), lang, asOf, file.name));
      status.textContent = w('check.done', { file: file.name });
      result.querySelector<HTMLElement>('#ket-qua')?.focus();
    } catch (error) {
      status.textContent = w('check.failed', { message: error instanceof Error ? error.message : String(error) });
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check(input.files?.[0]);
  });
  input.addEventListener('change', () => void check(input.files?.[0]));
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('publish-drop--over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('publish-drop--over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('publish-drop--over');
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    input.files = files;
    void check(files[0]);
  });

  // Everything the check needs, fetched now: once the page has loaded, it works offline.
  fetch(form.dataset.data!)
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<ContentSnapshot>;
    })
    .then((data) => {
      snapshot = data;
      form.hidden = false;
      form.dataset.ready = 'true';
    })
    .catch(() => {
      const failed = element('p', w('check.dataFailed'), { class: 'notice' });
      form.before(failed);
    });
}
