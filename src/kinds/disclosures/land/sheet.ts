/**
 * The land price form (bảng giá đất): road or area, segment (từ … đến …), land type, prices at
 * positions 1–4 in the unit above the table (usually nghìn đồng/m²). It becomes
 * bang-gia-dat-<year>.csv and the year's land_prices entry of cong-khai.yaml. Real tables often
 * split the segment into "Từ" and "Đến" columns, or give the land type as a heading row above
 * its roads ("I. Đất ở đô thị"): both are read.
 */
import type { ContentIssue } from '../../../base/content/errors.ts';
import { contentUnit, inUnit, issueAt } from '../../../base/sheets/common.ts';
import { csvFigure, parseCsvText } from '../../../base/sheets/files.ts';
import { isNegative, isZero } from '../../../base/sheets/decimal.ts';
import type { FormColumn, SheetForm } from '../../../base/sheets/form.ts';
import { listValues } from '../../../base/sheets/read.ts';
import { fold } from '../../../base/sheets/text.ts';
import { unitName } from '../../../base/sheets/units.ts';
import { yearlyTableForm } from '../yearly-sheet.ts';
import { priceColumns } from './schema.ts';

const position = (n: number): FormColumn => ({
  key: `position_${n}`,
  header: `Vị trí ${n}`,
  headerEn: `Position ${n}`,
  aliases: [`VT${n}`, `VT ${n}`, `Giá vị trí ${n}`, `Giá đất vị trí ${n}`],
  // "Giá đất theo vị trí" merged over "VT1 … VT4".
  matches: (h) => new RegExp(`(^| )(vi tri|vt) ?${n}$`).test(h),
  type: 'amount',
  width: 12,
});

const columns: FormColumn[] = [
  {
    key: 'road',
    header: 'Tên đường, khu vực',
    headerEn: 'Road or area',
    aliases: [
      'Tên đường',
      'Đường',
      'Tuyến đường',
      'Tên đường phố',
      'Tên đường, phố',
      'Khu vực',
      'Tên đường, đoạn đường',
    ],
    type: 'text',
    width: 30,
  },
  {
    key: 'segment',
    header: 'Đoạn đường (từ … đến …)',
    headerEn: 'Segment (from … to …)',
    aliases: ['Đoạn đường', 'Đoạn', 'Đoạn từ … đến …', 'Giới hạn'],
    type: 'text',
    width: 44,
    help: { vi: 'Để trống nếu giá áp dụng cả tuyến đường.', en: 'Empty when the price applies to the whole road.' },
  },
  {
    key: 'segment_from',
    header: 'Từ',
    headerEn: 'From',
    matches: (h) => /(^| )(doan( duong)? )?tu$/.test(h),
    type: 'text',
    readOnly: true,
  },
  {
    key: 'segment_to',
    header: 'Đến',
    headerEn: 'To',
    matches: (h) => /(^| )(doan( duong)? )?den$/.test(h),
    type: 'text',
    readOnly: true,
  },
  {
    key: 'land_type',
    header: 'Loại đất',
    headerEn: 'Land type',
    aliases: ['Loại đất', 'Mục đích sử dụng'],
    type: 'text',
    values: { list: 'landTypes' },
    width: 26,
  },
  ...[1, 2, 3, 4].map(position),
];

/** Land types of the price tables (Land Law 2024, Decree 71/2024), besides those the content uses. */
const STANDARD_LAND_TYPES = [
  'Đất ở đô thị',
  'Đất ở nông thôn',
  'Đất thương mại, dịch vụ',
  'Đất sản xuất, kinh doanh phi nông nghiệp không phải là đất thương mại, dịch vụ',
  'Đất trồng lúa',
  'Đất trồng cây hằng năm khác',
  'Đất trồng cây lâu năm',
  'Đất rừng sản xuất',
  'Đất nuôi trồng thủy sản',
  'Đất làm muối',
];

