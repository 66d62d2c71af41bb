/**
 * The land recovery form (thu hồi đất): one row per project (purpose, decision, area, households
 * affected — a count, never names —, land types, resettlement, the day of each step, publication)
 * and the compensation rates per land type on a second sheet, in the unit above it. It becomes
 * thu-hoi-dat.yaml: a project of the file replaces the one with the same id, others stay.
 */
import type { ContentIssue } from '../../../base/content/errors.ts';
import { contentUnit, inUnit, issueAt } from '../../../base/sheets/common.ts';
import { toNumber } from '../../../base/sheets/decimal.ts';
import type { FormColumn, SheetForm } from '../../../base/sheets/form.ts';
import { itemFromRow, rowFromItem } from '../../../base/sheets/items.ts';
import { unitName } from '../../../base/sheets/units.ts';
import { slugify } from '../../../base/slug.ts';
import { communeYamlForm, placeOf, upsert } from '../yaml-sheet.ts';
import { recoverySteps } from './schema.ts';

const STEP_VI: Record<(typeof recoverySteps)[number], [string, string]> = {
  notice: ['Ngày thông báo thu hồi', 'Notice'],
  inventory: ['Ngày kiểm đếm', 'Inventory'],
  plan_posted: ['Ngày niêm yết phương án', 'Plan posted'],
  approval: ['Ngày phê duyệt phương án', 'Plan approved'],
  payment: ['Ngày chi trả', 'Payment'],
  handover: ['Ngày bàn giao mặt bằng', 'Handover'],
};

const projects: FormColumn[] = [
  {
    key: 'id',
    header: 'Mã dự án',
    headerEn: 'Project id',
    type: 'text',
    width: 24,
    help: { vi: 'Để trống: cổng tự đặt mã từ tên dự án.', en: 'Leave empty: the portal makes one from the name.' },
  },
  {
    key: 'name',
    header: 'Tên dự án',
    headerEn: 'Project',
    aliases: ['Tên công trình, dự án', 'Dự án'],
    type: 'text',
    required: true,
    width: 40,
  },
  {
    key: 'purpose',
    header: 'Mục đích thu hồi',
    headerEn: 'Purpose',
    aliases: ['Mục đích'],
    type: 'text',
    required: true,
    width: 36,
  },
  { key: 'decision', header: 'Quyết định thu hồi', headerEn: 'Recovery decision', type: 'text', width: 40 },
  {
    key: 'area_ha',
    header: 'Diện tích (ha)',
    headerEn: 'Area (ha)',
    aliases: ['Diện tích thu hồi (ha)'],
    type: 'number',
    required: true,
    width: 12,
  },
  {
    key: 'households',
    header: 'Số hộ bị ảnh hưởng',
    headerEn: 'Households affected',
    aliases: ['Số hộ', 'Số hộ bị thu hồi đất'],
    type: 'count',
    required: true,
    width: 12,
  },
  {
    key: 'land_types',
    header: 'Loại đất thu hồi',
    headerEn: 'Land types',
    aliases: ['Loại đất'],
    type: 'text',
    list: true,
    required: true,
    width: 36,
    help: { vi: 'Các loại đất cách nhau bằng dấu chấm phẩy ";".', en: 'Land types separated by ";".' },
  },
  {
    key: 'resettlement',
    header: 'Bố trí tái định cư',
    headerEn: 'Resettlement',
    aliases: ['Tái định cư'],
    type: 'text',
    width: 40,
  },
  ...recoverySteps.map((step): FormColumn => ({
    key: `timeline.${step}`,
    header: STEP_VI[step][0],
    headerEn: STEP_VI[step][1],
    type: 'date',
    width: 14,
  })),
  { key: 'published', header: 'Ngày công bố', headerEn: 'Published on', type: 'date', required: true, width: 14 },
];

const compensation: FormColumn[] = [
  { key: 'project', header: 'Mã dự án', headerEn: 'Project id', type: 'text', required: true, width: 24 },
  { key: 'land_type', header: 'Loại đất', headerEn: 'Land type', type: 'text', required: true, width: 30 },
  {
    key: 'rate',
    header: 'Đơn giá bồi thường',
    headerEn: 'Compensation rate',
    aliases: ['Đơn giá', 'Giá bồi thường'],
    type: 'amount',
    required: true,
    width: 16,
  },
];

type Project = Record<string, unknown> & {
  id: string;
  compensation?: { land_type: string; rate: number; unit: string }[];
};

