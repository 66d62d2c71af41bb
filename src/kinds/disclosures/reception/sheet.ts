/**
 * The citizen-reception form (lịch tiếp công dân, đường dây nóng): the schedule that applies
 * from a day (each row a day and time, the title of who receives — never a name — the place and
 * the office's landline), and the hotlines. It becomes the `reception` entry that starts that day
 * and the `hotlines` of cong-khai.yaml.
 */
import type { FormColumn, FormField, SheetForm } from '../../../base/sheets/form.ts';
import { itemFromRow, rowFromItem } from '../../../base/sheets/items.ts';
import { communeYamlForm, placeOf, required, upsert } from '../yaml-sheet.ts';

const schedule: FormColumn[] = [
  {
    key: 'day',
    header: 'Ngày tiếp',
    headerEn: 'Day',
    aliases: ['Thời gian', 'Ngày'],
    type: 'text',
    required: true,
    width: 26,
  },
  { key: 'time', header: 'Giờ tiếp', headerEn: 'Time', aliases: ['Giờ'], type: 'text', required: true, width: 22 },
  {
    key: 'person_title',
    header: 'Người tiếp (chức danh)',
    headerEn: 'Received by (title)',
    aliases: ['Người tiếp', 'Chức danh', 'Chức danh người tiếp'],
    type: 'text',
    required: true,
    width: 30,
    help: { vi: 'Ghi chức danh, không ghi họ tên.', en: 'A title, not a name.' },
  },
  { key: 'place', header: 'Địa điểm', headerEn: 'Place', type: 'text', required: true, width: 44 },
  {
    key: 'office_phone',
    header: 'Điện thoại cơ quan',
    headerEn: 'Office phone',
    aliases: ['Điện thoại', 'Số điện thoại'],
    type: 'text',
    width: 18,
    help: {
      vi: 'Số máy bàn của cơ quan, không ghi số di động cá nhân; để trống nếu chưa công bố.',
      en: "The office's landline, never a personal mobile; empty if not published.",
    },
  },
];

const hotlines: FormColumn[] = [
  {
    key: 'name',
    header: 'Nơi nhận',
    headerEn: 'Reaches',
    aliases: ['Tên', 'Đơn vị', 'Cơ quan'],
    type: 'text',
    required: true,
    width: 40,
  },
  {
    key: 'phone',
    header: 'Số điện thoại',
    headerEn: 'Phone',
    aliases: ['Điện thoại', 'Số đường dây nóng'],
    type: 'text',
    width: 18,
    help: {
      vi: 'Số máy bàn hoặc số đường dây nóng của cơ quan; để trống nếu chưa công bố.',
      en: "The body's landline or hotline number; empty if not published.",
    },
  },
  {
    key: 'hours',
    header: 'Thời gian nghe máy',
    headerEn: 'Hours',
    aliases: ['Thời gian', 'Giờ nghe máy'],
    type: 'text',
    required: true,
    width: 24,
  },
];

/** How to reach the commune (`contact` in cong-khai.yaml), on the "Thông tin" sheet. */
const contactFields: (FormField & { key: `contact_${string}` })[] = [
  { key: 'contact_address', label: 'Địa chỉ trụ sở', labelEn: 'Office address', type: 'text', place: 'info' },
  {
    key: 'contact_phone',
    label: 'Điện thoại cơ quan',
    labelEn: 'Office phone',
    type: 'text',
    place: 'info',
    help: {
      vi: 'Số máy bàn của cơ quan (0 + mã vùng), không ghi số di động cá nhân; để trống nếu chưa công bố.',
      en: "The office's landline (0 + area code), never a personal mobile; empty if not published.",
    },
  },
  {
    key: 'contact_hotline',
    label: 'Đường dây nóng',
    labelEn: 'Hotline',
    type: 'text',
    place: 'info',
    help: { vi: 'Số máy bàn hoặc 1800/1900 của cơ quan.', en: "The body's landline or 1800/1900 number." },
  },
  { key: 'contact_email', label: 'Thư điện tử', labelEn: 'E-mail', type: 'text', place: 'info' },
  {
    key: 'contact_reception_days',
    label: 'Ngày tiếp công dân (bằng lời)',
    labelEn: 'Reception days (in words)',
    type: 'text',
    place: 'info',
    help: { vi: 'Ví dụ: Thứ Năm hằng tuần, 7 giờ 30 – 11 giờ.', en: 'E.g. every Thursday, 7:30 – 11:00.' },
  },
  {
    key: 'contact_feedback_url',
    label: 'Hệ thống tiếp nhận phản ánh, kiến nghị',
    labelEn: 'Reports and petitions system',
    type: 'text',
    place: 'info',
    help: { vi: 'Địa chỉ bắt đầu bằng https://', en: 'An address starting with https://' },
  },
  {
    key: 'contact_zalo_url',
    label: 'Zalo Official Account',
    labelEn: 'Zalo Official Account',
    type: 'text',
    place: 'info',
    help: { vi: 'Địa chỉ https://zalo.me/… của cơ quan.', en: "The body's https://zalo.me/… address." },
  },
];
const channelOf = (key: string) => key.slice('contact_'.length);

type Reception = {
  valid_from: string;
  valid_to: string | null;
  published: string;
  schedule: Record<string, unknown>[];
};

