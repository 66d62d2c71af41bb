/**
 * The voluntary contributions form (đóng góp tự nguyện): for one year, what was mobilised for
 * each purpose and what was spent, in the unit above the table. It becomes the year's entry of
 * `contributions` in cong-khai.yaml.
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
    width: 22,
    help: {
      vi: 'Để trống: cổng tự đặt mã từ nội dung. Giữ nguyên mã đã có khi sửa số liệu.',
      en: 'Leave empty: the portal makes one from the purpose. Keep an existing id when correcting figures.',
    },
  },
  {
    key: 'purpose',
    header: 'Nội dung huy động',
    headerEn: 'Purpose',
    aliases: ['Nội dung', 'Mục đích huy động', 'Tên khoản đóng góp'],
    type: 'text',
    required: true,
    width: 40,
  },
  {
    key: 'mobilised',
    header: 'Số đã huy động',
    headerEn: 'Mobilised',
    aliases: ['Số huy động', 'Số vận động được', 'Đã huy động'],
    type: 'amount',
    required: true,
    width: 16,
  },
  {
    key: 'spent',
    header: 'Số đã sử dụng',
    headerEn: 'Spent',
    aliases: ['Số đã chi', 'Đã sử dụng', 'Số sử dụng'],
    type: 'amount',
    required: true,
    width: 16,
  },
];

export const contributionsForm: SheetForm = yearlyItemsForm({
  key: 'dong-gop',
  title: { vi: 'Đóng góp tự nguyện của nhân dân', en: 'Voluntary contributions' },
  purpose: {
    vi: 'Kết quả huy động và sử dụng các khoản đóng góp tự nguyện của nhân dân trong một năm: nội dung, số đã huy động, số đã sử dụng.',
    en: 'What residents contributed voluntarily in one year and how it was used: purpose, amount mobilised, amount spent.',
  },
  listKey: 'contributions',
  table: {
    key: 'items',
    sheet: 'Đóng góp',
    title: 'KẾT QUẢ HUY ĐỘNG, SỬ DỤNG CÁC KHOẢN ĐÓNG GÓP TỰ NGUYỆN',
    columns,
    unit: { default: 'triệu đồng' },
    example: { id: null, purpose: 'Bê tông hóa đường thôn (ví dụ)', mobilised: 420, spent: 398 },
    ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
  },
  toItem(row, table, unit, target) {
    const v = (k: string) => row.values[k]?.value;
    const purpose = String(v('purpose'));
    const amount = (k: string) => toNumber(inUnit(v(k), table, target)!);
    return {
      id: (v('id') as string | null) ?? slugify(purpose),
      purpose,
      mobilised: amount('mobilised'),
      spent: amount('spent'),
      unit,
    };
  },
  toRow: (item) => ({
    id: item.id as string,
    purpose: item.purpose as string,
    mobilised: item.mobilised as number,
    spent: item.spent as number,
  }),
});
