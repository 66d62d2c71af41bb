/**
 * The portal's sections as sharing sees them: each has a picture for link previews
 * (public/og/<id>.png, made by npm run og-images) and the words on it.
 */
import { routes } from '../base/routes.ts';

export interface ShareSection {
  id: string;
  /** Path prefix of the section's pages (without language prefix). */
  prefix: string;
  title: { vi: string; en: string };
  tagline: { vi: string; en: string };
}

export const shareSections: ShareSection[] = [
  {
    id: 'van-ban',
    prefix: routes.documents(),
    title: { vi: 'Văn bản', en: 'Documents' },
    tagline: { vi: 'Kế hoạch, chỉ thị, công văn đăng toàn văn', en: 'Plans, directives and dispatches in full' },
  },
  {
    id: 'don-vi',
    prefix: routes.units(),
    title: { vi: 'Đơn vị', en: 'Units' },
    tagline: {
      vi: 'Cơ quan, xã, phường trước và sau 1/7/2025',
      en: 'Agencies and communes before and after 1 July 2025',
    },
  },
  {
    id: 'papi',
    prefix: routes.papi(),
    title: { vi: 'Chỉ số PAPI', en: 'PAPI' },
    tagline: {
      vi: 'Hiệu quả quản trị và hành chính công cấp tỉnh',
      en: 'Provincial governance and public administration',
    },
  },
  {
    id: 'ke-hoach',
    prefix: routes.plans(),
    title: { vi: 'Kế hoạch và tiến độ', en: 'Plans and progress' },
    tagline: { vi: 'Ai phải làm gì, đến khi nào, đã làm chưa', en: 'Who must do what by when, and was it done' },
  },
  {
    id: 'cong-khai',
    prefix: routes.disclosures(),
    title: { vi: 'Công khai', en: 'Disclosures' },
    tagline: {
      vi: 'Ngân sách, đất đai và những gì xã phải công khai',
      en: 'Budgets, land and what communes must publish',
    },
  },
  {
    id: 'du-lieu',
    prefix: routes.data(),
    title: { vi: 'Dữ liệu mở', en: 'Open data' },
    tagline: { vi: 'Mọi bảng số liệu dưới dạng CSV và JSON', en: 'Every table as CSV and JSON' },
  },
  {
    id: 'trang-chu',
    prefix: routes.home(),
    title: { vi: 'Chính quyền địa phương minh bạch', en: 'Open local government' },
    tagline: { vi: 'Dân biết, dân bàn, dân làm, dân kiểm tra', en: 'People know, discuss, do and supervise' },
  },
];

/** The section a page belongs to: the longest matching prefix. */
export function sectionOf(path: string): ShareSection {
  return [...shareSections].sort((a, b) => b.prefix.length - a.prefix.length).find((s) => path.startsWith(s.prefix))!;
}
