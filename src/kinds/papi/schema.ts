/**
 * PAPI content: the framework (dimensions and sub-dimensions with era-correct names) and the
 * scores of every pre-2025 province and year. CSV cells arrive as strings; a blank cell is
 * missing data (null), never zero. Ranks and bands are derived, not stored (see rank.ts).
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { id, text } from '../../base/content/fields.ts';

/** A PAPI dimension's number (1–8), as documents and plans cite it. */
export const papiDimension = z
  .number(expect('số thứ tự nội dung PAPI từ 1 đến 8', 'a PAPI dimension number from 1 to 8'))
  .int(expect('số nguyên từ 1 đến 8', 'a whole number from 1 to 8'))
  .min(1, expect('số từ 1 đến 8', 'a number from 1 to 8'))
  .max(8, expect('số từ 1 đến 8', 'a number from 1 to 8'));

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2024;

const decimal = (vi: string, en: string, min: number, max: number) =>
  z
    .string(expect(vi, en))
    .regex(
      /^\d+(\.\d+)?$/,
      expect(`${vi}, viết bằng dấu chấm thập phân (ví dụ 5.4779)`, `${en}, with a decimal point (e.g. 5.4779)`),
    )
    .transform(Number)
    .refine((n) => n >= min && n <= max, expect(`${vi} từ ${min} đến ${max}`, `${en} from ${min} to ${max}`));

const dimensionScore = decimal('điểm nội dung', 'a dimension score', 1, 10).nullable();

/** One row of results.csv: a pre-2025 province in one year. */
export const resultRowSchema = z.strictObject({
  /** Survey year (the results are published the following spring). */
  year: z
    .string(expect('một năm', 'a year'))
    .regex(/^\d{4}$/, expect('năm gồm 4 chữ số', 'a 4-digit year'))
    .transform(Number)
    .refine(
      (y) => y >= FIRST_YEAR && y <= LAST_YEAR,
      expect(`năm từ ${FIRST_YEAR} đến ${LAST_YEAR}`, `a year from ${FIRST_YEAR} to ${LAST_YEAR}`),
    ),
  /** GSO code of the province before 1/7/2025, as in admin-units/provinces-pre2025.csv. */
  province_code: z
    .string(expect('mã tỉnh', 'a province code'))
    .regex(/^\d{2}$/, expect('mã tỉnh gồm 2 chữ số, ví dụ "45"', 'a 2-digit province code, e.g. "45"')),
  /** Dimension scores 1–8 (each 1–10); blank = no data. Dimensions 7 and 8 exist from 2018. */
  d1: dimensionScore,
  d2: dimensionScore,
  d3: dimensionScore,
  d4: dimensionScore,
  d5: dimensionScore,
  d6: dimensionScore,
  d7: dimensionScore,
  d8: dimensionScore,
  /** Unweighted sum of the dimensions; blank when any dimension of that year is missing. */
  total: decimal('tổng điểm', 'a total score', 6, 80).nullable(),
});
export type ResultRow = z.output<typeof resultRowSchema>;

/** One row of subdimensions.csv; a missing score has no row. */
export const subRowSchema = z.strictObject({
  year: resultRowSchema.shape.year,
  province_code: resultRowSchema.shape.province_code,
  /** Sub-dimension code SC<dimension><n>; its meaning depends on the era (framework.yaml). */
  code: z
    .string(expect('mã nội dung thành phần', 'a sub-dimension code'))
    .regex(/^SC[1-8][1-4]$/, expect('mã dạng SC11…SC84', 'a code SC11…SC84')),
  score: decimal('điểm nội dung thành phần', 'a sub-dimension score', 0, 10),
});
export type SubRow = z.output<typeof subRowSchema>;

const eraId = z.string(expect('mã giai đoạn, ví dụ "2018-"', 'an era id, e.g. "2018-"'));
const year = z.number(expect('một năm', 'a year')).int().min(FIRST_YEAR).max(LAST_YEAR);

/** A period in which the questionnaire kept the same structure. */
const eraSchema = z.strictObject({
  id: eraId,
  from: year,
  /** Last year of the era; null while it lasts. */
  to: year.nullable(),
  /** Number of dimensions in that era (6 until 2017, 8 from 2018). */
  dimensions: z.number().int().min(1).max(8),
  /** Highest possible total (10 per dimension). */
  max_total: z.number().int(),
});

/** Vietnamese and English name of a sub-dimension in one era. */
const labelPair = z.tuple([text, text], expect('[tên tiếng Việt, tên tiếng Anh]', '[Vietnamese name, English name]'));

const dimensionSchema = z.strictObject({
  /** Dimension number 1–8, as documents write it ("nội dung 5"). */
  number: z.number().int().min(1).max(8),
  name_vi: text,
  name_en: text,
  /** First survey year with this dimension. */
  from: year,
  /** What the dimension measures, in plain words for residents. */
  explain_vi: text,
  explain_en: text,
  /** Its sub-dimensions; `eras` maps an era id to the names used then (absent = not measured). */
  sub: z.array(z.strictObject({ code: z.string().regex(/^SC[1-8][1-4]$/), eras: z.record(eraId, labelPair) })).min(1),
});

export const frameworkSchema = z.strictObject({
  eras: z.array(eraSchema).min(1),
  dimensions: z.array(dimensionSchema).min(1),
});
export type Framework = z.output<typeof frameworkSchema>;
export type PapiDimension = Framework['dimensions'][number];
export type Era = Framework['eras'][number];

/** A province of the national lists (before or from 1/7/2025). */
export const provinceRowSchema = z.strictObject({
  /** GSO code. */
  code: z.string().regex(/^\d{2}$/, expect('mã tỉnh gồm 2 chữ số', 'a 2-digit province code')),
  name_vi: text,
  division: text,
  /** Address part of its PAPI page, e.g. "quang-tri". */
  slug: id,
  /** Pre-2025 list only: code of the 2025 province that took it over. */
  successor_code: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export type ProvinceRow = z.output<typeof provinceRowSchema>;

/** A preset comparison an instance offers (content/<instance>/papi/comparisons.yaml). */
export const comparisonSchema = z.strictObject({
  /** Slugs of 2–4 pre-2025 provinces, in the order shown. */
  provinces: z
    .array(id)
    .min(2, expect('ít nhất 2 tỉnh', 'at least 2 provinces'))
    .max(4, expect('nhiều nhất 4 tỉnh', 'at most 4 provinces')),
  /** Why these are compared, shown with the link. */
  note_vi: text,
  note_en: text,
});
export type Comparison = z.output<typeof comparisonSchema>;

/** A PAPI figure a document quotes with another rounding (content/<instance>/papi/quoted.yaml). */
export const quotedSchema = z.strictObject({
  /** Slug of the pre-2025 province. */
  province: id,
  year: year,
  /** The total as the document writes it, e.g. 44.78. */
  value: z.number(expect('một số, ví dụ 44.78', 'a number, e.g. 44.78')),
  /** Id of the document (in documents/) that quotes it. */
  document: id,
});
export type Quoted = z.output<typeof quotedSchema>;
