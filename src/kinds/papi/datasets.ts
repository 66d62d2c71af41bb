/**
 * Every PAPI table as open data (CSV/JSON). Missing scores and ranks are empty cells (null),
 * never 0. Groups are written with PAPI's Vietnamese names ("nhóm cao nhất"…).
 */
import type { PapiScope } from './index.ts';
import type { Dataset, Row } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import type { PapiData, PapiProvince } from './model.ts';
import { yearStandings } from './standing.ts';
import { instancePredecessors, predecessorsOf, provincesBySlugs } from './provinces.ts';
import { POINTS, col, dimCols, band, base, papiDatasetIds } from './dataset-parts.ts';
import { provinceDataset, sideBySide, subDataset } from './province-datasets.ts';

export { papiDatasetIds } from './dataset-parts.ts';
export { subDimensionRows } from './province-datasets.ts';

function resultRow(standings: ReturnType<typeof yearStandings>, p: PapiProvince): Row {
  const s = (m: string) => standings.byProvince.get(p.code)?.get(m);
  const total = s('total');
  return {
    hang: total?.rank ?? null,
    so_tinh_xep_hang: standings.ranked,
    tinh: p.name_vi,
    ma_tinh: p.code,
    tinh_2025: p.successor?.name_vi ?? null,
    tong_diem: total?.score ?? null,
    nhom: band(total?.band ?? null),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`d${i + 1}`, s(String(i + 1))?.score ?? null])),
  };
}

function yearDataset(papi: PapiData, year: number, updated: string): Dataset {
  const standings = yearStandings(papi, year);
  const rows = papi.provinces
    .map((p) => resultRow(standings, p))
    .sort(
      (a, b) =>
        ((a.hang as number | null) ?? 999) - ((b.hang as number | null) ?? 999) ||
        String(a.tinh).localeCompare(String(b.tinh), 'vi'),
    );
  return base(
    papiDatasetIds.year(year),
    routes.papiYear(year),
    updated,
    { vi: `PAPI ${year}: 63 tỉnh xếp theo tổng điểm`, en: `PAPI ${year}: the 63 provinces by total score` },
    {
      vi: `Tổng điểm, thứ hạng (trong ${standings.ranked} tỉnh được xếp hạng), nhóm và điểm từng nội dung năm ${year}.`,
      en: `Total, rank (among ${standings.ranked} ranked provinces), group and dimension scores in ${year}.`,
    },
    [
      col(
        'hang',
        'Hạng',
        'Rank',
        'integer',
        'Thứ hạng theo tổng điểm; trống: không xếp hạng',
        'Rank by total; empty: not ranked',
      ),
      col('so_tinh_xep_hang', 'Số tỉnh xếp hạng', 'Provinces ranked', 'integer'),
      col('tinh', 'Tỉnh', 'Province', 'text', 'Tỉnh trước 1/7/2025', 'Province before 1 July 2025'),
      col('ma_tinh', 'Mã tỉnh', 'Code', 'text', 'Mã tỉnh (Cục Thống kê) trước 2025', 'GSO code before 2025'),
      col('tinh_2025', 'Tỉnh từ 1/7/2025', 'Province from 2025', 'text'),
      col(
        'tong_diem',
        'Tổng điểm',
        'Total',
        'number',
        `Tổng điểm (tối đa ${standings.dimensions * 10})`,
        `Total (out of ${standings.dimensions * 10})`,
        POINTS,
      ),
      col('nhom', 'Nhóm', 'Group', 'text', 'Nhóm theo phần tư tổng điểm', 'Quartile group of the total'),
      ...dimCols().slice(0, standings.dimensions),
    ],
    rows,
  );
}