export const receptionForm: SheetForm = communeYamlForm({
  key: 'tiep-cong-dan',
  title: { vi: 'Lịch tiếp công dân và đường dây nóng', en: 'Citizen reception and hotlines' },
  purpose: {
    vi: 'Lịch tiếp công dân của xã áp dụng từ một ngày (ngày, giờ, chức danh người tiếp, địa điểm, điện thoại cơ quan) và các số đường dây nóng. Không ghi họ tên hay số di động cá nhân.',
    en: "The commune's citizen-reception schedule from a given day (day, time, title of who receives, place, office phone) and its hotlines. Never a person's name or personal mobile number.",
  },
  file: 'cong-khai.yaml',
  fields: [
    { key: 'valid_from', label: 'Áp dụng từ ngày', labelEn: 'Applies from', type: 'date', place: 'info' },
    {
      key: 'valid_to',
      label: 'Áp dụng đến ngày',
      labelEn: 'Applies until',
      type: 'date',
      place: 'info',
      help: { vi: 'Để trống nếu áp dụng đến khi có lịch mới.', en: 'Empty while it applies until replaced.' },
    },
    { key: 'published', label: 'Ngày công bố', labelEn: 'Published on', type: 'date', place: 'info' },
    ...contactFields,
  ],
  tables: [
    {
      key: 'schedule',
      sheet: 'Lịch tiếp công dân',
      title: 'LỊCH TIẾP CÔNG DÂN',
      columns: schedule,
      example: {
        day: 'Thứ Năm hằng tuần (ví dụ)',
        time: '7 giờ 30 – 11 giờ 00',
        person_title: 'Chủ tịch UBND xã',
        place: 'Trụ sở UBND xã',
        // No made-up number, even as an example: the column's note says what to write.
        office_phone: null,
      },
      ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
    },
    {
      key: 'hotlines',
      sheet: 'Đường dây nóng',
      title: 'ĐƯỜNG DÂY NÓNG',
      columns: hotlines,
      example: { name: 'Văn phòng HĐND và UBND xã (ví dụ)', phone: null, hours: 'Giờ hành chính' },
      ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
    },
  ],
  fromFile(value) {
    const info = value as {
      reception?: Reception[];
      hotlines?: Record<string, unknown>[];
      contact?: Record<string, string | null>;
    };
    const contact = Object.fromEntries(contactFields.map((f) => [f.key, info.contact?.[channelOf(f.key)] ?? null]));
    return (info.reception ?? []).map((r) => ({
      name: r.valid_from,
      fields: { valid_from: r.valid_from, valid_to: r.valid_to, published: r.published, ...contact },
      tables: {
        schedule: r.schedule.map((s) => rowFromItem(s, schedule)),
        hotlines: (info.hotlines ?? []).map((h) => rowFromItem(h, hotlines)),
      },
    }));
  },
  toFile(read, value, issues, _lists, places) {
    const info = value as Record<string, unknown> & { reception?: Reception[]; hotlines?: Record<string, unknown>[] };
    const out = { ...info };
    const table = read.tables.schedule;
    const validFrom = read.fields.valid_from?.value as string | null | undefined;
    if (table?.rows.length || validFrom) {
      const old = (info.reception ?? []).find((r) => r.valid_from === validFrom);
      const from = required<string>(
        read,
        'valid_from',
        { vi: 'Áp dụng từ ngày', en: 'Applies from' },
        undefined,
        issues,
      );
      const published = required<string>(
        read,
        'published',
        { vi: 'Ngày công bố', en: 'Published on' },
        old?.published,
        issues,
      );
      if (from && published && table) {
        const entry: Reception = {
          valid_from: from,
          valid_to: (read.fields.valid_to?.value as string | null | undefined) ?? old?.valid_to ?? null,
          published,
          schedule: table.rows.map((row) => itemFromRow(row, schedule, table)),
        };
        out.reception = upsert(
          (info.reception ?? []) as Record<string, unknown>[],
          entry,
          (r) => r.valid_from,
        ) as Reception[];
        const at = out.reception.findIndex((r) => r.valid_from === from);
        table.rows.forEach((row, j) => places.push(placeOf(['reception', at, 'schedule', j], row, table)));
      }
    }
    // The contact cells a file has (a template of before they existed has none: contact kept).
    const given = contactFields.filter((f) => read.fields[f.key] !== undefined);
    const anyValue = given.some((f) => read.fields[f.key]!.value != null);
    // Empty cells keep a file without a contact entry as it was: no block of nulls is added.
    if (given.length && (info.contact !== undefined || anyValue)) {
      const old = (info.contact ?? {}) as Record<string, unknown>;
      const contact: Record<string, unknown> = { ...old };
      for (const f of given) {
        const cell = read.fields[f.key]!;
        contact[channelOf(f.key)] = cell.value ?? null;
        if (cell.row !== undefined && cell.column)
          places.push({
            path: ['contact', channelOf(f.key)],
            sheet: cell.sheet,
            row: cell.row,
            columns: { [`contact.${channelOf(f.key)}`]: cell.column },
          });
      }
      out.contact = contact;
    }
    const lines = read.tables.hotlines;
    if (lines?.rows.length) {
      out.hotlines = lines.rows.map((row) => itemFromRow(row, hotlines, lines));
      lines.rows.forEach((row, j) => places.push(placeOf(['hotlines', j], row, lines)));
    }
    return out;
  },
});
