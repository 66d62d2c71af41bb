/**
 * The budget form officials fill in Excel (ngân sách xã): one sheet of lines (STT, Nội dung,
 * one column per stage: dự toán, thực hiện 3/6/9 tháng và cả năm, quyết toán) and one of the
 * stages published (date, document, the totals it states), with the unit above each table. It
 * becomes ngan-sach-<year>.csv and ngan-sach-<year>.yaml. Real files carry one or a few stage
 * columns: those replace the stage's figures, the other stages stay as they were.
 */
import { parse as parseYaml } from 'yaml';
import type { ContentIssue } from '../../../base/content/errors.ts';
import {
  communeField,
  communeOf,
  contentUnit,
  inUnit,
  issueAt,
  yearField,
  yearOf,
} from '../../../base/sheets/common.ts';
import { fromPlain, toNumber, toVietnamese, type Decimal } from '../../../base/sheets/decimal.ts';
import {
  csvFigure,
  deepEqual,
  parseCsvText,
  writeCsvText,
  writeYamlText,
  yamlChanges,
} from '../../../base/sheets/files.ts';
import { outline, shownCode } from '../../../base/sheets/codes.ts';
import type { FileChange, FilledForm, FormColumn, SheetForm } from '../../../base/sheets/form.ts';
import { unitName } from '../../../base/sheets/units.ts';
import { budgetStages, type BudgetStage } from './schema.ts';

const STAGE_VI: Record<BudgetStage, string> = {
  estimate: 'Dự toán năm',
  exec_3m: 'Thực hiện 3 tháng',
  exec_6m: 'Thực hiện 6 tháng',
  exec_9m: 'Thực hiện 9 tháng',
  exec_year: 'Thực hiện cả năm',
  settlement: 'Quyết toán',
};
const STAGE_EN: Record<BudgetStage, string> = {
  estimate: 'Estimate',
  exec_3m: 'Execution, 3 months',
  exec_6m: 'Execution, 6 months',
  exec_9m: 'Execution, 9 months',
  exec_year: 'Execution, year',
  settlement: 'Settlement',
};

/** The period a generic "Ước thực hiện" column is for, from the title ("… 6 THÁNG ĐẦU NĂM 2025"). */
function periodOf(notes: string): BudgetStage {
  if (/\b(3 thang|quy i|quy 1)\b/.test(notes)) return 'exec_3m';
  if (/\b6 thang\b/.test(notes)) return 'exec_6m';
  if (/\b9 thang\b/.test(notes)) return 'exec_9m';
  return 'exec_year';
}

const EXEC = '(?:uoc )?(?:thuc hien|uoc th|th)';
const periodWords: Record<BudgetStage, string> = {
  estimate: '',
  exec_3m: '(?:3 thang|quy i|quy 1)(?: dau nam)?',
  exec_6m: '6 thang(?: dau nam)?',
  exec_9m: '9 thang(?: dau nam)?',
  exec_year: '(?:ca nam|nam)',
  settlement: '',
};

function stageColumn(stage: BudgetStage): FormColumn {
  const base = { key: stage, header: STAGE_VI[stage], headerEn: STAGE_EN[stage], type: 'amount' as const, width: 14 };
  if (stage === 'estimate')
    return {
      ...base,
      aliases: ['Dự toán', 'Dự toán được giao', 'Dự toán HĐND giao', 'Dự toán HĐND quyết định'],
      matches: (h) => /(^| )du toan( nam)?( \d{4})?( (duoc giao|hdnd.*))?$/.test(h),
    };
  if (stage === 'settlement')
    return {
      ...base,
      aliases: ['Quyết toán năm', 'Số quyết toán', 'Quyết toán được duyệt'],
      matches: (h) => /(^| )quyet toan( nam)?( \d{4})?( duoc duyet)?$/.test(h),
    };
  const specific = new RegExp(`(^| )${EXEC} ${periodWords[stage]}( nam)?( \\d{4})?$`);
  return {
    ...base,
    aliases: [`Ước thực hiện ${STAGE_VI[stage].slice('Thực hiện '.length)}`],
    // "Ước thực hiện" alone: the period the title names.
    matches: (h, { notes }) =>
      specific.test(h) || (new RegExp(`(^| )${EXEC}( nam \\d{4})?$`).test(h) && periodOf(notes) === stage),
  };
}

