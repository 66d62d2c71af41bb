/**
 * Which communes get sample disclosures and how they differ, so the compliance table shows
 * every case (on time, late, missing). Dates are publication dates of the sample set.
 */
import type { Stage } from './budget.ts';

export interface SampleCommune {
  instance: 'quang-tri' | 'bac-ninh';
  id: string;
  /** "xã" or "phường": villages are "Thôn" in a xã, "Khu phố" in a phường. */
  division: 'xã' | 'phường';
  name: string;
  scale: number;
  villages: number;
  roads: { road: string; segment: string | null }[];
  /** Publication dates per budget year and stage; a stage left out is not published. */
  budget: Record<number, Partial<Record<Stage, string>>>;
  poorPublished: string | null;
  landPlanPublished: string | null;
  pricesPublished: string | null;
  investmentPublished: string | null;
  contributionsPublished: string | null;
  antiCorruptionPublished: string | null;
  receptionPublished: string | null;
  full: boolean;
}

const onTime2025 = { estimate: '2025-01-15', exec_3m: '2025-04-10', exec_6m: '2025-07-10', exec_9m: '2025-10-10' };
const full2024 = {
  estimate: '2024-01-12',
  exec_3m: '2024-04-11',
  exec_6m: '2024-07-12',
  exec_9m: '2024-10-11',
  exec_year: '2025-01-14',
};

export const SAMPLE_COMMUNES: SampleCommune[] = [
  {
    instance: 'quang-tri',
    id: 'phuong-dong-ha',
    division: 'phường',
    name: 'Phường Đông Hà',
    scale: 2.1,
    villages: 6,
    roads: [
      { road: 'Đường Lê Duẩn', segment: 'Từ cầu Đông Hà đến ngã tư Lê Lợi' },
      { road: 'Đường Lê Duẩn', segment: 'Từ ngã tư Lê Lợi đến đường Đặng Dung' },
      { road: 'Đường Hùng Vương', segment: 'Từ đường Lê Duẩn đến đường Trần Hưng Đạo' },
      { road: 'Đường Trần Hưng Đạo', segment: null },
      { road: 'Quốc lộ 9', segment: 'Từ ngã tư Sòng đến cầu Đông Hà' },
      { road: 'Đường Đặng Dung', segment: null },
    ],
    budget: { 2024: { ...full2024, settlement: '2025-07-18' }, 2025: onTime2025 },
    poorPublished: '2025-12-20',
    landPlanPublished: '2025-01-20',
    pricesPublished: '2025-01-10',
    investmentPublished: '2025-03-15',
    contributionsPublished: '2025-01-20',
    antiCorruptionPublished: '2025-12-10',
    receptionPublished: '2025-07-05',
    full: true,
  },
  {
    instance: 'quang-tri',
    id: 'xa-cam-lo',
    division: 'xã',
    name: 'Xã Cam Lộ',
    scale: 1.2,
    villages: 5,
    roads: [
      { road: 'Quốc lộ 9', segment: 'Đoạn qua trung tâm xã' },
      { road: 'Đường 2 tháng 4', segment: null },
      { road: 'Đường tỉnh 585', segment: 'Từ Quốc lộ 9 đến cầu Cam Hiếu' },
      { road: 'Đường liên thôn', segment: 'Các tuyến còn lại' },
    ],
    budget: { 2024: { ...full2024, settlement: '2025-08-20' }, 2025: { ...onTime2025, exec_9m: '2025-11-05' } },
    poorPublished: '2025-12-22',
    landPlanPublished: '2025-02-14',
    pricesPublished: '2025-01-22',
    investmentPublished: '2025-03-28',
    contributionsPublished: '2025-01-25',
    antiCorruptionPublished: '2025-12-12',
    receptionPublished: '2025-07-08',
    full: true,
  },
  {
    instance: 'quang-tri',
    id: 'phuong-quang-tri',
    division: 'phường',
    name: 'Phường Quảng Trị',
    scale: 1.5,
    villages: 5,
    roads: [
      { road: 'Đường Trần Hưng Đạo', segment: 'Từ cầu Thạch Hãn đến đường Quang Trung' },
      { road: 'Đường Quang Trung', segment: null },
      { road: 'Đường Hai Bà Trưng', segment: null },
      { road: 'Đường Lê Duẩn', segment: 'Đoạn qua phường' },
    ],
    budget: { 2024: full2024, 2025: { estimate: '2025-01-20', exec_3m: '2025-04-14', exec_6m: '2025-07-30' } },
    poorPublished: '2025-12-28',
    landPlanPublished: null,
    pricesPublished: '2025-01-28',
    investmentPublished: '2025-03-30',
    contributionsPublished: null,
    antiCorruptionPublished: '2025-12-15',
    receptionPublished: '2025-07-10',
    full: true,
  },
  {
    instance: 'quang-tri',
    id: 'xa-gio-linh',
    division: 'xã',
    name: 'Xã Gio Linh',
    scale: 1.1,
    villages: 4,
    roads: [
      { road: 'Quốc lộ 1', segment: 'Đoạn qua thị tứ Gio Linh' },
      { road: 'Đường Trần Hưng Đạo', segment: null },
      { road: 'Đường liên thôn', segment: 'Các tuyến còn lại' },
    ],
    budget: { 2024: { ...full2024, settlement: '2025-09-30' }, 2025: { ...onTime2025, estimate: '2025-02-20' } },
    poorPublished: '2025-12-18',
    landPlanPublished: '2025-01-28',
    pricesPublished: '2025-01-20',
    investmentPublished: '2025-05-06',
    contributionsPublished: '2025-01-30',
    antiCorruptionPublished: null,
    receptionPublished: '2025-07-15',
    full: false,
  },
  {
    instance: 'quang-tri',
    id: 'xa-vinh-linh',
    division: 'xã',
    name: 'Xã Vĩnh Linh',
    scale: 1.3,
    villages: 4,
    roads: [
      { road: 'Quốc lộ 1', segment: 'Đoạn qua trung tâm xã' },
      { road: 'Đường Hùng Vương', segment: null },
      { road: 'Đường liên thôn', segment: 'Các tuyến còn lại' },
    ],
    budget: { 2025: { estimate: '2025-01-25', exec_3m: '2025-04-15', exec_6m: '2025-07-14', exec_9m: '2025-10-14' } },
    poorPublished: null,
    landPlanPublished: '2025-01-30',
    pricesPublished: '2025-01-15',
    investmentPublished: '2025-03-20',
    contributionsPublished: '2025-01-28',
    antiCorruptionPublished: '2025-12-14',
    receptionPublished: null,
    full: false,
  },
  {
    instance: 'bac-ninh',
    id: 'phuong-bac-giang',
    division: 'phường',
    name: 'Phường Bắc Giang',
    scale: 2.4,
    villages: 4,
    roads: [
      { road: 'Đường Nguyễn Văn Cừ', segment: null },
      { road: 'Đường Hùng Vương', segment: 'Từ đường Nguyễn Văn Cừ đến đường Xương Giang' },
      { road: 'Đường Xương Giang', segment: null },
    ],
    budget: { 2025: onTime2025 },
    poorPublished: '2025-12-19',
    landPlanPublished: '2025-01-24',
    pricesPublished: '2025-01-16',
    investmentPublished: null,
    contributionsPublished: null,
    antiCorruptionPublished: '2025-12-11',
    receptionPublished: '2025-07-03',
    full: false,
  },
];
