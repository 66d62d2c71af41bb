/** One dataset per commune budget year: every line with every stage, and its depth. */
import type { Column, Dataset, Row } from '../../../base/dataset.ts';
import { routes } from '../../../base/routes.ts';
import type { DisclosuresScope } from '../index.ts';
import { datasetBase } from '../tables.ts';
import { budgetRows, publishedStages, stageLabel } from './derive.ts';
import { budgetStages, type CommuneBudget } from './schema.ts';

export function budgetDatasetId(b: Pick<CommuneBudget, 'commune' | 'year'>): string {
  return `ngan-sach-${b.commune}-${b.year}`;
}

/** The budget's lines in form order, as rows of its dataset. */
export function budgetTableRows(b: Pick<CommuneBudget, 'lines'>): Row[] {
  return budgetRows(b.lines).map((r) => ({
    ma: r.code,
    ma_cha: r.parent,
    cap: r.depth,
    noi_dung: r.name,
    ...Object.fromEntries(budgetStages.map((s) => [s, r[s]])),
  }));
}

/** The groups the chart draws (the lines directly under total revenue and total spending), as rows. */
export function budgetGroupRows(b: Pick<CommuneBudget, 'lines'>): Row[] {
  return budgetTableRows(b).filter((r) => r.cap === 1);
}

type BudgetScope = Pick<DisclosuresScope, 'disclosures' | 'units' | 'asOf'>;

export function budgetDataset(scope: BudgetScope, b: CommuneBudget): Dataset {
  const base = datasetBase(scope);
  const unit = { vi: b.unit, en: b.unit === 'triệu đồng' ? 'million đồng' : b.unit };
  const columns: Column[] = [
    {
      key: 'ma',
      label: { vi: 'Mã dòng', en: 'Line code' },
      description: { vi: 'Mã dòng (A.I.1…)', en: 'Line code (A.I.1…)' },
      type: 'text',
    },
    {
      key: 'ma_cha',
      label: { vi: 'Dòng cha', en: 'Parent line' },
      description: {
        vi: 'Mã dòng cha; dòng cha bằng tổng các dòng con — đừng cộng cả hai',
        en: 'Parent line code; a parent is the sum of its children — never add both',
      },
      type: 'text',
    },
    {
      key: 'cap',
      label: { vi: 'Cấp', en: 'Level' },
      description: { vi: '0 là tổng thu/tổng chi', en: '0 is total revenue/spending' },
      type: 'integer',
    },
    {
      key: 'noi_dung',
      label: { vi: 'Nội dung', en: 'Line' },
      description: { vi: 'Tên dòng như trên biểu', en: 'Name of the line as on the form' },
      type: 'text',
    },
    ...budgetStages.map((s): Column => ({
      key: s,
      label: { vi: stageLabel(s, 'vi'), en: stageLabel(s, 'en') },
      description: {
        vi: `Số ${stageLabel(s, 'vi')}; trống nếu chưa công bố`,
        en: `The ${stageLabel(s, 'en')}; empty when not published`,
      },
      type: 'number',
      unit,
      digits: 0,
    })),
  ];
  return {
    ...base,
    sample: b.sample,
    id: budgetDatasetId(b),
    page: routes.communeBudget(b.commune, b.year),
    title: {
      vi: `Ngân sách ${scope.units.label(b.commune)} năm ${b.year}`,
      en: `Budget of ${scope.units.label(b.commune)}, ${b.year}`,
    },
    description: {
      vi: 'Các dòng thu, chi theo giai đoạn: dự toán, thực hiện 3/6/9 tháng và cả năm, quyết toán.',
      en: 'Revenue and spending lines by stage: estimate, execution at 3/6/9 months and the year, settlement.',
    },
    columns,
    rows: budgetTableRows(b),
    source: b.sample ? base.source : { vi: b.source, en: b.source },
    updated: budgetUpdated(b, scope.asOf),
    // A stage's column is empty until the commune publishes it (budget/rules.ts): not published.
    gap: (_row, key) => ((budgetStages as readonly string[]).includes(key) ? 'not-published' : undefined),
  };
}

/** The day a budget year last changed: its latest stage published by the as-of date (or at all). */
export function budgetUpdated(b: Pick<CommuneBudget, 'stages'>, asOf: string): string {
  const days = publishedStages(b).map((s) => b.stages[s]!.published);
  const by = days.filter((d) => d <= asOf);
  // A budget with no stage has no date of its own: the as-of date is the only day there is.
  return [...(by.length ? by : days)].sort().at(-1) ?? asOf;
}

export function budgetDatasets(scope: BudgetScope): Dataset[] {
  return scope.disclosures.flatMap((d) => d.budgets.map((b) => budgetDataset(scope, b)));
}
