/** The PAPI tables of one province (history, sub-dimensions) and of provinces side by side. */
import type { PapiScope } from './index.ts';
import type { Dataset, Row } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import type { PapiData, PapiProvince } from './model.ts';
import { papiSeries } from './series.ts';
import { changeCell, rankMove, scoreMove } from './breaks.ts';
import { subDimensionsOf } from './framework.ts';
import { standingOf } from './standing.ts';
import { trendChart } from './trend.ts';
import { YEARS, POINTS, col, dimCols, key, band, base, papiDatasetIds } from './dataset-parts.ts';

export function provinceDataset(scope: Pick<PapiScope, 'papi'>, p: PapiProvince, updated: string): Dataset {
  const total = papiSeries(scope, p.code, 'total');
  const dims = Array.from({ length: 8 }, (_, i) => papiSeries(scope, p.code, i + 1));
  // Years whose change on the year before is not comparable (2018): their change cells say so.
  const apart = new Set<Row[string]>();
  const rows = total.map((t, i) => {
    const prev = total[i - 1];
    if (rankMove(prev, t) === 'not-comparable') apart.add(t.year);
    return {
      nam: t.year,
      tong_diem: t.score,
      hang: t.rank,
      so_tinh_xep_hang: t.ranked,
      nhom: band(t.band),
      doi_hang: changeCell(rankMove(prev, t)),
      doi_diem: changeCell(scoreMove(prev, t)),
      ...Object.fromEntries(dims.map((d, j) => [`d${j + 1}`, d[i]!.score])),
    } as Row;
  });
  const dataset = base(
    papiDatasetIds.province(p.slug),
    routes.papiProvince(p.slug),
    updated,
    { vi: `PAPI ${p.name_vi} 2011–2024`, en: `PAPI ${p.name_vi} 2011–2024` },
    {
      vi: 'Tổng điểm, thứ hạng, nhóm, thay đổi so với năm trước và điểm từng nội dung qua các năm.',
      en: 'Total, rank, group, change on the year before and dimension scores by year.',
    },
    [
      col('nam', 'Năm', 'Year', 'year'),
      col(
        'tong_diem',
        'Tổng điểm',
        'Total',
        'number',
        'Tổng điểm (tối đa 60 đến 2017, 80 từ 2018)',
        'Total (out of 60 until 2017, 80 from 2018)',
        POINTS,
      ),
      col('hang', 'Hạng', 'Rank', 'integer'),
      col('so_tinh_xep_hang', 'Số tỉnh xếp hạng', 'Provinces ranked', 'integer'),
      col('nhom', 'Nhóm', 'Group', 'text'),
      col(
        'doi_hang',
        'Đổi hạng',
        'Rank change',
        'integer',
        'Số bậc tăng (+) hoặc giảm (−) so với năm trước; trống năm 2018: không so sánh được (6 → 8 nội dung)',
        'Places gained (+) or lost (−) on the year before; empty in 2018: not comparable (6 → 8 dimensions)',
      ),
      col(
        'doi_diem',
        'Đổi điểm',
        'Change',
        'number',
        'Hiệu của hai tổng điểm làm tròn 2 chữ số; trống năm 2018: không so sánh được (6 → 8 nội dung)',
        'Difference of the two totals rounded to 2 decimals; empty in 2018: not comparable (6 → 8 dimensions)',
        POINTS,
      ),
      ...dimCols(),
    ],
    rows,
    (lang) => trendChart(scope, [p], 'total', lang),
  );
  const since = new Map(scope.papi.framework.dimensions.map((d) => [`d${d.number}`, d.from]));
  return {
    ...dataset,
    gap: (row, key) => {
      if ((key === 'doi_hang' || key === 'doi_diem') && apart.has(row.nam!)) return 'not-comparable';
      if ((since.get(key) ?? 0) > Number(row.nam)) return 'not-measured';
      return undefined;
    },
  };
}

