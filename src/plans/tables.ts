/** Tables that sit next to the progress charts: the same figures, as a Dataset for DataTable. */
import type { Dataset } from '../data/dataset.ts';
import type { Lang } from '../lib/format.ts';
import type { StatusCounts } from './progress.ts';
import { statusOrder } from './summary.ts';
import { planWords } from './words.ts';

export function statusTable(opts: { id: string; title: string; rowLabel: { vi: string; en: string }; labels: string[]; counts: StatusCounts[]; sample: boolean; page: string; asOf: string }, lang: Lang): Dataset {
  const w = planWords(lang);
  return {
    id: opts.id,
    title: { vi: opts.title, en: opts.title },
    description: { vi: opts.title, en: opts.title },
    columns: [
      { key: 'nhom', label: opts.rowLabel, description: opts.rowLabel, type: 'text' },
      ...statusOrder.map((s) => ({ key: s, label: { vi: w(`status.${s}`), en: w(`status.${s}`) }, description: { vi: '', en: '' }, type: 'integer' as const })),
    ],
    rows: opts.labels.map((label, i) => ({ nhom: label, ...Object.fromEntries(statusOrder.map((s) => [s, opts.counts[i]![s]])) })),
    source: { vi: 'Tính từ nhiệm vụ và báo cáo trên cổng.', en: 'Computed from the tasks and reports on the portal.' },
    sample: opts.sample,
    page: opts.page,
    updated: opts.asOf,
  };
}