export const landPricesForm: SheetForm = yearlyTableForm({
  key: 'bang-gia-dat',
  title: { vi: 'Bảng giá đất', en: 'Land prices' },
  purpose: {
    vi: 'Bảng giá đất áp dụng trên địa bàn xã: tên đường hoặc khu vực, đoạn đường (từ … đến …), loại đất, giá theo vị trí 1–4. Ghi đơn vị tính phía trên bảng (thường là nghìn đồng/m²). Một tệp là một xã, một năm.',
    en: 'The land prices that apply in the commune: road or area, segment (from … to …), land type, price at positions 1–4. State the unit above the table (usually nghìn đồng/m²). One file per commune and year.',
  },
  prefix: 'bang-gia-dat',
  metaKey: 'land_prices',
  metaFields: [
    { key: 'decision', label: 'Quyết định ban hành', labelEn: 'Issuing decision', type: 'text', place: 'info' },
    { key: 'valid_from', label: 'Áp dụng từ ngày', labelEn: 'Applies from', type: 'date', place: 'info' },
    { key: 'published', label: 'Ngày công bố', labelEn: 'Published on', type: 'date', place: 'info' },
  ],
  table: {
    key: 'prices',
    sheet: 'Bảng giá đất',
    title: 'BẢNG GIÁ ĐẤT',
    columns,
    unit: { default: 'nghìn đồng/m²', perSquareMetre: true },
    example: {
      road: 'Đường Lê Lợi (ví dụ)',
      segment: 'Từ ngã tư A đến cầu B',
      land_type: 'Đất ở đô thị',
      position_1: 12000,
    },
    ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
  },
  csvHeader: ['road', 'segment', 'land_type', ...priceColumns],
  rowKey: ['road', 'segment', 'land_type'],
  lists(files) {
    const used = files.list('disclosures').flatMap((commune) =>
      files
        .list(`disclosures/${commune}`)
        .filter((name) => /^bang-gia-dat-\d{4}\.csv$/.test(name))
        .flatMap((name) => {
          const csv = parseCsvText(files.read(`disclosures/${commune}/${name}`) ?? '');
          const at = csv.header.indexOf('land_type');
          return at < 0 ? [] : csv.rows.map((r) => r.cells[at]!);
        }),
    );
    const names = [...new Set([...STANDARD_LAND_TYPES, ...used])].filter(Boolean);
    return { landTypes: names.map((name) => ({ id: name, name })) };
  },
  columnPresent: (field, columns) =>
    field in columns ||
    (field === 'segment' && ('segment_from' in columns || 'segment_to' in columns)) ||
    // A land type given by heading rows is in the file too.
    field === 'land_type',
  unitOf: (entry) => (entry?.unit as string | undefined) ?? 'nghìn đồng/m²',
  entryFromTable: (table, entry) => ({
    unit: (entry?.unit as string | undefined) ?? (table.unit ? unitName(table.unit.value) : 'nghìn đồng/m²'),
  }),
  toRows(read, table, entry, issues: ContentIssue[], lists) {
    const target = contentUnit(
      entry?.unit as string | undefined,
      table.unit ? unitName(table.unit.value) : 'nghìn đồng/m²',
    );
    const landTypes = listValues({ list: 'landTypes' }, lists);
    let heading: string | undefined;
    let road: string | undefined;
    const out: { cells: string[]; from: (typeof table.rows)[number] }[] = [];
    for (const r of table.rows) {
      const v = (k: string) => r.values[k]?.value;
      const prices = priceColumns.map(
        (k) => v(k) as import('../../../base/sheets/decimal.ts').Decimal | null | undefined,
      );
      const hasPrice = prices.some((p) => p !== null && p !== undefined);
      const roadText = v('road') as string | null | undefined;
      if (!hasPrice && roadText && !v('land_type') && !v('segment') && !v('segment_from')) {
        // "I. ĐẤT Ở TẠI ĐÔ THỊ": a heading that gives the land type of the rows below it.
        const name = roadText.replace(/^[IVXLC]+[.)]\s*|^\d+[.)]\s*/, '');
        const plain = (t: string) =>
          fold(t)
            .replace(/\btai\b/g, ' ')
            .replace(/\s+/g, ' ');
        const match = landTypes.find((t) => plain(t) === plain(name));
        if (match) {
          heading = match;
          continue;
        }
        // A road with its segments on the rows below ("1. Đường Lê Duẩn", then "- Đoạn từ…").
        road = roadText;
        continue;
      }
      const landType = (v('land_type') as string | null | undefined) ?? heading;
      const rowRoad = roadText ?? road;
      if (!rowRoad) {
        issues.push(
          issueAt(
            read,
            r.values.road ?? {
              sheet: r.sheet,
              row: r.row,
              column: table.columns.road,
              cell: `${table.columns.road ?? 'A'}${r.row}`,
            },
            'Tên đường, khu vực',
            '(trống / empty)',
            {
              vi: 'tên đường hoặc khu vực',
              en: 'the name of the road or area',
            },
          ),
        );
        continue;
      }
      if (!landType) {
        const col = table.columns.land_type;
        issues.push(
          issueAt(
            read,
            r.values.land_type ?? { sheet: r.sheet, row: r.row, column: col, cell: col ? `${col}${r.row}` : undefined },
            'Loại đất',
            '(trống / empty)',
            {
              vi: `loại đất: ${landTypes.join('; ')}`,
              en: `the land type: ${landTypes.join('; ')}`,
            },
          ),
        );
        continue;
      }
      let segment = (v('segment') as string | null | undefined) ?? null;
      const from = v('segment_from') as string | null | undefined;
      const to = v('segment_to') as string | null | undefined;
      if (!segment && (from || to)) segment = `Từ ${from ?? '…'} đến ${to ?? '…'}`;
      const cells = [rowRoad, segment ?? '', landType];
      let bad = false;
      priceColumns.forEach((k, i) => {
        const p = prices[i];
        if (p && (isNegative(p) || isZero(p))) {
          bad = true;
          issues.push(
            issueAt(read, r.values[k], `Vị trí ${i + 1}`, String(r.values[k]?.value ? csvFigure(p) : p), {
              vi: 'một giá dương (để trống nếu vị trí này không có)',
              en: 'a positive price (empty when the position does not apply)',
            }),
          );
        }
        cells.push(csvFigure(inUnit(p ?? null, table, target)));
      });
      if (!bad) out.push({ cells, from: r });
    }
    return out;
  },
  fromRows(header, rows) {
    return rows.map((cells) =>
      Object.fromEntries(
        header.map((h, i) => [
          h,
          (priceColumns as readonly string[]).includes(h)
            ? cells[i] === ''
              ? null
              : Number(cells[i]!.replace(',', '.'))
            : cells[i] === ''
              ? null
              : cells[i]!,
        ]),
      ),
    );
  },
});
