/**
 * The plan forms: a plan's tasks (tasks/<document-id>.yaml: one row per task, its section
 * repeated on each row; lead and cooperating units picked by name; PAPI dimensions; deadline)
 * and the progress reports units file (reports/<document-id>.yaml: one row per task reported,
 * the report's unit, period and day repeated). The targets and the reporting rules of a plan are
 * written by hand in its file and stay as they are; so do a task's targets.
 */
import { parse as parseYaml } from 'yaml';
import type { ContentIssue } from '../../base/content/errors.ts';
import { issueAt } from '../../base/sheets/common.ts';
import { toNumber, type Decimal } from '../../base/sheets/decimal.ts';
import { deepEqual, writeYamlText, yamlChanges } from '../../base/sheets/files.ts';
import type {
  ContentFiles,
  FormColumn,
  FormField,
  FormLists,
  ReadForm,
  ReadRow,
  SheetForm,
  YamlPlace,
} from '../../base/sheets/form.ts';
import { splitList } from '../../base/sheets/items.ts';
import { fold } from '../../base/sheets/text.ts';
import { checkPlanFiles } from './files.ts';
import { indices, reformAreas, taskStatuses } from './schema.ts';

const STATUS_VI: Record<(typeof taskStatuses)[number], string> = {
  'chua-trien-khai': 'Chưa triển khai',
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'qua-han': 'Quá hạn',
};

const planField: FormField = {
  key: 'plan',
  label: 'Kế hoạch',
  labelEn: 'Plan',
  aliases: ['Văn bản', 'Tên kế hoạch'],
  type: 'text',
  values: { list: 'plans' },
  place: 'above',
  help: { vi: 'Chọn kế hoạch trong danh sách.', en: 'Pick the plan from the list.' },
};

/** Plans by the title of their document: every document with a tasks file. */
function planList(files: ContentFiles) {
  return files
    .list('tasks')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const doc = files.read(`documents/${id}.md`) ?? '';
      const front = /^---\n([\s\S]*?)\n---/.exec(doc);
      const title = front ? ((parseYaml(front[1]!) as { title_vi?: string })?.title_vi ?? id) : id;
      return { id, name: title };
    });
}

function planOf(read: ReadForm, lists: FormLists, issues: ContentIssue[]): string | undefined {
  const field = read.fields.plan;
  const value = field?.value as string | null | undefined;
  const plan = (lists.plans ?? []).find((p) => p.name === value || p.id === value);
  if (plan) return plan.id;
  if (field?.value !== undefined)
    issues.push(
      issueAt(read, field, 'Kế hoạch', value ?? '(trống / empty)', {
        vi: 'tên một kế hoạch của cổng (chọn trong danh sách)',
        en: "the name of one of the portal's plans (pick it from the list)",
      }),
    );
  return undefined;
}

const unitIds = (text: unknown, lists: FormLists) =>
  typeof text === 'string'
    ? splitList(text).map((name) => (lists.units ?? []).find((u) => fold(u.name) === fold(name))?.id ?? name)
    : [];
const unitNames = (ids: unknown, lists: FormLists) =>
  Array.isArray(ids)
    ? ids.map((id) => (lists.units ?? []).find((u) => u.id === id)?.name ?? String(id)).join('; ')
    : null;

/** A field written only when it says something or the file already had it (defaults stay implicit). */
function put(
  target: Record<string, unknown>,
  old: Record<string, unknown> | undefined,
  key: string,
  value: unknown,
): void {
  const empty = value === null || (Array.isArray(value) && value.length === 0);
  if (!empty || (old && key in old)) target[key] = value;
}

function change(
  path: string,
  before: string | undefined,
  value: unknown,
  oldValue: unknown,
  notes: string[],
  yamlPlaces: YamlPlace[],
) {
  if (before !== undefined && deepEqual(oldValue, value)) return { ok: true as const, changes: [], notes };
  return {
    ok: true as const,
    changes: [
      {
        path,
        before,
        after: writeYamlText(before, value),
        summary: before === undefined ? ['+ tệp mới / new file'] : yamlChanges(oldValue, value),
        yamlPlaces,
      },
    ],
    notes,
  };
}

