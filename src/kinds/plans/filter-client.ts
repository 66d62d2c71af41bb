/**
 * Client-side filters for the task index: shows the form and the flat list (both hidden
 * without JavaScript, where the grouped lists above do the same job) and filters the list by
 * lead unit, PAPI dimension and status as the reader changes a select.
 */
export function enhanceTaskFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-task-filters]');
  const list = document.querySelector<HTMLElement>('[data-task-list]');
  const count = document.querySelector<HTMLElement>('[data-task-count]');
  if (!form || !list || !count) return;
  form.hidden = false;
  list.hidden = false;
  const template = count.dataset.template ?? '{n}';
  const items = [...list.querySelectorAll<HTMLElement>('li[data-units]')];
  const apply = () => {
    const data = new FormData(form);
    const unit = String(data.get('unit') ?? '');
    const dimension = String(data.get('dimension') ?? '');
    const status = String(data.get('status') ?? '');
    let shown = 0;
    for (const item of items) {
      const match =
        (!unit || item.dataset.units!.split(' ').includes(unit)) &&
        (!dimension || item.dataset.dimensions!.split(' ').includes(dimension)) &&
        (!status || item.dataset.status === status);
      item.hidden = !match;
      if (match) shown++;
    }
    count.textContent = template.replace('{n}', String(shown));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