export const landRecoveryForm: SheetForm = communeYamlForm({
  key: 'thu-hoi-dat',
  title: { vi: 'Thu hồi đất', en: 'Land recovery' },
  purpose: {
    vi: 'Các dự án thu hồi đất trên địa bàn xã: mục đích, quyết định, diện tích, số hộ bị ảnh hưởng (chỉ ghi số hộ), loại đất, tái định cư, ngày của từng bước (thông báo → kiểm đếm → niêm yết phương án → phê duyệt → chi trả → bàn giao) và đơn giá bồi thường theo loại đất.',
    en: 'Land recovery projects in the commune: purpose, decision, area, households affected (a count only), land types, resettlement, the day of each step (notice → inventory → plan posted → approval → payment → handover) and the compensation rate per land type.',
  },
  file: 'thu-hoi-dat.yaml',
  initial: [],
  fields: [],
  tables: [
    {
      key: 'projects',
      sheet: 'Dự án',
      title: 'CÁC DỰ ÁN THU HỒI ĐẤT',
      columns: projects,
      example: {
        name: 'Mở rộng đường liên xã (ví dụ)',
        purpose: 'Mở rộng mặt đường',
        area_ha: 1.2,
        households: 12,
        land_types: 'Đất ở nông thôn; Đất trồng lúa',
        published: '01/03/2025',
      },
      ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
    },
    {
      key: 'compensation',
      sheet: 'Bồi thường',
      title: 'ĐƠN GIÁ BỒI THƯỜNG THEO LOẠI ĐẤT',
      columns: compensation,
      unit: { default: 'nghìn đồng/m²', perSquareMetre: true },
      example: { project: 'mo-rong-duong-lien-xa', land_type: 'Đất trồng lúa (ví dụ)', rate: 60 },
      ignore: (h) => /^(stt|tt|so tt|ghi chu)$/.test(h),
    },
  ],
  fromFile(value) {
    const list = (value ?? []) as Project[];
    if (!list.length) return [];
    const unit = list.flatMap((p) => p.compensation ?? [])[0]?.unit;
    return [
      {
        name: '',
        fields: {},
        tables: {
          projects: list.map((p) => rowFromItem(p, projects)),
          compensation: list.flatMap((p) =>
            (p.compensation ?? []).map((c) => ({ project: p.id, land_type: c.land_type, rate: c.rate })),
          ),
        },
        ...(unit ? { units: { compensation: unit } } : {}),
      },
    ];
  },
  toFile(read, value, issues: ContentIssue[], _lists, places) {
    let list = [...((value ?? []) as Project[])];
    const table = read.tables.projects;
    if (!table) return value;
    const rates = read.tables.compensation;
    const made = new Set<string>();
    for (const row of table.rows) {
      const item = itemFromRow(row, projects, table);
      const id = (item.id as string | null) ?? slugify(String(item.name));
      made.add(id);
      const old = list.find((p) => p.id === id);
      // Rates keep the unit the project uses; a new project the unit of the others, else the file's.
      const oldUnit = old?.compensation?.[0]?.unit ?? list.flatMap((p) => p.compensation ?? [])[0]?.unit;
      const unit = oldUnit ?? (rates?.unit ? unitName(rates.unit.value) : 'nghìn đồng/m²');
      const target = contentUnit(unit, 'nghìn đồng/m²');
      const own = rates?.rows.filter((r) => r.values.project?.value === id) ?? [];
      const project: Project = {
        id,
        name: item.name,
        purpose: item.purpose,
        decision: item.decision ?? null,
        area_ha: item.area_ha,
        households: item.households,
        land_types: item.land_types,
        compensation: rates
          ? own.map((r) => ({
              land_type: String(r.values.land_type!.value),
              rate: toNumber(inUnit(r.values.rate!.value, rates, target)!),
              unit,
            }))
          : (old?.compensation ?? []),
        resettlement: item.resettlement ?? null,
        timeline: item.timeline,
        published: item.published,
      };
      list = upsert(list, project, (p) => p.id) as Project[];
      const at = list.findIndex((p) => p.id === id);
      places.push(placeOf([at], row, table));
      if (rates) own.forEach((r, j) => places.push(placeOf([at, 'compensation', j], r, rates)));
    }
    for (const r of rates?.rows ?? []) {
      const id = r.values.project?.value as string;
      if (!made.has(id))
        issues.push(
          issueAt(read, r.values.project, 'Mã dự án', id, {
            vi: 'mã của một dự án có trên trang "Dự án"',
            en: 'the id of a project on the sheet "Dự án"',
          }),
        );
    }
    return list;
  },
});
