/**
 * The investment form (kế hoạch đầu tư công của xã, giám sát đầu tư của cộng đồng): for one
 * year, each project with its total investment (in the unit above the table), funding, progress
 * and the community supervision board's result. It becomes the year's entry of `investment` in
 * cong-khai.yaml; a project without supervision yet leaves those three cells empty.
 */
import { slugify } from '../../../base/slug.ts';
import { inUnit } from '../../../base/sheets/common.ts';
import { toNumber } from '../../../base/sheets/decimal.ts';
import type { FormColumn, SheetForm } from '../../../base/sheets/form.ts';
import { yearlyItemsForm } from '../yearly-items.ts';

const columns: FormColumn[] = [
  {
    key: 'id',
    header: 'Mã',
    headerEn: 'Id',
    type: 'text',
    width: 20,
    help: { vi: 'Để trống: cổng tự đặt mã từ tên công trình.', en: 'Leave empty: the portal makes one from the name.' },
  },
  {
    key: 'name',
    header: 'Tên công trình, dự án',
    headerEn: 'Project',
    aliases: ['Tên công trình', 'Tên dự án', 'Công trình, dự án'],
    type: 'text',
    required: true,
    width: 40,
  },
  {
    key: 'total_investment',
    header: 'Tổng mức đầu tư',
    headerEn: 'Total investment',
    aliases: ['Tổng vốn đầu tư', 'Tổng dự toán'],
    type: 'amount',
    required: true,
    width: 16,
  },
  {
    key: 'funding',
    header: 'Nguồn vốn',
    headerEn: 'Funding',
    aliases: ['Nguồn vốn đầu tư'],
    type: 'text',
    required: true,
    width: 36,
  },
  {
    key: 'progress',
    header: 'Tiến độ thực hiện',
    headerEn: 'Progress',
    aliases: ['Tiến độ', 'Tình hình thực hiện'],
    type: 'text',
    required: true,
    width: 36,
  },
  {
    key: 'supervision.board',
    header: 'Ban giám sát',
    headerEn: 'Supervision board',
    aliases: ['Ban giám sát đầu tư của cộng đồng'],
    type: 'text',
    width: 30,
  },
  { key: 'supervision.date', header: 'Ngày giám sát', headerEn: 'Supervised on', type: 'date', width: 14 },
  { key: 'supervision.result', header: 'Kết quả giám sát', headerEn: 'Supervision result', type: 'text', width: 50 },
];

export const investmentForm: SheetForm = yearlyItemsForm({
  key: 'dau-tu',
  title: { vi: 'Đầu tư công và giám sát cộng đồng', en: 'Public investment and community supervision' },
  purpose: {
    vi: 'Các công trình, dự án đầu tư trên địa bàn xã trong năm: tổng mức đầu tư, nguồn vốn, tiến độ và kết quả giám sát đầu tư của cộng đồng (để trống ba cột giám sát nếu chưa giám sát).',
    en: 'The investment projects in the commune for the year: total investment, funding, progress and the result of community supervision (leave the three supervision columns empty when there has been none yet).',
  },
  listKey: 'investment',
  table: {
    key: 'items',
    sheet: 'Đầu tư',
    title: 'DANH MỤC CÔNG TRÌNH, DỰ ÁN ĐẦU TƯ',
    columns,
    unit: { default: 'triệu đồng' },
    example: {
      name: 'Nâng cấp đường liên thôn (ví dụ)',
      total_investment: 3800,
      funding: 'Ngân sách xã',
      progress: 'Đang thi công',
    },
    ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
  },
  toItem(row, table, unit, target) {
    const v = (k: string) => row.values[k]?.value as string | null | undefined;
    const name = String(v('name'));
    const board = v('supervision.board') ?? null;
    const date = v('supervision.date') ?? null;
    const result = v('supervision.result') ?? null;
    return {
      id: v('id') ?? slugify(name),
      name,
      total_investment: toNumber(inUnit(row.values.total_investment?.value, table, target)!),
      unit,
      funding: v('funding'),
      progress: v('progress'),
      supervision: board === null && date === null && result === null ? null : { board, date, result },
    };
  },
  toRow: (item) => {
    const s = item.supervision as Record<string, string> | null;
    return {
      id: item.id as string,
      name: item.name as string,
      total_investment: item.total_investment as number,
      funding: item.funding as string,
      progress: item.progress as string,
      'supervision.board': s?.board ?? null,
      'supervision.date': s?.date ?? null,
      'supervision.result': s?.result ?? null,
    };
  },
});