const taskColumns: FormColumn[] = [
  { key: 'part', header: 'Phần', headerEn: 'Part', type: 'text', width: 24 },
  { key: 'group', header: 'Nhóm', headerEn: 'Group', type: 'text', width: 20 },
  { key: 'section', header: 'Số mục', headerEn: 'Section number', type: 'text', width: 8 },
  { key: 'heading', header: 'Tên mục', headerEn: 'Section heading', type: 'text', width: 30 },
  { key: 'id', header: 'Mã nhiệm vụ', headerEn: 'Task id', type: 'text', required: true, width: 22 },
  { key: 'number', header: 'Số, ký hiệu', headerEn: 'Item mark', aliases: ['STT'], type: 'text', width: 8 },
  {
    key: 'text',
    header: 'Nội dung nhiệm vụ',
    headerEn: 'Task',
    aliases: ['Nhiệm vụ', 'Nội dung'],
    type: 'text',
    required: true,
    width: 60,
  },
  {
    key: 'leads',
    header: 'Đơn vị chủ trì',
    headerEn: 'Lead units',
    aliases: ['Chủ trì', 'Cơ quan chủ trì'],
    type: 'text',
    list: true,
    values: { list: 'units' },
    width: 30,
  },
  {
    key: 'lead_text',
    header: 'Chủ trì (theo lời văn bản)',
    headerEn: 'Lead, in the words of the document',
    type: 'text',
    width: 30,
  },
  {
    key: 'cooperating',
    header: 'Đơn vị phối hợp',
    headerEn: 'Cooperating units',
    aliases: ['Phối hợp', 'Cơ quan phối hợp'],
    type: 'text',
    list: true,
    values: { list: 'units' },
    width: 30,
  },
  {
    key: 'cooperating_text',
    header: 'Phối hợp (theo lời văn bản)',
    headerEn: 'Cooperating, in the words of the document',
    type: 'text',
    width: 30,
  },
  {
    key: 'dimensions',
    header: 'Nội dung PAPI',
    headerEn: 'PAPI dimensions',
    type: 'text',
    list: true,
    values: ['1', '2', '3', '4', '5', '6', '7', '8'],
    width: 10,
    help: { vi: 'Số nội dung 1–8, cách nhau bằng ";".', en: 'Dimension numbers 1–8, separated by ";".' },
  },
  {
    key: 'areas',
    header: 'Lĩnh vực cải cách',
    headerEn: 'Reform areas',
    type: 'text',
    list: true,
    values: reformAreas,
    width: 18,
  },
  { key: 'indices', header: 'Chỉ số', headerEn: 'Indices', type: 'text', list: true, values: indices, width: 12 },
  {
    key: 'deadline',
    header: 'Thời hạn',
    headerEn: 'Deadline',
    aliases: ['Thời gian hoàn thành'],
    type: 'date',
    width: 14,
  },
  {
    key: 'deadline_text',
    header: 'Thời hạn (theo lời văn bản)',
    headerEn: 'Deadline, in the words of the document',
    type: 'text',
    width: 26,
  },
];

type Task = Record<string, unknown> & { id: string };
type Section = Record<string, unknown> & { tasks: Task[] };

