/** One dataset per commune budget year: every line with every stage, and its depth. */
import type { DisclosuresScope } from '../index.ts';
import type { Column, Dataset } from '../../../base/dataset.ts';
import { budgetRows, stageLabel } from './derive.ts';
import { budgetStages, type CommuneBudget } from './schema.ts';

export function budgetDatasetId(b: Pick<CommuneBudget, 'commune' | 'year'>): string {
  return `ngan-sach-${b.commune}-${b.year}`;
}

export function budgetDatasets(portal: DisclosuresScope, base: Pick<Dataset, 'source' | 'updated'>): Dataset[] {
  return portal.disclosures.flatMap((d) =>
    d.budgets.map((b): Dataset => {
      const unit = { vi: b.unit, en: b.unit === 'triệu đồng' ? 'million đồng' : b.unit };
      const columns: Column[] = [
        { key: 'ma', label: { vi: 'Mã dòng', en: 'Line code' }, description: { vi: 'Mã dòng (A.I.1…)', en: 'Line code (A.I.1…)' }, type: 'text' },
        { key: 'ma_cha', label: { vi: 'Dòng cha', en: 'Parent line' }, description: { vi: 'Mã dòng cha; dòng cha bằng tổng các dòng con — đừng cộng cả hai', en: 'Parent line code; a parent is the sum of its children — never add both' }, type: 'text' },
        { key: 'cap', label: { vi: 'Cấp', en: 'Level' }, description: { vi: '0 là tổng thu/tổng chi', en: '0 is total revenue/spending' }, type: 'integer' },
        { key: 'noi_dung', label: { vi: 'Nội dung', en: 'Line' }, description: { vi: 'Tên dòng như trên biểu', en: 'Name of the line as on the form' }, type: 'text' },
        ...budgetStages.map((s): Column => ({ key: s, label: { vi: stageLabel(s, 'vi'), en: stageLabel(s, 'en') }, description: { vi: `Số ${stageLabel(s, 'vi')}; trống nếu chưa công bố`, en: `The ${stageLabel(s, 'en')}; empty when not published` }, type: 'number', unit, digits: 0 })),
      ];
      return {
        ...base,
        sample: b.sample,
        id: budgetDatasetId(b),
        page: `/cong-khai/${b.commune}/ngan-sach/${b.year}/`,
        title: { vi: `Ngân sách ${portal.units.label(b.commune)} năm ${b.year}`, en: `Budget of ${portal.units.label(b.commune)}, ${b.year}` },
        description: { vi: 'Các dòng thu, chi theo giai đoạn: dự toán, thực hiện 3/6/9 tháng và cả năm, quyết toán.', en: 'Revenue and spending lines by stage: estimate, execution at 3/6/9 months and the year, settlement.' },
        columns,
        rows: budgetRows(b.lines).map((r) => ({ ma: r.code, ma_cha: r.parent, cap: r.depth, noi_dung: r.name, ...Object.fromEntries(budgetStages.map((s) => [s, r[s]])) })),
        source: b.sample ? base.source : { vi: b.source, en: b.source },
      };
    }),
  );
}
