/** The voluntary contributions of every commune, as open data. */
import { routes } from '../../../base/routes.ts';
import { col, communeColumn, MILLION, type CommuneTable } from '../tables.ts';
import { contributionBalance } from './derive.ts';

export const contributionsTable: CommuneTable = {
  id: 'dong-gop-tu-nguyen',
  page: routes.disclosures(),
  title: { vi: 'Các khoản đóng góp tự nguyện', en: 'Voluntary contributions' },
  description: () => ({
    vi: 'Số huy động, đã chi và còn lại (còn lại = huy động − đã chi).',
    en: 'Mobilised, spent and balance (balance = mobilised − spent).',
  }),
  columns: [
    communeColumn,
    col('nam', 'Năm', 'Year', 'year'),
    col('noi_dung', 'Nội dung', 'Purpose'),
    col('huy_dong', 'Huy động', 'Mobilised', 'integer', MILLION),
    col('da_chi', 'Đã chi', 'Spent', 'integer', MILLION),
    col('con_lai', 'Còn lại', 'Balance', 'integer', MILLION),
  ],
  rows: (d, name) =>
    d.info.contributions.flatMap((y) =>
      y.items.map((i) => ({
        xa: name,
        nam: y.year,
        noi_dung: i.purpose,
        huy_dong: i.mobilised,
        da_chi: i.spent,
        con_lai: contributionBalance(i),
      })),
    ),
};