const lineColumns: FormColumn[] = [
  {
    key: 'code',
    header: 'STT',
    headerEn: 'Line code',
    aliases: ['Số TT', 'TT', 'Mã số', 'Mã', 'Số thứ tự'],
    type: 'code',
    width: 7,
    help: {
      vi: 'Mã dòng như trên biểu: A, B (tổng thu, tổng chi), I, II…, 1, 2…, 1.1, a, b…, "-". Dòng cha là dòng phía trên có cấp cao hơn.',
      en: 'The line code as on the form: A, B (total revenue, spending), I, II…, 1, 2…, 1.1, a, b…, "-". A line belongs to the nearest line above it of a higher level.',
    },
  },
  {
    key: 'name',
    header: 'Nội dung',
    headerEn: 'Line',
    aliases: ['Nội dung thu', 'Nội dung chi', 'Nội dung thu, chi', 'Chỉ tiêu', 'Tên chỉ tiêu', 'Khoản mục'],
    type: 'text',
    required: true,
    width: 48,
  },
  ...budgetStages.map(stageColumn),
];

const stageColumns: FormColumn[] = [
  {
    key: 'stage',
    header: 'Giai đoạn',
    headerEn: 'Stage',
    type: 'text',
    required: true,
    values: budgetStages.map((s) => STAGE_VI[s]),
    width: 20,
  },
  { key: 'published', header: 'Ngày công bố', headerEn: 'Published on', type: 'date', width: 14 },
  { key: 'document', header: 'Văn bản', headerEn: 'Document', type: 'text', width: 60 },
  {
    key: 'revenue_total',
    header: 'Tổng thu văn bản ghi',
    headerEn: 'Total revenue the document states',
    type: 'amount',
    width: 16,
  },
  {
    key: 'spending_total',
    header: 'Tổng chi văn bản ghi',
    headerEn: 'Total spending the document states',
    type: 'amount',
    width: 16,
  },
];

interface Meta {
  sample: boolean;
  year: number;
  unit: string;
  rounding: number;
  explanation: string | null;
  source: string;
  variance_threshold_percent?: number;
  stages: Partial<
    Record<BudgetStage, { published: string; document: string; revenue_total: number; spending_total: number }>
  >;
}

const CSV_HEADER = ['code', 'parent', 'name', ...budgetStages];

function number(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const d = fromPlain(t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t);
  return d ? toNumber(d) : Number(t);
}

function budgetFiles(files: { list(dir: string): string[] }) {
  return files.list('disclosures').flatMap((commune) =>
    files
      .list(`disclosures/${commune}`)
      .map((name) => /^ngan-sach-(\d{4})\.yaml$/.exec(name))
      .filter((m) => m !== null)
      .map((m) => ({ commune, year: Number(m[1]) })),
  );
}

