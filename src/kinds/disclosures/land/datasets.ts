/** The land price tables and land recovery projects of every commune, as open data. */
import { routes } from '../../../base/routes.ts';
import { col, communeColumn, type CommuneTable } from '../tables.ts';
import { communePriceListings } from './derive.ts';
import { recoverySteps } from './schema.ts';
import { recoveryStepName } from './timeline.ts';

export const landPricesTable: CommuneTable = {
  id: 'bang-gia-dat',
  page: routes.landPrices(),
  title: { vi: 'Bảng giá đất theo đường, đoạn đường và vị trí', en: 'Land prices by road, segment and position' },
  description: () => ({
    vi: 'Giá đất theo bảng giá đất của tỉnh, như xã, phường niêm yết.',
    en: "Land prices from the province's price table, as the commune posts them.",
  }),
  columns: [
    communeColumn,
    col('nam', 'Năm áp dụng', 'Year', 'year'),
    col('duong', 'Đường', 'Road'),
    col('doan', 'Đoạn', 'Segment'),
    col('loai_dat', 'Loại đất', 'Land type'),
    ...[1, 2, 3, 4].map((p) => ({
      ...col(`vi_tri_${p}`, `Vị trí ${p}`, `Position ${p}`, 'integer', { vi: 'nghìn đồng/m²', en: 'thousand đồng/m²' }),
      description: {
        vi: `Giá vị trí ${p}; trống: loại đất này không có vị trí ${p} trên đoạn đường (không áp dụng)`,
        en: `Price of position ${p}; empty: this land type has no position ${p} on the segment (does not apply)`,
      },
    })),
  ],
  // The table leaves a position empty when the land type has none there (schema.ts): it does
  // not apply, which is not the same as a figure not published.
  gap: (_row, key) => (key.startsWith('vi_tri_') ? 'not-applicable' : undefined),
  rows: (d, name) =>
    communePriceListings(d, name).map((l) => ({
      xa: name,
      nam: l.year,
      duong: l.road,
      doan: l.segment,
      loai_dat: l.land_type,
      vi_tri_1: l.position_1,
      vi_tri_2: l.position_2,
      vi_tri_3: l.position_3,
      vi_tri_4: l.position_4,
    })),
};

export const landRecoveryTable: CommuneTable = {
  id: 'thu-hoi-dat',
  page: routes.disclosures(),
  title: { vi: 'Dự án thu hồi đất', en: 'Land recovery projects' },
  description: () => ({
    vi: 'Mục đích, diện tích, số hộ bị ảnh hưởng và ngày của từng bước.',
    en: 'Purpose, area, households affected and the date of each step.',
  }),
  columns: [
    communeColumn,
    col('du_an', 'Dự án', 'Project'),
    col('muc_dich', 'Mục đích', 'Purpose'),
    col('dien_tich', 'Diện tích', 'Area', 'number', { vi: 'ha', en: 'ha' }),
    col('so_ho', 'Số hộ bị ảnh hưởng', 'Households affected', 'integer'),
    col('loai_dat', 'Loại đất', 'Land types'),
    col('tai_dinh_cu', 'Tái định cư', 'Resettlement'),
    ...recoverySteps.map((s) => col(s, recoveryStepName(s, 'vi'), recoveryStepName(s, 'en'), 'date')),
  ],
  rows: (d, name) =>
    d.recovery.map((p) => ({
      xa: name,
      du_an: p.name,
      muc_dich: p.purpose,
      dien_tich: p.area_ha,
      so_ho: p.households,
      loai_dat: p.land_types.join('; '),
      tai_dinh_cu: p.resettlement,
      ...p.timeline,
    })),
};
