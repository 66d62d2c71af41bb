/** The investment projects of every commune and their community supervision, as open data. */
import { routes } from '../../../base/routes.ts';
import { col, communeColumn, MILLION, type CommuneTable } from '../tables.ts';

export const investmentTable: CommuneTable = {
  id: 'dau-tu-giam-sat-cong-dong',
  page: routes.disclosures(),
  title: { vi: 'Dự án đầu tư và kết quả giám sát của cộng đồng', en: 'Investment projects and community supervision' },
  description: () => ({
    vi: 'Tổng mức đầu tư, nguồn vốn, tiến độ và kết quả giám sát của cộng đồng.',
    en: 'Total investment, funding, progress and community supervision results.',
  }),
  columns: [
    communeColumn,
    col('nam', 'Năm', 'Year', 'year'),
    col('du_an', 'Dự án', 'Project'),
    col('tong_muc', 'Tổng mức đầu tư', 'Total investment', 'integer', MILLION),
    col('nguon_von', 'Nguồn vốn', 'Funding'),
    col('tien_do', 'Tiến độ', 'Progress'),
    col('ngay_giam_sat', 'Ngày giám sát', 'Supervised on', 'date'),
    col('ket_qua_giam_sat', 'Kết quả giám sát', 'Supervision result'),
  ],
  rows: (d, name) =>
    d.info.investment.flatMap((y) =>
      y.items.map((i) => ({
        xa: name,
        nam: y.year,
        du_an: i.name,
        tong_muc: i.total_investment,
        nguon_von: i.funding,
        tien_do: i.progress,
        ngay_giam_sat: i.supervision?.date ?? null,
        ket_qua_giam_sat: i.supervision?.result ?? null,
      })),
    ),
};