export const budgetForm: SheetForm = {
  key: 'ngan-sach',
  title: { vi: 'Ngân sách xã', en: 'Commune budget' },
  purpose: {
    vi: 'Công khai ngân sách xã: dự toán, thực hiện 3, 6, 9 tháng và cả năm, quyết toán. Mỗi tệp là một xã, một năm. Trang "Ngân sách" ghi các dòng thu, chi; trang "Công bố" ghi ngày công bố, văn bản và tổng thu, tổng chi văn bản ghi của từng giai đoạn đã công bố.',
    en: 'Commune budget disclosure: estimate, execution at 3, 6, 9 months and the year, settlement. One file per commune and year. The sheet "Ngân sách" has the revenue and spending lines; the sheet "Công bố" has, for each stage published, the date, the document and the totals it states.',
  },
  fields: [
    communeField,
    yearField,
    {
      key: 'rounding',
      label: 'Làm tròn đến',
      labelEn: 'Rounded to',
      type: 'number',
      place: 'info',
      help: { vi: 'Số liệu làm tròn đến: 1 (đơn vị), 0,1…', en: 'Figures are rounded to: 1 (whole units), 0.1…' },
    },
    { key: 'explanation', label: 'Thuyết minh', labelEn: 'Explanation', type: 'text', place: 'info' },
    { key: 'source', label: 'Nguồn số liệu', labelEn: 'Source of the figures', type: 'text', place: 'info' },
    {
      key: 'sample',
      label: 'Dữ liệu minh họa',
      labelEn: 'Sample data',
      type: 'boolean',
      values: ['Có', 'Không'],
      place: 'info',
    },
    {
      key: 'variance_threshold_percent',
      label: 'Ngưỡng chênh lệch cần giải thích (%)',
      labelEn: 'Variance to explain beyond (%)',
      type: 'number',
      place: 'info',
    },
  ],
  folders: ['disclosures'],
  tables: [
    {
      key: 'lines',
      sheet: 'Ngân sách',
      title: 'CÔNG KHAI NGÂN SÁCH XÃ',
      columns: lineColumns,
      unit: { default: 'triệu đồng' },
      example: { code: 'A', name: 'Tổng thu ngân sách xã (ví dụ)', estimate: 1000 },
      ignore: (h) => /so sanh|%|ty le|cung ky|ghi chu/.test(h),
    },
    {
      key: 'stages',
      sheet: 'Công bố',
      title: 'CÁC GIAI ĐOẠN ĐÃ CÔNG BỐ',
      columns: stageColumns,
      unit: { default: 'triệu đồng' },
      example: { stage: 'Dự toán năm', published: '15/01/2025', document: 'Nghị quyết số …/NQ-HĐND ngày … (ví dụ)' },
    },
  ],

  fromContent(files, lists) {
    return budgetFiles(files).map(({ commune, year }): FilledForm => {
      const meta = parseYaml(files.read(`disclosures/${commune}/ngan-sach-${year}.yaml`)!) as Meta;
      const csv = parseCsvText(files.read(`disclosures/${commune}/ngan-sach-${year}.csv`) ?? '');
      const col = (name: string) => csv.header.indexOf(name);
      return {
        form: 'ngan-sach',
        name: `ngan-sach-${commune}-${year}`,
        fields: {
          commune: lists.communes.find((c) => c.id === commune)?.name ?? commune,
          year,
          rounding: meta.rounding,
          explanation: meta.explanation,
          source: meta.source,
          sample: meta.sample,
          variance_threshold_percent: meta.variance_threshold_percent ?? null,
        },
        tables: {
          lines: csv.rows.map((r) => ({
            code: shownCode(r.cells[col('code')]!),
            name: r.cells[col('name')]!,
            ...Object.fromEntries(budgetStages.map((s) => [s, number(r.cells[col(s)] ?? '')])),
          })),
          stages: budgetStages.filter((s) => meta.stages[s]).map((s) => ({ stage: STAGE_VI[s], ...meta.stages[s]! })),
        },
        units: { lines: meta.unit, stages: meta.unit },
      };
    });
  },

  toContent(read, files, lists, options) {
    const issues: ContentIssue[] = [];
    const commune = communeOf(read, lists, options, issues);
    const year = yearOf(read, issues);
    const lines = read.tables.lines;
    if (!commune || !year || !lines) return { ok: false, issues };
    const dir = `disclosures/${commune.id}`;
    const yamlPath = `${dir}/ngan-sach-${year}.yaml`;
    const csvPath = `${dir}/ngan-sach-${year}.csv`;
    const yamlBefore = files.read(yamlPath);
    const csvBefore = files.read(csvPath);
    const before = yamlBefore ? (parseYaml(yamlBefore) as Meta) : undefined;
    const previous = csvBefore ? parseCsvText(csvBefore) : undefined;
    // Amounts are written in the unit the budget already uses; a new budget takes the file's.
    const fileUnit = lines.unit?.value;
    const unitText = before?.unit ?? (fileUnit && !fileUnit.perSquareMetre ? unitName(fileUnit) : 'triệu đồng');
    const target = contentUnit(unitText, 'triệu đồng');

    // Lines: "Trong đó:" rows (no code, no figures) are headings, not lines.
    const stagesInFile = budgetStages.filter((s) => s in lines.columns);
    const rows = lines.rows.filter(
      (r) =>
        r.values.code?.value ||
        stagesInFile.some((s) => r.values[s]?.value !== null && r.values[s]?.value !== undefined),
    );
    if (!rows.length)
      issues.push(
        issueAt(read, { sheet: lines.sheet }, 'Ngân sách', '(không có dòng nào / no lines)', {
          vi: 'các dòng thu, chi dưới dòng tiêu đề (dòng ví dụ của mẫu không được nhập)',
          en: 'the revenue and spending lines below the header (the example row of the template is not imported)',
        }),
      );
    for (const r of rows) {
      if (!r.values.code?.value)
        issues.push(
          issueAt(
            read,
            {
              sheet: r.sheet,
              row: r.row,
              column: lines.columns.code ?? 'A',
              cell: `${lines.columns.code ?? 'A'}${r.row}`,
            },
            'STT',
            '(trống / empty)',
            {
              vi: 'mã dòng (A, I, 1, a, "-"…) cho dòng có số liệu',
              en: 'a line code (A, I, 1, a, "-"…) for a line with figures',
            },
          ),
        );
    }
    if (issues.length) return { ok: false, issues };
    const tree = outline(rows.map((r) => String(r.values.code!.value)));
    if (!tree.ok) {
      const r = rows[tree.index]!;
      return {
        ok: false,
        issues: [
          issueAt(read, r.values.code, 'STT', r.values.code!.value, {
            vi:
              tree.reason === 'dotted-parent'
                ? 'mã dạng 1.1 ngay dưới dòng 1 của nó (hoặc dưới các dòng 1.x khác)'
                : 'mã dòng như trên biểu: A, B, I, II…, 1, 2…, 1.1, a, b…, "-" hoặc "+"',
            en:
              tree.reason === 'dotted-parent'
                ? 'a code like 1.1 right below its line 1 (or below other 1.x lines)'
                : 'a line code as on the form: A, B, I, II…, 1, 2…, 1.1, a, b…, "-" or "+"',
          }),
        ],
      };
    }
    const seen = new Map<string, number>();
    const newRows: string[][] = [];
    const rowPlaces: FileChange['rowPlaces'] = new Map();
    const oldByCode = new Map(
      (previous?.rows ?? []).map((r) => [
        r.cells[previous!.header.indexOf('code')]!,
        Object.fromEntries(previous!.header.map((h, i) => [h, r.cells[i] ?? ''])),
      ]),
    );
    const summary: string[] = [];
    for (const line of tree.lines) {
      const r = rows[line.index]!;
      const first = seen.get(line.path);
      if (first !== undefined) {
        issues.push(
          issueAt(read, r.values.code, 'STT', r.values.code!.value, {
            vi: `một mã chưa dùng trong cùng dòng cha (hàng ${first} đã có mã này)`,
            en: `a code not used yet under the same parent line (row ${first} has it)`,
          }),
        );
        continue;
      }
      seen.set(line.path, r.row);
      const old = oldByCode.get(line.path);
      const figures = budgetStages.map((s) => {
        if (!stagesInFile.includes(s)) return old?.[s] ?? '';
        return csvFigure(inUnit(r.values[s]?.value, lines, target));
      });
      const parent = line.parent === undefined ? '' : tree.lines.find((l) => l.index === line.parent)!.path;
      const cells = [line.path, parent, String(r.values.name?.value ?? ''), ...figures];
      newRows.push(cells);
      rowPlaces.set(newRows.length, {
        sheet: r.sheet,
        row: r.row,
        columns: {
          code: lines.columns.code!,
          parent: lines.columns.code!,
          name: lines.columns.name!,
          ...Object.fromEntries(stagesInFile.map((s) => [s, lines.columns[s]!])),
        },
      });
      if (!old) summary.push(`+ dòng/line ${line.path} "${cells[2]}"`);
      else {
        if (old.name !== cells[2]) summary.push(`~ dòng/line ${line.path}: tên/name "${old.name}" → "${cells[2]}"`);
        budgetStages.forEach((s, i) => {
          const now = figures[i]!;
          if ((old[s] ?? '') !== now)
            summary.push(
              `~ dòng/line ${line.path}, ${STAGE_VI[s]}: ${old[s] || '(trống / empty)'} → ${now || '(trống / empty)'} ${unitText}`,
            );
        });
      }
    }
    for (const code of oldByCode.keys())
      if (!seen.has(code)) summary.push(`- dòng/line ${code} "${oldByCode.get(code)!.name}"`);
    if (issues.length) return { ok: false, issues };

    // The stages: from the "Công bố" sheet when the file has it; otherwise as they were.
    let stages = { ...(before?.stages ?? {}) };
    const stageTable = read.tables.stages;
    if (stageTable) {
      stages = {};
      for (const r of stageTable.rows) {
        const key = budgetStages.find((s) => STAGE_VI[s] === r.values.stage?.value);
        if (!key || !r.values.published?.value) continue;
        const missing = (['document', 'revenue_total', 'spending_total'] as const).filter(
          (k) => r.values[k]?.value === null || r.values[k]?.value === undefined,
        );
        for (const k of missing) {
          const header = stageColumns.find((c) => c.key === k)!.header;
          const col = stageTable.columns[k];
          issues.push(
            issueAt(
              read,
              col ? { sheet: r.sheet, row: r.row, column: col, cell: `${col}${r.row}` } : { sheet: r.sheet },
              header,
              '(trống / empty)',
              {
                vi: `${header} của giai đoạn đã có ngày công bố`,
                en: `${stageColumns.find((c) => c.key === k)!.headerEn} of a stage with a publication date`,
              },
            ),
          );
        }
        if (missing.length) continue;
        const total = (k: 'revenue_total' | 'spending_total') =>
          toNumber(inUnit(r.values[k]!.value, stageTable, target)!);
        stages[key] = {
          published: String(r.values.published.value),
          document: String(r.values.document!.value),
          revenue_total: total('revenue_total'),
          spending_total: total('spending_total'),
        };
      }
    } else {
      // A real form without the stages sheet: its columns must be stages already recorded.
      for (const s of stagesInFile) {
        if (stages[s] || newRows.every((cells) => cells[CSV_HEADER.indexOf(s)] === '')) continue;
        const col = lines.columns[s]!;
        issues.push(
          issueAt(read, { sheet: lines.sheet, column: col }, STAGE_VI[s], `cột/column ${col}`, {
            vi: `ngày công bố, văn bản và tổng thu, tổng chi của giai đoạn "${STAGE_VI[s]}": điền trang "Công bố" của mẫu (npm run templates), hoặc ghi vào ${yamlPath}`,
            en: `the publication date, document and totals of the stage "${STAGE_EN[s]}": fill in the sheet "Công bố" of the template (npm run templates), or write them in ${yamlPath}`,
          }),
        );
      }
    }
    if (issues.length) return { ok: false, issues };

    const value = (key: string) => read.fields[key]?.value;
    const decimalNumber = (v: unknown) => (v && typeof v === 'object' ? toNumber(v as Decimal) : undefined);
    const source = (value('source') as string | null | undefined) ?? before?.source;
    if (!source) {
      return {
        ok: false,
        issues: [
          issueAt(read, read.fields.source, 'Nguồn số liệu', '(không có / missing)', {
            vi: 'nguồn số liệu (văn bản đã niêm yết và nơi đăng) trên trang "Thông tin" của mẫu',
            en: 'the source of the figures (the posted document and where) on the sheet "Thông tin" of the template',
          }),
        ],
      };
    }
    const meta: Meta = {
      sample: (value('sample') as boolean | null | undefined) ?? before?.sample ?? false,
      year,
      unit: unitText,
      rounding: decimalNumber(value('rounding')) ?? before?.rounding ?? 1,
      explanation:
        value('explanation') !== undefined ? (value('explanation') as string | null) : (before?.explanation ?? null),
      source,
      ...((decimalNumber(value('variance_threshold_percent')) ?? before?.variance_threshold_percent)
        ? {
            variance_threshold_percent:
              decimalNumber(value('variance_threshold_percent')) ?? before!.variance_threshold_percent!,
          }
        : {}),
      stages: Object.fromEntries(budgetStages.filter((s) => stages[s]).map((s) => [s, stages[s]!])),
    };
    const changes: FileChange[] = [];
    const csvAfter = writeCsvText(CSV_HEADER, newRows, previous);
    if (csvAfter !== csvBefore) changes.push({ path: csvPath, before: csvBefore, after: csvAfter, summary, rowPlaces });
    const metaBefore = before ? (JSON.parse(JSON.stringify(before)) as Meta) : undefined;
    if (!metaBefore || !deepEqual(metaBefore, meta)) {
      const yamlAfter = writeYamlText(yamlBefore, meta);
      if (yamlAfter !== yamlBefore)
        changes.push({
          path: yamlPath,
          before: yamlBefore,
          after: yamlAfter,
          summary: metaBefore ? yamlChanges(metaBefore, meta) : ['+ tệp mới / new file'],
        });
    }
    const notes = [
      `${commune.name}, ${year}: ${toVietnamese(fromPlain(String(rows.length))!)} dòng/lines; đơn vị/unit ${unitText}`,
    ];
    return { ok: true, changes, notes };
  },
};