export const tasksForm: SheetForm = {
  key: 'nhiem-vu',
  title: { vi: 'Nhiệm vụ của kế hoạch', en: 'Tasks of a plan' },
  purpose: {
    vi: 'Các nhiệm vụ một kế hoạch giao, theo các mục của văn bản: nội dung (giữ nguyên lời văn bản), đơn vị chủ trì, đơn vị phối hợp, nội dung PAPI, thời hạn. Mỗi dòng một nhiệm vụ; các nhiệm vụ liền nhau cùng phần, nhóm, số mục và tên mục thuộc một mục.',
    en: 'The tasks a plan assigns, by the sections of the document: the words (as written), lead units, cooperating units, PAPI dimensions, deadline. One row per task; consecutive tasks with the same part, group, section number and heading belong to one section.',
  },
  fields: [planField],
  tables: [
    {
      key: 'tasks',
      sheet: 'Nhiệm vụ',
      title: 'NHIỆM VỤ CỦA KẾ HOẠCH',
      columns: taskColumns,
      example: {
        section: '1',
        heading: 'Tên mục (ví dụ)',
        id: 'kh-1-a',
        number: 'a)',
        text: 'Nội dung nhiệm vụ như văn bản (ví dụ)',
      },
    },
  ],
  folders: ['tasks'],
  lists: (files) => ({ plans: planList(files) }),
  checkFiles: checkPlanFiles,

  fromContent(files, lists) {
    return planList(files).map((plan) => {
      const file = parseYaml(files.read(`tasks/${plan.id}.yaml`)!) as { sections: Section[] };
      return {
        form: 'nhiem-vu',
        name: `nhiem-vu-${plan.id}`,
        fields: { plan: plan.name },
        tables: {
          tasks: file.sections.flatMap((s) =>
            s.tasks.map((t) => ({
              part: (s.part as string) ?? null,
              group: (s.group as string) ?? null,
              section: (s.number as string) ?? null,
              heading: (s.heading as string) ?? null,
              id: t.id,
              number: (t.number as string) ?? null,
              text: t.text as string,
              leads: unitNames(t.leads, lists),
              lead_text: (t.lead_text as string) ?? null,
              cooperating: unitNames(t.cooperating, lists),
              cooperating_text: (t.cooperating_text as string) ?? null,
              dimensions: Array.isArray(t.dimensions) ? t.dimensions.join('; ') : null,
              areas: Array.isArray(t.areas) ? t.areas.join('; ') : null,
              indices: Array.isArray(t.indices) ? t.indices.join('; ') : null,
              deadline: (t.deadline as string) ?? null,
              deadline_text: (t.deadline_text as string) ?? null,
            })),
          ),
        },
      };
    });
  },

  toContent(read, files, lists) {
    const issues: ContentIssue[] = [];
    const plan = planOf(read, lists, issues);
    const table = read.tables.tasks;
    if (!plan || !table) {
      if (!plan && !issues.length)
        issues.push(
          issueAt(read, read.fields.plan, 'Kế hoạch', '(không có / missing)', {
            vi: 'ô "Kế hoạch:" phía trên bảng',
            en: 'the "Kế hoạch:" cell above the table',
          }),
        );
      return { ok: false, issues };
    }
    const path = `tasks/${plan}.yaml`;
    const before = files.read(path);
    const old = (before ? parseYaml(before) : { sections: [] }) as Record<string, unknown> & { sections: Section[] };
    const oldSections = old.sections ?? [];
    const oldTasks = new Map(oldSections.flatMap((s) => s.tasks.map((t) => [t.id, t] as const)));
    const sections: Section[] = [];
    const places: YamlPlace[] = [];
    let key = '';
    for (const row of table.rows) {
      const v = (k: string) => (row.values[k]?.value ?? null) as string | null;
      const head = { part: v('part'), group: v('group'), number: v('section'), heading: v('heading') };
      const id = String(v('id'));
      const was = oldTasks.get(id);
      const task: Task = { id };
      put(task, was, 'number', v('number'));
      task.text = v('text');
      put(task, was, 'leads', unitIds(v('leads'), lists));
      put(task, was, 'lead_text', v('lead_text'));
      put(task, was, 'cooperating', unitIds(v('cooperating'), lists));
      put(task, was, 'cooperating_text', v('cooperating_text'));
      put(task, was, 'dimensions', splitList(v('dimensions') ?? '').map(Number));
      put(task, was, 'areas', splitList(v('areas') ?? ''));
      put(task, was, 'indices', splitList(v('indices') ?? ''));
      if (was && 'targets' in was) task.targets = was.targets;
      put(task, was, 'deadline', v('deadline'));
      put(task, was, 'deadline_text', v('deadline_text'));
      // The old task's order of fields.
      const ordered = was
        ? (Object.fromEntries(
            [...Object.keys(was), ...Object.keys(task)]
              .filter((k, i, a) => a.indexOf(k) === i && k in task)
              .map((k) => [k, task[k]]),
          ) as Task)
        : task;
      const headKey = JSON.stringify(head);
      if (headKey !== key || !sections.length) {
        const oldSection = oldSections.find(
          (s) =>
            (s.number ?? null) === head.number &&
            (s.heading ?? null) === head.heading &&
            (s.part ?? null) === head.part,
        );
        const section = {} as Section;
        put(section, oldSection, 'part', head.part);
        put(section, oldSection, 'group', head.group);
        put(section, oldSection, 'number', head.number);
        put(section, oldSection, 'heading', head.heading);
        section.tasks = [];
        sections.push(section);
        key = headKey;
      }
      sections.at(-1)!.tasks.push(ordered);
      places.push({
        path: ['sections', sections.length - 1, 'tasks', sections.at(-1)!.tasks.length - 1],
        sheet: row.sheet,
        row: row.row,
        columns: table.columns,
      });
    }
    if (!sections.length)
      return {
        ok: false,
        issues: [
          issueAt(read, { sheet: table.sheet }, 'Nhiệm vụ', '(không có dòng nào / no rows)', {
            vi: 'ít nhất một nhiệm vụ',
            en: 'at least one task',
          }),
        ],
      };
    const value = { ...old, sections };
    return change(
      path,
      before,
      value,
      before ? old : undefined,
      [`${plan}: ${table.rows.length} nhiệm vụ / tasks`],
      places,
    );
  },
};