/** Every province and year in one table: totals, ranks, groups and dimension scores, 2011–2024. */
export function allResultsDataset(papi: PapiData, updated: string): Dataset {
  const rows = papi.years.flatMap((year) => {
    const standings = yearStandings(papi, year);
    return papi.provinces.map((p) => ({ nam: year, ...resultRow(standings, p) }));
  });
  return {
    ...base(
      papiDatasetIds.all,
      routes.papi(),
      updated,
      {
        vi: 'PAPI 2011–2024: kết quả của 63 tỉnh qua các năm',
        en: 'PAPI 2011–2024: results of the 63 provinces, year by year',
      },
      {
        vi: 'Một hàng cho mỗi tỉnh (trước 1/7/2025) và năm: tổng điểm, thứ hạng, nhóm và điểm từng nội dung. Ô trống: không có số liệu hoặc chưa có nội dung đó (nội dung 7 và 8 từ năm 2018).',
        en: 'One row per province (before 1 July 2025) and year: total, rank, group and dimension scores. Empty cells: no data, or the dimension did not exist yet (dimensions 7 and 8 from 2018).',
      },
      [
        col('nam', 'Năm', 'Year', 'year'),
        col('tinh', 'Tỉnh', 'Province', 'text', 'Tỉnh trước 1/7/2025', 'Province before 1 July 2025'),
        col('ma_tinh', 'Mã tỉnh', 'Code', 'text', 'Mã tỉnh (Cục Thống kê) trước 2025', 'GSO code before 2025'),
        col('tinh_2025', 'Tỉnh từ 1/7/2025', 'Province from 2025', 'text'),
        col(
          'tong_diem',
          'Tổng điểm',
          'Total',
          'number',
          'Tổng điểm (tối đa 60 đến 2017, 80 từ 2018); trống: không có số liệu',
          'Total (out of 60 until 2017, 80 from 2018); empty: no data',
          POINTS,
        ),
        col(
          'hang',
          'Hạng',
          'Rank',
          'integer',
          'Thứ hạng theo tổng điểm; trống: không xếp hạng',
          'Rank by total; empty: not ranked',
        ),
        col('so_tinh_xep_hang', 'Số tỉnh xếp hạng', 'Provinces ranked', 'integer'),
        col('nhom', 'Nhóm', 'Group', 'text', 'Nhóm theo phần tư tổng điểm', 'Quartile group of the total'),
        ...dimCols(),
      ],
      rows,
    ),
    embed: false,
  };
}

export function papiDatasets(scope: PapiScope): Dataset[] {
  // The day the national scores last changed (their SOURCE.md), not the day of the build.
  const { papi } = scope;
  const updated = papi.updated;
  const own = instancePredecessors(scope);
  const groups = [
    ...papi.newProvinces.map((n) => ({
      slugs: predecessorsOf(papi, n).map((p) => p.slug),
      page: routes.papiNewProvince(n.slug),
      name: n.name_vi,
    })),
    ...papi.comparisons.map((c) => ({ slugs: c.provinces, page: routes.papiComparison(c.provinces), name: null })),
  ];
  const seen = new Set<string>();
  return [
    allResultsDataset(papi, updated),
    ...papi.years.map((y) => yearDataset(papi, y, updated)),
    ...papi.provinces.flatMap((p) => [provinceDataset(scope, p, updated), subDataset(papi, p, updated)]),
    // One province's dimensions over the years: none in the national hub, which serves no one province.
    ...Array.from({ length: own.length > 0 ? 8 : 0 }, (_, i) =>
      sideBySide(
        scope,
        papiDatasetIds.dimension(i + 1),
        routes.papiDimension(i + 1),
        own,
        i + 1,
        {
          vi: `PAPI nội dung ${i + 1}: ${own.map((p) => p.name_vi).join(', ')}`,
          en: `PAPI dimension ${i + 1}: ${own.map((p) => p.name_vi).join(', ')}`,
        },
        updated,
      ),
    ),
    ...groups.flatMap((g) => {
      const id = papiDatasetIds.group(g.slugs);
      if (seen.has(id)) return [];
      seen.add(id);
      const names = provincesBySlugs(papi, g.slugs)
        .map((p) => p.name_vi)
        .join(', ');
      return [
        sideBySide(
          scope,
          id,
          g.page,
          provincesBySlugs(papi, g.slugs),
          'total',
          { vi: `PAPI tổng điểm: ${names}`, en: `PAPI total: ${names}` },
          updated,
        ),
      ];
    }),
  ];
}
