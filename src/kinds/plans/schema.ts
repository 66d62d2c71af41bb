/**
 * Plans (kế hoạch) as structured content: the tasks a plan, directive or dispatch states,
 * grouped as the document groups them, with who leads, who cooperates, which PAPI dimension
 * or reform area, the numbers it promises and the reporting it asks for. One file per
 * document: tasks/<document-id>.yaml. Progress reports live in reports/<document-id>.yaml.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { id, isoDate, safeUrl, text } from '../../base/content/fields.ts';
import { papiDimension } from '../papi/schema.ts';

/** The areas of administrative reform (cải cách hành chính) that plans use instead of, or beside, PAPI dimensions. */
export const reformAreas = [
  'chi-dao-dieu-hanh',
  'the-che',
  'thu-tuc-hanh-chinh',
  'to-chuc-bo-may',
  'cong-vu',
  'tai-chinh-cong',
  'chinh-quyen-so',
] as const;
export type ReformArea = (typeof reformAreas)[number];

/** The indices the seeds name. */
export const indices = ['papi', 'par-index', 'sipas', 'pci'] as const;
export type Index = (typeof indices)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expect(`một trong: ${values.join(', ')}`, `one of: ${values.join(', ')}`));

export const comparators = ['at-least', 'at-most', 'exactly', 'range', 'top'] as const;

/** A number a task or plan promises, as the text gives it. */
export const targetSchema = z
  .strictObject({
    /** The words of the document that state the target ("tăng ít nhất 05 bậc so với năm 2020"). */
    text,
    /** at-least "ít nhất", exactly "đạt/xây dựng 05", range "từ 5 đến 10", top "nhóm 20 tỉnh đứng đầu". */
    comparator: oneOf(comparators),
    value: z.number(expect('một số', 'a number')),
    /** Upper end of a range ("20–25%": value 20, value_max 25); null otherwise. */
    value_max: z.number(expect('một số', 'a number')).nullable().default(null),
    /** The unit of the number as the text writes it: "%", "bậc", "tuyến đường". */
    unit: text,
    /** The year the text ties the target to ("Năm 2024, phấn đấu…"); null if it names none. */
    year: z.number().int().min(2000).max(2100).nullable().default(null),
  })
  .refine((t) => (t.comparator === 'range') === (t.value_max !== null), {
    ...expect('value_max khi và chỉ khi comparator là "range"', 'value_max exactly when comparator is "range"'),
    path: ['value_max'],
  });

export type Target = z.output<typeof targetSchema>;

export const taskSchema = z.strictObject({
  /** Page address /nhiem-vu/<id>/; unique in the instance. */
  id,
  /** The item's own mark as written ("a)", "3", "gạch đầu dòng 2"); null when the text gives none. */
  number: text.nullable().default(null),
  /** The task's words, exactly as in the document. */
  text,
  /** Units the text makes responsible (chủ trì); several when it names them side by side; [] when it names none. */
  leads: z.array(id).default([]),
  /** Who is responsible, in the document's words, when it names a group rather than units ("UBND các huyện, thành phố, thị xã"). */
  lead_text: text.nullable().default(null),
  /** Units named to cooperate (phối hợp). */
  cooperating: z.array(id).default([]),
  /** Cooperation in the document's words, when it names a group ("các sở, ngành liên quan"). */
  cooperating_text: text.nullable().default(null),
  /** PAPI dimensions the task is written under or names. */
  dimensions: z.array(papiDimension).default([]),
  /** Reform areas the task is written under. */
  areas: z.array(oneOf(reformAreas)).default([]),
  /** Indices the task is meant to raise. */
  indices: z.array(oneOf(indices)).default([]),
  targets: z.array(targetSchema).default([]),
  /** The deadline the text states for this task; null when it states none (never guessed). */
  deadline: isoDate.nullable().default(null),
  /** The deadline in the document's words ("ban hành trước ngày 15/5/2021"). */
  deadline_text: text.nullable().default(null),
});

export type Task = z.output<typeof taskSchema>;

/** A group of tasks as the document groups them: part (I, II…), optional middle heading, section. */
export const sectionSchema = z.strictObject({
  /** The top-level part as written: "II. NHIỆM VỤ VÀ GIẢI PHÁP". */
  part: text.nullable().default(null),
  /** A heading between part and section, as written ("2. Thực hiện đồng bộ 6 nhiệm vụ CCHC…"). */
  group: text.nullable().default(null),
  /** The section's number as written: "1", "2.1", "IV.1". */
  number: text.nullable().default(null),
  /** The section's heading as written; null when the document gives none. */
  heading: text.nullable().default(null),
  tasks: z.array(taskSchema).min(1, expect('ít nhất một nhiệm vụ', 'at least one task')),
});

export type Section = z.output<typeof sectionSchema>;