export function subDataset(papi: PapiData, p: PapiProvince, updated: string): Dataset {
  const rows: Row[] = [];
  for (const year of YEARS) {
    for (const dim of papi.framework.dimensions.filter((d) => d.from <= year)) {
      for (const sub of subDimensionsOf(papi.framework, dim, year)) {
        rows.push({
          nam: year,
          noi_dung: dim.number,
          ma: sub.code,
          ten: sub.name_vi,
          ten_en: sub.name_en,
          diem: papi.subScores.get(`${year}:${p.code}:${sub.code}`) ?? null,
        });
      }
    }
  }
  return base(
    papiDatasetIds.subdimensions(p.slug),
    routes.papiProvince(p.slug),
    updated,
    { vi: `PAPI ${p.name_vi}: nội dung thành phần 2011–2024`, en: `PAPI ${p.name_vi}: sub-dimensions 2011–2024` },
    {
      vi: 'Điểm từng nội dung thành phần, với tên đúng theo giai đoạn (tên và ý nghĩa đổi năm 2016 và 2018).',
      en: 'Each sub-dimension score, named as in its era (names and meanings changed in 2016 and 2018).',
    },
    [
      col('nam', 'Năm', 'Year', 'year'),
      col('noi_dung', 'Nội dung', 'Dimension', 'integer'),
      col('ma', 'Mã', 'Code', 'text'),
      col(
        'ten',
        'Nội dung thành phần',
        'Sub-dimension',
        'text',
        'Tên tiếng Việt trong năm đó',
        'Vietnamese name that year',
      ),
      // English names are for English pages and the files; Vietnamese pages leave them out.
      { ...col('ten_en', 'Tên tiếng Anh', 'English name', 'text'), lang: 'en' },
      col(
        'diem',
        'Điểm',
        'Score',
        'number',
        'Điểm nội dung thành phần; trống: không có số liệu',
        'Sub-dimension score; empty: no data',
        POINTS,
      ),
    ],
    rows,
  );
}

/** The rows of a province's sub-dimension dataset for one year (the dataset holds every year). */
export function subDimensionRows(dataset: Pick<Dataset, 'rows'>, year: number): Row[] {
  return dataset.rows.filter((r) => r.nam === year);
}

/** Several provinces side by side for one measure: a score, a rank and a group column each. */
export function sideBySide(
  scope: Pick<PapiScope, 'papi'>,
  id: string,
  page: string,
  provinces: PapiProvince[],
  measure: number | 'total',
  title: Dataset['title'],
  updated: string,
): Dataset {
  const series = provinces.map((p) => papiSeries(scope, p.code, measure));
  // A dimension's cells before it was first measured (7 and 8 before 2018) say so.
  const since =
    measure === 'total' ? 0 : (scope.papi.framework.dimensions.find((d) => d.number === measure)?.from ?? 0);
  const rows = YEARS.map((year, i) => ({
    nam: year,
    so_tinh_xep_hang: year < since ? null : standingOf(scope.papi, year, provinces[0]!.code, measure).ranked,
    ...Object.fromEntries(
      provinces.flatMap((p, j) => [
        [`diem_${key(p.slug)}`, series[j]![i]!.score],
        [`hang_${key(p.slug)}`, series[j]![i]!.rank],
        [`nhom_${key(p.slug)}`, band(series[j]![i]!.band)],
      ]),
    ),
  }));
  const what =
    measure === 'total'
      ? { vi: 'tổng điểm', en: 'total' }
      : { vi: `điểm nội dung ${measure}`, en: `dimension ${measure} score` };
  const dataset = base(
    id,
    page,
    updated,
    title,
    {
      vi: `Mỗi tỉnh trước 1/7/2025 một cột ${what.vi}, hạng và nhóm; không cộng, không lấy trung bình.`,
      en: `For each province before 1 July 2025 its ${what.en}, rank and group; never added or averaged.`,
    },
    [
      col('nam', 'Năm', 'Year', 'year'),
      ...provinces.flatMap((p) => [
        col(
          `diem_${key(p.slug)}`,
          p.name_vi,
          p.name_vi,
          'number',
          `${p.name_vi}: ${what.vi}`,
          `${p.name_vi}: ${what.en}`,
          POINTS,
        ),
        col(`hang_${key(p.slug)}`, `Hạng ${p.name_vi}`, `Rank ${p.name_vi}`, 'integer'),
        col(`nhom_${key(p.slug)}`, `Nhóm ${p.name_vi}`, `Group ${p.name_vi}`, 'text'),
      ]),
      col('so_tinh_xep_hang', 'Số tỉnh xếp hạng', 'Provinces ranked', 'integer'),
    ],
    rows,
  );
  return { ...dataset, gap: (row) => (Number(row.nam) < since ? 'not-measured' : undefined) };
}
