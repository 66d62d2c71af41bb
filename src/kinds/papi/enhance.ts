/**
 * Progressive enhancement of PAPI tables: sort by a column header, filter rows by 2025 province.
 * Without JavaScript the page keeps its sorted views (links) and 2025-province pages.
 */

function cellValue(row: HTMLTableRowElement, index: number, numeric: boolean): number | string | null {
  const cell = row.cells[index];
  const raw = cell?.dataset.value ?? '';
  if (raw === '') return null;
  return numeric ? Number(raw) : raw;
}

export function enhanceSort(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.tHead!.rows[0]!.cells];
    const body = table.tBodies[0]!;
    headers.forEach((th, index) => {
      const numeric = th.dataset.type === 'number' || th.dataset.type === 'integer' || th.dataset.type === 'year';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        // Scores sort highest first, ranks and names from the top; a second click reverses.
        const first =
          th.getAttribute('aria-sort') === null
            ? numeric && th.dataset.type === 'number'
              ? 'descending'
              : 'ascending'
            : th.getAttribute('aria-sort') === 'ascending'
              ? 'descending'
              : 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', first);
        const sign = first === 'ascending' ? 1 : -1;
        const rows = [...body.rows];
        rows.sort((a, b) => {
          const [x, y] = [cellValue(a, index, numeric), cellValue(b, index, numeric)];
          if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // gaps always last
          return (
            sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi'))
          );
        });
        body.append(...rows);
      });
    });
  }
}

export function enhanceFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-filter]');
  const select = box?.querySelector('select');
  const status = box?.querySelector<HTMLElement>('[data-filter-status]');
  const table = document.querySelector<HTMLTableElement>('table[data-sortable]');
  if (!box || !select || !table) return;
  box.hidden = false;
  select.addEventListener('change', () => {
    let shown = 0;
    for (const row of table.tBodies[0]!.rows) {
      const visible = select.value === '' || row.dataset.successor === select.value;
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (status) status.textContent = `${shown}/${table.tBodies[0]!.rows.length}`;
  });
}