/** Kinds of reporting period. "quarter" and "month" stand for every quarter or month of the year. */
export const periodKinds = ['month', 'quarter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** A period id: 2021-q1, 2021-h1, 2021-y, 2024-m02. */
export const periodId = z
  .string(expect('mã kỳ báo cáo, ví dụ "2021-h1"', 'a period id, e.g. "2021-h1"'))
  .regex(
    /^\d{4}-(q[1-4]|h[12]|y|m(0[1-9]|1[0-2]))$/,
    expect(
      'mã kỳ báo cáo dạng NĂM-q1…q4, NĂM-h1/h2, NĂM-y hoặc NĂM-m01…m12 (ví dụ "2021-h1")',
      'a period id as YEAR-q1…q4, YEAR-h1/h2, YEAR-y or YEAR-m01…m12 (e.g. "2021-h1")',
    ),
  );

const monthDay = z
  .string()
  .regex(
    /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
    expect('ngày trong năm dạng MM-DD, ví dụ "03-20"', 'a day of the year as MM-DD, e.g. "03-20"'),
  )
  .refine(
    (s) => {
      const [m, d] = s.split('-').map(Number) as [number, number];
      return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    },
    expect('một ngày có thật trong năm (MM-DD)', 'a real day of the year (MM-DD)'),
  );

export const reportingSchema = z.strictObject({
  /** The document's words about reporting. */
  text,
  /** Where in the document they are ("IV.1.a"). */
  section: text.nullable().default(null),
  /** The body that receives the reports ("qua Sở Nội vụ"). */
  to: id.nullable().default(null),
  /** First period the plan asks reports for (the plan's year, or the first after it was issued). */
  first: periodId,
  /** Last period; null for "năm … và những năm tiếp theo" (up to the as-of date). */
  last: periodId.nullable().default(null),
  periods: z
    .array(
      z.strictObject({
        kind: oneOf(periodKinds),
        /** Fixed deadline in the period's own year, as the text states it ("trước ngày 20/3" → "03-20"). */
        due: monthDay.nullable().default(null),
        /** Or a deadline counted in days after the period ends. */
        due_days_after_end: z.number().int().min(0).max(366).nullable().default(null),
      }),
    )
    .min(1, expect('ít nhất một loại kỳ báo cáo', 'at least one kind of period')),
  /** Why first/last are what they are, and what the text leaves unsaid. */
  note_vi: text.nullable().default(null),
  note_en: text.nullable().default(null),
});

export type Reporting = z.output<typeof reportingSchema>;

export const planFileSchema = z.strictObject({
  /**
   * true: the tasks are illustrative (dữ liệu minh họa), not a real document's; every page and file
   * that shows them says so. Absent or false: the tasks the document states.
   */
  sample: z.boolean(expect('true (dữ liệu minh họa) hoặc false', 'true (sample data) or false')).optional(),
  /** The PAPI survey year the plan says it aims at ("Chỉ số PAPI năm 2021"); null when it names none. */
  papi_year: z.number().int().min(2011).max(2100).nullable().default(null),
  /** The plan's own objectives with numbers ("tăng ít nhất 05 bậc so với năm 2020"). */
  targets: z.array(targetSchema).default([]),
  /** When the document refers to an annex of assignments our copy lacks: what it says, for the page. */
  missing_annex: z.strictObject({ text, note_vi: text, note_en: text }).nullable().default(null),
  reporting: reportingSchema.nullable().default(null),
  sections: z.array(sectionSchema).min(1, expect('ít nhất một mục', 'at least one section')),
});

export type PlanFile = z.output<typeof planFileSchema>;

export const taskStatuses = ['chua-trien-khai', 'dang-thuc-hien', 'hoan-thanh', 'qua-han'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const reportSchema = z.strictObject({
  /** The unit that reports. */
  unit: id,
  period: periodId,
  /** Day the report reached the receiving body. */
  submitted: isoDate,
  items: z
    .array(
      z.strictObject({
        task: id,
        status: oneOf(taskStatuses),
        /** Share done, 0–100, where the task is measurable; null otherwise. */
        progress: z.number().min(0).max(100).nullable().default(null),
        /** A short account in the unit's words. */
        account: text,
        /** Links to the documents that show the work (a web address or a file on the portal). */
        evidence: z.array(safeUrl).default([]),
      }),
    )
    .min(1, expect('ít nhất một nhiệm vụ được báo cáo', 'at least one task reported')),
});

export type ProgressReport = z.output<typeof reportSchema>;

export const reportFileSchema = z.strictObject({
  /** true: illustrative data (dữ liệu minh họa); every page and file that shows it says so. */
  sample: z.boolean(
    expect('true (dữ liệu minh họa) hoặc false (báo cáo thật)', 'true (sample data) or false (real reports)'),
  ),
  /** What the file covers, when it covers only some units and periods (a sample does). */
  scope: z
    .strictObject({ units: z.array(id).min(1), periods: z.array(periodId).min(1) })
    .nullable()
    .default(null),
  reports: z.array(reportSchema),
});

export type ReportFile = z.output<typeof reportFileSchema>;
