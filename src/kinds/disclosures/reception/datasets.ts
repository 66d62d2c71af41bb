/** The citizen-reception schedules and hotlines of every commune, as open data. */
import { routes } from '../../../base/routes.ts';
import { shownPhone } from '../../../base/contact/show.ts';
import { col, communeColumn, type CommuneTable } from '../tables.ts';

export const receptionTable: CommuneTable = {
  id: 'lich-tiep-cong-dan',
  page: routes.disclosures(),
  title: { vi: 'Lịch tiếp công dân và đường dây nóng', en: 'Citizen reception and hotlines' },
  description: () => ({
    vi: 'Ngày, giờ, chức danh người tiếp, nơi tiếp và điện thoại cơ quan; đường dây nóng.',
    en: 'Day, time, title of the official, place and office phone; hotlines.',
  }),
  columns: [
    communeColumn,
    col('loai', 'Loại (tiếp dân / đường dây nóng)', 'Kind (reception / hotline)'),
    col('ngay', 'Ngày', 'Day'),
    col('gio', 'Giờ', 'Time'),
    col('nguoi_tiep', 'Chức danh người tiếp / nơi nhận', 'Title / who answers'),
    col('noi_tiep', 'Nơi tiếp', 'Place'),
    col('dien_thoai', 'Điện thoại cơ quan', 'Office phone'),
  ],
  rows: (d, name) => [
    ...d.info.reception.flatMap((r) =>
      r.schedule.map((s) => ({
        xa: name,
        loai: 'tiếp công dân',
        ngay: s.day,
        gio: s.time,
        nguoi_tiep: s.person_title,
        noi_tiep: s.place,
        dien_thoai: shownPhone(s.office_phone, d.info.sample),
      })),
    ),
    ...d.info.hotlines.map((h) => ({
      xa: name,
      loai: 'đường dây nóng',
      ngay: null,
      gio: h.hours,
      nguoi_tiep: h.name,
      noi_tiep: null,
      dien_thoai: shownPhone(h.phone, d.info.sample),
    })),
  ],
};
