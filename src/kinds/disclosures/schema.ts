/**
 * What a commune must make public besides its budget and land (cong-khai.yaml in
 * disclosures/<commune-id>/): the poor-household review, voluntary contributions,
 * investment projects with community supervision, the citizen-reception schedule and
 * hotlines, and the yearly anti-corruption report. Counts only — never names of persons.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { id, isoDate, text } from '../../base/content/fields.ts';
import { landUsePlanSchema, priceTableMetaSchema } from './land/schema.ts';

const year = z.number(expect('một năm, ví dụ 2025', 'a year, e.g. 2025')).int().min(2000).max(2100);

/** A phone of an office or a public hotline; the loader checks it is not a mobile. */
const officePhone = text;

export const poorHouseholdsMetaSchema = z.strictObject({
  /** The year of the review (rà soát hộ nghèo, hộ cận nghèo). */
  year,
  /** The decision recognising the results, e.g. "Quyết định 215/QĐ-UBND ngày 12/12/2025 của UBND xã". */
  decision: text,
  /** Public posting period at the commune office and village halls (niêm yết). */
  posted_from: isoDate,
  posted_to: isoDate,
  /** The day the counts were published here. */
  published: isoDate,
});

export const contributionSchema = z.strictObject({
  id,
  /** What the money is for: "Bê tông hóa đường thôn 3", "Quỹ khuyến học". */
  purpose: text,
  /** Amount mobilised (vận động được) and spent, in `unit`. */
  mobilised: z.number().min(0),
  spent: z.number().min(0),
  unit: text,
});

export const investmentProjectSchema = z.strictObject({
  id,
  name: text,
  /** Total investment (tổng mức đầu tư) in `unit`. */
  total_investment: z.number().positive(),
  unit: text,
  /** Funding sources: "ngân sách xã 60%, nhân dân đóng góp 40%". */
  funding: text,
  /** Where the work stands: "Đang thi công, đạt 70% khối lượng". */
  progress: text,
  /** Result of community investment supervision (giám sát đầu tư của cộng đồng), if any yet. */
  supervision: z
    .strictObject({
      /** The board, e.g. "Ban Giám sát đầu tư của cộng đồng xã". */
      board: text,
      date: isoDate,
      result: text,
    })
    .nullable(),
});

/** A yearly section: what was published for a year, and when. */
const yearly = <T extends z.ZodType>(items: T) =>
  z.strictObject({
    year,
    published: isoDate,
    /** The report or decision that carries it. */
    document: text,
    items: z.array(items).min(1),
  });

export const receptionSchema = z.strictObject({
  /** The first day this schedule applies; null end: until replaced. */
  valid_from: isoDate,
  valid_to: isoDate.nullable().default(null),
  published: isoDate,
  schedule: z
    .array(
      z.strictObject({
        /** "Thứ Năm hằng tuần", "Ngày 10 và 25 hằng tháng". */
        day: text,
        /** "7 giờ 30 – 11 giờ 00". */
        time: text,
        /** A title, never a person's name: "Chủ tịch UBND xã". */
        person_title: text,
        place: text,
        /** The office's landline, never a personal mobile. */
        office_phone: officePhone,
      }),
    )
    .min(1),
});

export const hotlineSchema = z.strictObject({
  /** Whom it reaches: "Văn phòng HĐND và UBND xã", "Công an xã". */
  name: text,
  phone: officePhone,
  /** When it answers: "Giờ hành chính", "24/24". */
  hours: text,
});

export const antiCorruptionReportSchema = z.strictObject({
  year,
  document: text,
  published: isoDate,
  /** A few sentences of what the report says. */
  summary: text,
});

export const communeDisclosureSchema = z.strictObject({
  /** true: illustrative figures (dữ liệu minh họa), said on every page that shows them. */
  sample: z.boolean(expect('true (dữ liệu minh họa) hoặc false', 'true (sample data) or false')),
  /** Where the figures come from; for sample data, say that they are illustrative. */
  source: text,
  poor_households: z.array(poorHouseholdsMetaSchema).default([]),
  contributions: z.array(yearly(contributionSchema)).default([]),
  investment: z.array(yearly(investmentProjectSchema)).default([]),
  reception: z.array(receptionSchema).default([]),
  hotlines: z.array(hotlineSchema).default([]),
  anti_corruption_reports: z.array(antiCorruptionReportSchema).default([]),
  land_use_plans: z.array(landUsePlanSchema).default([]),
  /** The land price table the commune posts (rows in bang-gia-dat.csv), by the year it applies to. */
  land_prices: z.array(priceTableMetaSchema.extend({ year })).default([]),
});
export type CommuneDisclosure = z.output<typeof communeDisclosureSchema>;

/** A count in a CSV cell: a whole number; an empty cell is an error, never read as 0. */
const count = z
  .union([z.number(), z.string()], expect('một số nguyên không âm, ví dụ 12', 'a whole number, e.g. 12'))
  .transform((v) => (typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v) : NaN))
  .pipe(z.number(expect('một số nguyên không âm, ví dụ 12', 'a whole number, e.g. 12')).int().min(0));

/** One village's counts from the poor-household review (ho-ngheo-<year>.csv). */
export const poorHouseholdRowSchema = z.strictObject({
  /** Village or residential group: "Thôn 1", "Khu phố 3". */
  village: text,
  poor_households: count,
  poor_persons: count,
  near_poor_households: count,
  near_poor_persons: count,
  /** Households that left poverty / near-poverty this year. */
  exited_poor_households: count,
  exited_near_poor_households: count,
  /** Free note, e.g. "2 hộ nghèo không có khả năng lao động"; never a name or number of a person. */
  note: text.nullable(),
});
export type PoorHouseholdRow = z.output<typeof poorHouseholdRowSchema>;
