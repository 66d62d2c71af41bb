/**
 * Every PAPI table as open data (CSV/JSON). Missing scores and ranks are empty cells (null),
 * never 0. Groups are written with PAPI's Vietnamese names ("nhóm cao nhất"…).
 */
import type { PapiScope } from './index.ts';
import type { Column, Dataset, Row } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import type { PapiData, PapiProvince } from './model.ts';
import { bandLabel } from './summary.ts';
import { papiSeries } from './series.ts';
import { pointsChange, rankChange } from './rank.ts';
import { subDimensionsOf } from './framework.ts';
import { standingOf, yearStandings } from './standing.ts';
import { trendChart } from './trend.ts';
import { FIRST_YEAR, LAST_YEAR } from './schema.ts';
import { instancePredecessors, predecessorsOf, provincesBySlugs } from './provinces.ts';

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const SOURCE = {
  vi: 'PAPI — CECODES, VFF-CRT, RTA và UNDP (papi.org.vn); điểm số từ github.com/hnks-gh/ml-mcdm (khớp báo cáo PAPI). Thứ hạng, số tỉnh được xếp hạng và nhóm do cổng tính từ điểm số.',
  en: 'PAPI — CECODES, VFF-CRT, RTA and UNDP (papi.org.vn); scores from github.com/hnks-gh/ml-mcdm (matching the PAPI reports). Ranks, the number ranked and groups computed by the portal from the scores.',
};
const LICENCE = {
  id: 'PAPI',
  url: 'https://papi.org.vn/',
  name: { vi: 'Số liệu của PAPI, đăng lại có ghi nguồn', en: 'PAPI data, republished with attribution' },
};
const POINTS = { vi: 'điểm', en: 'points' };

const col = (
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
const dimCols = () =>
  Array.from({ length: 8 }, (_, i) =>
    col(
      `d${i + 1}`,
      `ND${i + 1}`,
      `D${i + 1}`,
      'number',
      `Điểm nội dung ${i + 1} (1–10)`,
      `Dimension ${i + 1} score (1–10)`,
      POINTS,
    ),
  );
const key = (slug: string) => slug.replace(/-/g, '_');
const band = (b: Parameters<typeof bandLabel>[0] | null) => (b ? bandLabel(b, 'vi') : null);

export const papiDatasetIds = {
  all: 'papi-ket-qua',
  year: (year: number) => `papi-${year}`,
  province: (slug: string) => `papi-tinh-${slug}`,
  subdimensions: (slug: string) => `papi-tinh-${slug}-thanh-phan`,
  dimension: (n: number) => `papi-noi-dung-${n}`,
  group: (slugs: string[]) => `papi-so-sanh-${slugs.join('-')}`,
};

function base(
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
        { ...col('nam', 'Năm', 'Year', 'integer'), plain: true },
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

function provinceDataset(scope: Pick<PapiScope, 'papi'>, p: PapiProvince, updated: string): Dataset {
  const total = papiSeries(scope, p.code, 'total');
  const dims = Array.from({ length: 8 }, (_, i) => papiSeries(scope, p.code, i + 1));
  const rows = total.map((t, i) => {
    const prev = total[i - 1];
    return {
      nam: t.year,
      tong_diem: t.score,
      hang: t.rank,
      so_tinh_xep_hang: t.ranked,
      nhom: band(t.band),
      doi_hang: rankChange(prev?.rank ?? null, t.rank),
      doi_diem: t.year === 2018 ? null : pointsChange(prev?.score ?? null, t.score),
      ...Object.fromEntries(dims.map((d, j) => [`d${j + 1}`, d[i]!.score])),
    } as Row;
  });
  return base(
    papiDatasetIds.province(p.slug),
    routes.papiProvince(p.slug),
    updated,
    { vi: `PAPI ${p.name_vi} 2011–2024`, en: `PAPI ${p.name_vi} 2011–2024` },
    {
      vi: 'Tổng điểm, thứ hạng, nhóm, thay đổi so với năm trước và điểm từng nội dung qua các năm.',
      en: 'Total, rank, group, change on the year before and dimension scores by year.',
    },
    [
      { ...col('nam', 'Năm', 'Year', 'integer'), plain: true },
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
        'Số bậc tăng (+) hoặc giảm (−) so với năm trước',
        'Places gained (+) or lost (−) on the year before',
      ),
      col(
        'doi_diem',
        'Đổi điểm',
        'Change',
        'number',
        'Hiệu của hai tổng điểm làm tròn 2 chữ số; trống năm 2018 (6 → 8 nội dung)',
        'Difference of the two totals rounded to 2 decimals; empty in 2018 (6 → 8 dimensions)',
        POINTS,
      ),
      ...dimCols(),
    ],
    rows,
    (lang) => trendChart(scope, [p], 'total', lang),
  );
}

function subDataset(papi: PapiData, p: PapiProvince, updated: string): Dataset {
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
      { ...col('nam', 'Năm', 'Year', 'integer'), plain: true },
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
      col('ten_en', 'Tên tiếng Anh', 'English name', 'text'),
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
  const rows = YEARS.map((year, i) => ({
    nam: year,
    so_tinh_xep_hang: standingOf(scope.papi, year, provinces[0]!.code, measure).ranked,
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
  return base(
    id,
    page,
    updated,
    title,
    {
      vi: `Mỗi tỉnh trước 1/7/2025 một cột ${what.vi}, hạng và nhóm; không cộng, không lấy trung bình.`,
      en: `For each province before 1 July 2025 its ${what.en}, rank and group; never added or averaged.`,
    },
    [
      { ...col('nam', 'Năm', 'Year', 'integer'), plain: true },
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
}

export function papiDatasets(scope: PapiScope): Dataset[] {
  const { papi, asOf: updated } = scope;
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
    ...YEARS.map((y) => yearDataset(papi, y, updated)),
    ...papi.provinces.flatMap((p) => [provinceDataset(scope, p, updated), subDataset(papi, p, updated)]),
    ...Array.from({ length: 8 }, (_, i) =>
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
