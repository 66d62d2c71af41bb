/**
 * The poor-household form (hộ nghèo, hộ cận nghèo theo thôn): one row per village with counts
 * only — never names. It becomes ho-ngheo-<year>.csv and the year's poor_households entry of
 * cong-khai.yaml. A "Tổng cộng" row is checked against the villages and not imported.
 */
import type { ContentIssue } from '../../../base/content/errors.ts';
import { issueAt } from '../../../base/sheets/common.ts';
import type { FormColumn, SheetForm } from '../../../base/sheets/form.ts';
import { yearlyTableForm } from '../yearly-sheet.ts';
import { poorCountKeys } from './schema.ts';

const count = (key: string, header: string, headerEn: string, matches: RegExp, aliases: string[] = []): FormColumn => ({
  key,
  header,
  headerEn,
  aliases,
  type: 'count',
  required: true,
  width: 14,
  // Headers merged over two rows: "Hộ nghèo" over "Số hộ" and "Số khẩu".
  matches: (h) => matches.test(h),
});

const columns: FormColumn[] = [
  {
    key: 'village',
    header: 'Thôn, tổ dân phố',
    headerEn: 'Village or residential group',
    aliases: [
      'Thôn',
      'Thôn, xóm',
      'Thôn, bản',
      'Thôn/xóm',
      'Thôn, khu phố',
      'Khu phố',
      'Tổ dân phố',
      'Tên thôn',
      'Địa bàn',
      'Tên thôn, tổ dân phố',
    ],
    type: 'text',
    required: true,
    width: 24,
  },
  count('poor_households', 'Số hộ nghèo', 'Poor households', /^(ho ngheo (so ho|ho)|so ho ngheo|tong so ho ngheo)$/),
  count(
    'poor_persons',
    'Số nhân khẩu hộ nghèo',
    'Persons in poor households',
    /^(ho ngheo (so )?(nhan )?khau|so (nhan )?khau (ho )?ngheo)$/,
  ),
  count(
    'near_poor_households',
    'Số hộ cận nghèo',
    'Near-poor households',
    /^(ho can ngheo (so ho|ho)|so ho can ngheo|tong so ho can ngheo)$/,
  ),
  count(
    'near_poor_persons',
    'Số nhân khẩu hộ cận nghèo',
    'Persons in near-poor households',
    /^(ho can ngheo (so )?(nhan )?khau|so (nhan )?khau (ho )?can ngheo)$/,
  ),
  count(
    'exited_poor_households',
    'Số hộ thoát nghèo',
    'Households out of poverty',
    /^((so )?ho thoat ngheo|thoat ngheo( trong nam)? (so )?ho( ngheo)?)$/,
  ),
  count(
    'exited_near_poor_households',
    'Số hộ thoát cận nghèo',
    'Households out of near-poverty',
    /^((so )?ho thoat can ngheo|thoat (ngheo( trong nam)? )?(so )?ho can ngheo|thoat can ngheo( trong nam)? (so )?ho)$/,
  ),
  { key: 'note', header: 'Ghi chú', headerEn: 'Note', type: 'text', width: 40 },
];

const TOTAL = /^(tong cong|cong|tong so|tong|toan xa|toan phuong)$/;

export const poorHouseholdsForm: SheetForm = yearlyTableForm({
  key: 'ho-ngheo',
  title: { vi: 'Hộ nghèo, hộ cận nghèo', en: 'Poor and near-poor households' },
  purpose: {
    vi: 'Kết quả rà soát hộ nghèo, hộ cận nghèo theo thôn, tổ dân phố: chỉ ghi số hộ, số nhân khẩu — không ghi tên, số định danh hay số điện thoại của ai. Một tệp là một xã, một năm.',
    en: 'Results of the poor and near-poor household review by village: counts only — never names, identity numbers or phone numbers. One file per commune and year.',
  },
  prefix: 'ho-ngheo',
  metaKey: 'poor_households',
  metaFields: [
    { key: 'decision', label: 'Quyết định công nhận', labelEn: 'Recognising decision', type: 'text', place: 'info' },
    { key: 'posted_from', label: 'Niêm yết từ ngày', labelEn: 'Posted from', type: 'date', place: 'info' },
    { key: 'posted_to', label: 'Niêm yết đến ngày', labelEn: 'Posted until', type: 'date', place: 'info' },
    { key: 'published', label: 'Ngày công bố', labelEn: 'Published on', type: 'date', place: 'info' },
  ],
  table: {
    key: 'villages',
    sheet: 'Hộ nghèo',
    title: 'KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO',
    columns,
    example: {
      village: 'Thôn 1 (ví dụ)',
      poor_households: 5,
      poor_persons: 12,
      near_poor_households: 7,
      near_poor_persons: 20,
      exited_poor_households: 1,
      exited_near_poor_households: 0,
    },
    ignore: (h) => /^(stt|tt|so tt)$/.test(h),
  },
  csvHeader: ['village', ...poorCountKeys, 'note'],
  rowKey: ['village'],
  toRows(read, table, _entry, issues: ContentIssue[]) {
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd')
        .toLowerCase()
        .trim();
    const villages = table.rows.filter((r) => !TOTAL.test(fold(String(r.values.village?.value ?? ''))));
    const total = table.rows.find((r) => TOTAL.test(fold(String(r.values.village?.value ?? ''))));
    if (total) {
      for (const key of poorCountKeys) {
        const stated = total.values[key]?.value;
        const sum = villages.reduce((s, r) => s + ((r.values[key]?.value as number | undefined) ?? 0), 0);
        if (typeof stated === 'number' && stated !== sum)
          issues.push(
            issueAt(read, total.values[key], columns.find((c) => c.key === key)!.header, stated, {
              vi: `tổng các thôn = ${sum}`,
              en: `the sum of the villages = ${sum}`,
            }),
          );
      }
    }
    return villages.map((r) => ({
      from: r,
      cells: [
        String(r.values.village?.value ?? ''),
        ...poorCountKeys.map((k) =>
          r.values[k]?.value === undefined || r.values[k]?.value === null ? '' : String(r.values[k]!.value),
        ),
        String(r.values.note?.value ?? ''),
      ],
    }));
  },
  fromRows(header, rows) {
    return rows.map((cells) =>
      Object.fromEntries(
        header.map((h, i) => [
          h,
          (poorCountKeys as readonly string[]).includes(h) ? Number(cells[i]) : cells[i] === '' ? null : cells[i]!,
        ]),
      ),
    );
  },
});
