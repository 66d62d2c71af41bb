/**
 * The disclosure tables as open data (CSV/JSON at /du-lieu/<id>.*): the compliance table,
 * then each part's tables (tables.ts says how a part describes them).
 */
import { codeWords, type Dataset } from '../../base/dataset.ts';
import { formatDate } from '../../base/format.ts';
import { routes } from '../../base/routes.ts';
import { budgetDatasets } from './budget/datasets.ts';
import { complianceDatasetId, complianceRules } from './compliance.ts';
import { consultationsTable, questionsTable } from './consultations/datasets.ts';
import { contributionsTable } from './contributions/datasets.ts';
import { portalCompliance } from './derive.ts';
import type { DisclosuresScope } from './index.ts';
import { investmentTable } from './investment/datasets.ts';
import { landPricesTable, landRecoveryTable } from './land/datasets.ts';
import { poorHouseholdsTable } from './poor-households/datasets.ts';
import { receptionTable } from './reception/datasets.ts';
import { disclosureWords } from './words.ts';
import { col, communeColumn, datasetBase, tableDataset, type CommuneTable } from './tables.ts';

/** The parts' tables, in the order the catalogue lists them (after the budgets). */
const communeTables: CommuneTable[] = [
  poorHouseholdsTable,
  landPricesTable,
  landRecoveryTable,
  contributionsTable,
  investmentTable,
  receptionTable,
  consultationsTable,
  questionsTable,
];

function complianceDataset(scope: DisclosuresScope): Dataset {
  const { asOf } = scope;
  const name = (id: string) => scope.units.label(id);
  return {
    ...datasetBase(scope),
    id: complianceDatasetId,
    page: routes.disclosures(),
    title: { vi: 'Tình hình công khai của các xã, phường', en: 'Disclosure compliance of communes' },
    description: {
      vi: `Mỗi dòng: một xã và một nội dung phải công khai, kỳ gần nhất đã đến hạn, ngày công khai và tình trạng tính đến ngày ${formatDate(asOf, 'vi')}.`,
      en: `Each row: a commune and a mandated disclosure, the latest period due, when it was published and its status as of ${formatDate(asOf, 'en')}.`,
    },
    columns: [
      communeColumn,
      col('ma_xa', 'Mã xã trên cổng', 'Portal id', 'code'),
      col('noi_dung', 'Nội dung', 'Disclosure'),
      col('ky', 'Kỳ', 'Period'),
      col('han', 'Hạn', 'Due', 'date'),
      col('ngay_cong_khai', 'Ngày công khai', 'Published', 'date'),
      {
        ...col('tinh_trang', 'Tình trạng', 'Status'),
        values: codeWords(['on-time', 'late', 'missing'] as const, (code, lang) =>
          disclosureWords(lang)(code === 'on-time' ? 'cd.onTime' : code === 'late' ? 'cd.late' : 'cd.missing'),
        ),
      },
      col('so_ngay_muon', 'Số ngày muộn', 'Days late', 'integer'),
    ],
    rows: portalCompliance(scope).flatMap((r) =>
      r.cells.map((c) => ({
        xa: name(r.commune),
        ma_xa: r.commune,
        noi_dung: complianceRules[c.kind].name.vi,
        ky: c.period.label.vi,
        han: c.period.due,
        ngay_cong_khai: c.published,
        tinh_trang: c.status,
        so_ngay_muon: c.daysLate,
      })),
    ),
  };
}

export function disclosureDatasets(scope: DisclosuresScope): Dataset[] {
  if (!scope.disclosures.length) return [];
  return [
    complianceDataset(scope),
    ...budgetDatasets(scope),
    ...communeTables.map((table) => tableDataset(table, scope)),
  ];
}
