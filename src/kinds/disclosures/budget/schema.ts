/**
 * A commune budget for one year (ngân sách xã): a YAML file with what the tables cannot say
 * (unit, decisions, explanation, when each stage was published, the totals the decisions
 * state) and a CSV of hierarchical lines (A Tổng thu, I Thu cân đối, 1 …) with one column
 * per stage. Stages: estimate (dự toán), execution at 3, 6, 9 months and the year (thực
 * hiện), approved settlement (quyết toán).
 */
import { z } from 'astro/zod';
import { expect } from '../../../base/content/error-map.ts';
import { isoDate, text } from '../../../base/content/fields.ts';

export const budgetStages = ['estimate', 'exec_3m', 'exec_6m', 'exec_9m', 'exec_year', 'settlement'] as const;
export type BudgetStage = (typeof budgetStages)[number];

/** An amount in the file's unit; an empty cell means "not published yet", never zero. */
const amount = z.union([z.number(), z.string(), z.null()]).transform((v, ctx) => {
  if (v === null || v === '') return null;
  // Officials type "1.234,5" or "1234.5": a comma is the decimal sign, dots group thousands.
  const s = typeof v === 'number' ? String(v) : v.trim().replace(/\s/g, '');
  if (typeof v === 'string' && /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(s)) {
    // "7.453" is how 7453 is written by hand in Vietnamese, but a file reads it as 7.453: said
    // here, at the cell, rather than later as a parent line whose children do not add up.
    const whole = s.replace(/\./g, '');
    ctx.addIssue({
      code: 'custom',
      ...expect(
        `một số tiền không có dấu chấm ngăn cách hàng nghìn: ${whole} (nếu là số thập phân, dùng dấu phẩy: ${s.replace('.', ',')})`,
        `an amount without a thousands dot: ${whole} (for a decimal, use a comma: ${s.replace('.', ',')})`,
      ),
    });
    return z.NEVER;
  }
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  const n = Number(normal);
  if (!/^-?\d+(\.\d+)?$/.test(normal) || !Number.isFinite(n)) {
    ctx.addIssue({
      code: 'custom',
      ...expect(
        'một số tiền, ví dụ 1234,5 (hoặc để trống nếu chưa có)',
        'an amount, e.g. 1234.5 (or empty when not yet known)',
      ),
    });
    return z.NEVER;
  }
  return n;
});

/** Line codes as budget forms write them, joined by dots to be unique in a file: "A", "A.I", "A.I.1", "B.II.1.2". */
const lineCode = z
  .string(expect('một mã dòng', 'a line code'))
  .regex(
    /^[A-Z](?:\.[A-Za-z0-9]+)*$/,
    expect('mã dòng dạng A, A.I, A.I.1, B.II.1.2', 'a line code like A, A.I, A.I.1, B.II.1.2'),
  );

export const budgetLineSchema = z.strictObject({
  /** Unique code of the line in its file; its last part is what the form shows ("1.2" → "2"). */
  code: lineCode,
  /** Code of the line this one is part of; empty for the top lines (A Tổng thu, B Tổng chi). */
  parent: lineCode.nullable(),
  /** The line's name as on the form: "Thu cân đối ngân sách", "Chi đầu tư phát triển"… */
  name: text,
  estimate: amount,
  exec_3m: amount,
  exec_6m: amount,
  exec_9m: amount,
  exec_year: amount,
  settlement: amount,
});
export type BudgetLine = z.output<typeof budgetLineSchema>;

/** One stage as published: when, by which act, and the totals that act states. */
const stageSchema = z.strictObject({
  /** The day the commune posted this stage (niêm yết / đăng cổng). */
  published: isoDate,
  /** The decision or report that carries the figures, e.g. "Nghị quyết 12/NQ-HĐND ngày 20/12/2024". */
  document: text,
  /** Total revenue the document states, in the budget's unit. */
  revenue_total: z.number(expect('một số', 'a number')),
  /** Total spending the document states, in the budget's unit. */
  spending_total: z.number(expect('một số', 'a number')),
});

export const budgetMetaSchema = z.strictObject({
  /** Illustrative data must say so; real data says false and names its source. */
  sample: z.boolean(expect('true (dữ liệu minh họa) hoặc false', 'true (sample data) or false')),
  year: z.number().int().min(2000).max(2100),
  /** The unit of every amount in the table, e.g. "triệu đồng". */
  unit: z.enum(
    ['đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng'],
    expect('"đồng", "nghìn đồng", "triệu đồng" hoặc "tỷ đồng"', '"đồng", "nghìn đồng", "triệu đồng" or "tỷ đồng"'),
  ),
  /** The amounts are rounded to this step (1 = whole units, 0.1 = one decimal). */
  rounding: z.number().positive(),
  /** Explanation of the estimate (thuyết minh dự toán) as submitted to the People's Council. */
  explanation: text.nullable(),
  /** Where the figures come from (for real data: the posted document and its address). */
  source: text,
  /** A variance of actual from the estimate beyond this share (%) is flagged in words. */
  variance_threshold_percent: z.number().positive().max(100).default(10),
  /** Stages published so far; a stage not listed here has an empty column in the table. */
  stages: z.strictObject({
    estimate: stageSchema.optional(),
    exec_3m: stageSchema.optional(),
    exec_6m: stageSchema.optional(),
    exec_9m: stageSchema.optional(),
    exec_year: stageSchema.optional(),
    settlement: stageSchema.optional(),
  }),
});
export type BudgetMeta = z.output<typeof budgetMetaSchema>;

export interface CommuneBudget extends BudgetMeta {
  commune: string;
  lines: BudgetLine[];
}
