/**
 * The poor-household review of a commune: its meta in cong-khai.yaml (poor_households) and
 * one village's counts per row of ho-ngheo-<year>.csv. Counts only — never names of persons.
 */
import { z } from 'astro/zod';
import { expect } from '../../../base/content/error-map.ts';
import { isoDate, text } from '../../../base/content/fields.ts';
import { year } from '../fields.ts';

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
export type PoorHouseholdsMeta = z.output<typeof poorHouseholdsMetaSchema>;

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

/** The columns that hold counts: they are validated as numbers, so the personal-data scan leaves them out. */
export const poorCountKeys = [
  'poor_households',
  'poor_persons',
  'near_poor_households',
  'near_poor_persons',
  'exited_poor_households',
  'exited_near_poor_households',
] as const;
