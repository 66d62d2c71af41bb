/**
 * The land price filter, an enhancement: without JavaScript the page is the full table with
 * anchors per road; with it, a text box (diacritics optional) and a commune choice hide the
 * rows that do not match and say how many remain.
 */
import { matchesQuery } from './fold.ts';

export function setUpPriceFilter(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-price-filter]');
  const input = root.querySelector<HTMLInputElement>('[data-price-query]');
  const select = root.querySelector<HTMLSelectElement>('[data-price-commune]');
  const count = root.querySelector<HTMLElement>('[data-price-count]');
  if (!form || !input || !select || !count) return;
  const sections = [...root.querySelectorAll<HTMLElement>('[data-price-section]')];
  const template = count.dataset.template ?? '{n}';

  const apply = () => {
    let shown = 0;
    for (const section of sections) {
      const communeOk = !select.value || section.dataset.priceSection === select.value;
      let inSection = 0;
      for (const row of section.querySelectorAll<HTMLTableRowElement>('tr[data-folded]')) {
        const ok = communeOk && matchesQuery(row.dataset.folded ?? '', input.value);
        row.hidden = !ok;
        if (ok) inSection++;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    count.textContent = template.replace('{n}', String(shown));
  };
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  apply();
}