const reportColumns: FormColumn[] = [
  {
    key: 'unit',
    header: 'Đơn vị báo cáo',
    headerEn: 'Reporting unit',
    aliases: ['Đơn vị'],
    type: 'text',
    required: true,
    values: { list: 'units' },
    width: 30,
  },
  {
    key: 'period',
    header: 'Kỳ báo cáo',
    headerEn: 'Period',
    type: 'text',
    required: true,
    width: 12,
    help: {
      vi: 'Dạng NĂM-q1…q4 (quý), NĂM-h1/h2 (6 tháng), NĂM-y (năm), ví dụ 2021-h1.',
      en: 'As YEAR-q1…q4, YEAR-h1/h2, YEAR-y, e.g. 2021-h1.',
    },
  },
  {
    key: 'submitted',
    header: 'Ngày gửi báo cáo',
    headerEn: 'Submitted on',
    aliases: ['Ngày gửi'],
    type: 'date',
    required: true,
    width: 14,
  },
  { key: 'task', header: 'Mã nhiệm vụ', headerEn: 'Task id', type: 'text', required: true, width: 22 },
  {
    key: 'status',
    header: 'Tình trạng',
    headerEn: 'Status',
    type: 'text',
    required: true,
    values: Object.values(STATUS_VI),
    width: 18,
  },
  { key: 'progress', header: 'Tỷ lệ hoàn thành (%)', headerEn: 'Done (%)', type: 'number', width: 10 },
  {
    key: 'account',
    header: 'Kết quả thực hiện',
    headerEn: 'Account',
    aliases: ['Kết quả'],
    type: 'text',
    required: true,
    width: 60,
  },
  {
    key: 'evidence',
    header: 'Minh chứng (đường dẫn)',
    headerEn: 'Evidence (links)',
    type: 'text',
    list: true,
    width: 40,
  },
];

type Report = Record<string, unknown> & { unit: string; period: string; items: Record<string, unknown>[] };

