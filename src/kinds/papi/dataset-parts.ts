/**
 * What every PAPI dataset is made of: the source and licence, the column helpers and the ids.
 */
import type { Column, Dataset, Row } from '../../base/dataset.ts';
import { bandLabel } from './summary.ts';
import { FIRST_YEAR, LAST_YEAR } from './schema.ts';
import { papiDimensionNames } from './words.ts';

/** Every survey year of the framework, in order: the rows of a province's series (gaps kept). */
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const SOURCE = {
  vi: 'PAPI — CECODES, VFF-CRT, RTA và UNDP (papi.org.vn); điểm số từ github.com/hnks-gh/ml-mcdm (khớp báo cáo PAPI). Thứ hạng, số tỉnh được xếp hạng và nhóm do cổng tính từ điểm số.',
  en: 'PAPI — CECODES, VFF-CRT, RTA and UNDP (papi.org.vn); scores from github.com/hnks-gh/ml-mcdm (matching the PAPI reports). Ranks, the number ranked and groups computed by the portal from the scores.',
};
const LICENCE = {
  id: 'PAPI',
  url: 'https://papi.org.vn/',
  name: { vi: 'Số liệu của PAPI, đăng lại có ghi nguồn', en: 'PAPI data, republished with attribution' },
};
export const POINTS = { vi: 'điểm', en: 'points' };

export const col = (
  key: string,
  vi: string,
  en: string,
  type: Column['type'],
  descVi = vi,
  descEn = en,
  unit?: Column['unit'],
): Column => ({
  key,
  label: { vi, en },
  description: { vi: descVi, en: descEn },
  type,
  ...(unit ? { unit, digits: 2 } : {}),
});
export const dimCols = () =>
  Array.from({ length: 8 }, (_, i) => ({
    ...col(
      `d${i + 1}`,
      `ND${i + 1}`,
      `D${i + 1}`,
      'number',
      `Điểm nội dung ${i + 1} (1–10)`,
      `Dimension ${i + 1} score (1–10)`,
      POINTS,
    ),
    standsFor: { vi: papiDimensionNames.vi[i + 1]!, en: papiDimensionNames.en[i + 1]! },
  }));
export const key = (slug: string) => slug.replace(/-/g, '_');
export const band = (b: Parameters<typeof bandLabel>[0] | null) => (b ? bandLabel(b, 'vi') : null);

export const papiDatasetIds = {
  all: 'papi-ket-qua',
  year: (year: number) => `papi-${year}`,
  province: (slug: string) => `papi-tinh-${slug}`,
  subdimensions: (slug: string) => `papi-tinh-${slug}-thanh-phan`,
  dimension: (n: number) => `papi-noi-dung-${n}`,
  group: (slugs: string[]) => `papi-so-sanh-${slugs.join('-')}`,
};

export function base(
  id: string,
  page: string,
  updated: string,
  title: Dataset['title'],
  description: Dataset['description'],
  columns: Column[],
  rows: Row[],
  chart?: Dataset['chart'],
): Dataset {
  return {
    id,
    title,
    description,
    columns,
    rows,
    source: SOURCE,
    licence: LICENCE,
    page,
    updated,
    ...(chart ? { chart } : {}),
  };
}

/** One province in one year: rank, total, group and dimension scores (null where there is none). */
