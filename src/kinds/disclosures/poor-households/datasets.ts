/** The poor-household counts by village, as open data. */
import type { Row } from '../../../base/dataset.ts';
import { routes } from '../../../base/routes.ts';
import type { PoorHouseholdsYear } from '../model.ts';
import { col, communeColumn, type CommuneTable } from '../tables.ts';

/** One year's villages as rows of the table. */
export function poorHouseholdRows(year: PoorHouseholdsYear, communeName: string): Row[] {
  return year.rows.map((r) => ({
    xa: communeName,
    nam: year.meta.year,
    thon: r.village,
    ho_ngheo: r.poor_households,
    nguoi_ngheo: r.poor_persons,
    ho_can_ngheo: r.near_poor_households,
    nguoi_can_ngheo: r.near_poor_persons,
    thoat_ngheo: r.exited_poor_households,
    thoat_can_ngheo: r.exited_near_poor_households,
    ghi_chu: r.note,
  }));
}

export const poorHouseholdsTable: CommuneTable = {
  id: 'ho-ngheo-theo-thon',
  page: routes.disclosures(),
  title: { vi: 'Hộ nghèo, hộ cận nghèo theo thôn, khu phố', en: 'Poor and near-poor households by village' },
  description: () => ({
    vi: 'Số hộ và số người theo kết quả rà soát; không có tên người.',
    en: 'Counts of households and persons from the review; no names.',
  }),
  columns: [
    communeColumn,
    col('nam', 'Năm', 'Year', 'year'),
    col('thon', 'Thôn, khu phố', 'Village'),
    col('ho_ngheo', 'Hộ nghèo', 'Poor households', 'integer'),
    col('nguoi_ngheo', 'Người thuộc hộ nghèo', 'Persons in poor households', 'integer'),
    col('ho_can_ngheo', 'Hộ cận nghèo', 'Near-poor households', 'integer'),
    col('nguoi_can_ngheo', 'Người thuộc hộ cận nghèo', 'Persons in near-poor households', 'integer'),
    col('thoat_ngheo', 'Hộ thoát nghèo', 'Households that left poverty', 'integer'),
    col('thoat_can_ngheo', 'Hộ thoát cận nghèo', 'Households that left near-poverty', 'integer'),
    col('ghi_chu', 'Ghi chú', 'Note'),
  ],
  rows: (d, name) => d.poorHouseholds.flatMap((year) => poorHouseholdRows(year, name)),
};