export const reportsForm: SheetForm = {
  key: 'bao-cao',
  title: { vi: 'Báo cáo tiến độ', en: 'Progress reports' },
  purpose: {
    vi: 'Báo cáo kết quả thực hiện nhiệm vụ của các đơn vị theo từng kỳ: mỗi dòng một nhiệm vụ được báo cáo, ghi đơn vị, kỳ, ngày gửi, tình trạng, tỷ lệ hoàn thành (nếu đo được), kết quả và đường dẫn minh chứng.',
    en: "Units' reports on their tasks, period by period: one row per task reported, with the unit, period, day submitted, status, share done (where measurable), account and links to evidence.",
  },
  fields: [planField],
  tables: [
    {
      key: 'items',
      sheet: 'Báo cáo',
      title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
      columns: reportColumns,
      example: { period: '2025-h1', task: 'ma-nhiem-vu', status: 'Đang thực hiện', account: 'Kết quả … (ví dụ)' },
    },
  ],
  // A report is checked against its plan's tasks.
  folders: ['tasks', 'reports'],
  lists: (files) => ({ plans: planList(files) }),
  checkFiles: checkPlanFiles,

  fromContent(files, lists) {
    return planList(files)
      .filter((p) => files.read(`reports/${p.id}.yaml`) !== undefined)
      .map((plan) => {
        const file = parseYaml(files.read(`reports/${plan.id}.yaml`)!) as { reports: Report[] };
        return {
          form: 'bao-cao',
          name: `bao-cao-${plan.id}`,
          fields: { plan: plan.name },
          tables: {
            items: file.reports.flatMap((r) =>
              r.items.map((item) => ({
                unit: unitNames([r.unit], lists),
                period: r.period,
                submitted: r.submitted as string,
                task: item.task as string,
                status: STATUS_VI[item.status as keyof typeof STATUS_VI] ?? (item.status as string),
                progress: (item.progress as number) ?? null,
                account: item.account as string,
                evidence: Array.isArray(item.evidence) ? item.evidence.join('; ') : null,
              })),
            ),
          },
        };
      });
  },

  toContent(read, files, lists) {
    const issues: ContentIssue[] = [];
    const plan = planOf(read, lists, issues);
    const table = read.tables.items;
    if (!plan || !table) {
      if (!plan && !issues.length)
        issues.push(
          issueAt(read, read.fields.plan, 'Kế hoạch', '(không có / missing)', {
            vi: 'ô "Kế hoạch:" phía trên bảng',
            en: 'the "Kế hoạch:" cell above the table',
          }),
        );
      return { ok: false, issues };
    }
    const path = `reports/${plan}.yaml`;
    const before = files.read(path);
    const old = (before ? parseYaml(before) : { sample: false, reports: [] }) as Record<string, unknown> & {
      reports: Report[];
    };
    let reports = [...(old.reports ?? [])];
    const made = new Map<string, Report>();
    const rowsOf = new Map<Record<string, unknown>, ReadRow>();
    for (const row of table.rows) {
      const v = (k: string) => row.values[k]?.value ?? null;
      const unit = unitIds(v('unit'), lists)[0]!;
      const period = String(v('period'));
      const key = `${unit}|${period}`;
      const was = (old.reports ?? []).find((r) => r.unit === unit && r.period === period);
      let report = made.get(key);
      if (!report) {
        report = { unit, period, submitted: v('submitted'), items: [] };
        made.set(key, report);
      }
      const oldItem = was?.items.find((i) => i.task === v('task'));
      const item: Record<string, unknown> = {
        task: v('task'),
        status: Object.entries(STATUS_VI).find(([, vi]) => vi === v('status'))?.[0] ?? v('status'),
      };
      const progress = v('progress');
      put(item, oldItem, 'progress', progress && typeof progress === 'object' ? toNumber(progress as Decimal) : null);
      item.account = v('account');
      put(item, oldItem, 'evidence', splitList((v('evidence') as string | null) ?? ''));
      report.items.push(item);
      rowsOf.set(item, row);
    }
    for (const report of made.values()) reports = upsertReport(reports, report);
    const places: YamlPlace[] = [];
    reports.forEach((r, i) =>
      r.items.forEach((item, j) => {
        const row = rowsOf.get(item);
        if (row)
          places.push({ path: ['reports', i, 'items', j], sheet: row.sheet, row: row.row, columns: table.columns });
      }),
    );
    const value = { ...old, reports };
    return change(path, before, value, before ? old : undefined, [`${plan}: ${made.size} báo cáo / reports`], places);
  },
};

function upsertReport(list: Report[], report: Report): Report[] {
  const at = list.findIndex((r) => r.unit === report.unit && r.period === report.period);
  if (at < 0) return [...list, report];
  return list.map((r, i) => (i === at ? report : r));
}

export const planForms: readonly SheetForm[] = [tasksForm, reportsForm];
