/** The comparison form: goes to a ready-made page when one exists, else builds the table here. */
import { formatNumber } from '../../base/format.ts';
import { localePath, routes } from '../../base/routes.ts';
import { csvCell } from '../../outputs/data/files.ts';
import type { CompareData } from './compare.ts';

export function enhanceCompare(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-compare]');
  const result = document.querySelector<HTMLElement>('[data-compare-result]');
  if (!form || !result) return;
  const data = JSON.parse(form.dataset.compare!) as CompareData;
  const error = form.querySelector<HTMLElement>('[data-compare-error]')!;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const slugs = [...new Set([...form.querySelectorAll('select')].map((s) => s.value).filter(Boolean))];
    error.hidden = slugs.length >= 2;
    if (slugs.length < 2) return;
    const preset = data.presets.find((p) => p === slugs.join('-'));
    if (preset) {
      location.href = localePath(data.lang, routes.papiComparison(slugs));
      return;
    }
    const chosen = slugs.map((s) => data.provinces.find((p) => p.slug === s)!);
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = `${data.words.caption}: ${chosen.map((p) => p.name).join(', ')}`;
    const head = table.createTHead().insertRow();
    const th = (row: HTMLTableRowElement, text: string, scope: string) => {
      const cell = document.createElement('th');
      cell.scope = scope;
      cell.textContent = text;
      row.append(cell);
    };
    th(head, data.words.year, 'col');
    chosen.forEach((p) => th(head, `${p.name}: ${data.words.total} (${data.words.rank})`, 'col'));
    const body = table.createTBody();
    const csv = [
      [data.words.year, ...chosen.flatMap((p) => [`${p.name} ${data.words.total}`, `${p.name} ${data.words.rank}`])]
        .map(csvCell)
        .join(','),
    ];
    data.years.forEach((year, i) => {
      const row = body.insertRow();
      th(row, String(year), 'row');
      chosen.forEach((p) => {
        const cell = row.insertCell();
        const total = p.total[i];
        cell.className = total === null ? 'num missing' : 'num';
        cell.textContent =
          total === null
            ? data.words.missing
            : `${formatNumber(total, data.lang, 2)} (${p.rank[i] === null ? '–' : `${p.rank[i]}/${data.ranked[i]}`}${p.band[i] ? `, ${p.band[i]}` : ''})`;
      });
      csv.push([year, ...chosen.flatMap((p) => [p.total[i] ?? null, p.rank[i] ?? null])].map(csvCell).join(','));
    });
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = data.words.breakNote;
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.append(table);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`\uFEFF${csv.join('\r\n')}\r\n`], { type: 'text/csv' }));
    link.download = `papi-so-sanh-${slugs.join('-')}.csv`;
    link.textContent = data.words.download;
    const downloads = document.createElement('p');
    downloads.append(link);
    result.replaceChildren(scroll, note, downloads);
    table.tabIndex = -1;
    table.focus();
  });
}
