/**
 * What a commune must make public besides its budget and land (cong-khai.yaml in
 * disclosures/<commune-id>/): the poor-household review, voluntary contributions,
 * investment projects with community supervision, the citizen-reception schedule and
 * hotlines, and the yearly anti-corruption report. Counts only — never names of persons.
 * Each part's fields are in its folder; this file puts them together.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { isoDate, text } from '../../base/content/fields.ts';
import { contributionSchema } from './contributions/schema.ts';
import { year } from './fields.ts';
import { investmentProjectSchema } from './investment/schema.ts';
import { landUsePlanSchema, priceTableMetaSchema } from './land/schema.ts';
import { poorHouseholdsMetaSchema } from './poor-households/schema.ts';
import { hotlineSchema, receptionSchema } from './reception/schema.ts';
import { contactChannelsSchema, NO_CHANNELS } from '../../base/contact/schema.ts';

/** A yearly section: what was published for a year, and when. */
const yearly = <T extends z.ZodType>(items: T) =>
  z.strictObject({
    year,
    published: isoDate,
    /** The report or decision that carries it. */
    document: text,
    items: z.array(items).min(1),
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
  /**
   * How residents reach the commune: office phone, hotline, e-mail, address, reception days,
   * the province's feedback system, Zalo. Missing or null: not published yet, said once on the
   * commune's page (which then points to the reception schedule, if there is one).
   */
  contact: contactChannelsSchema.default(NO_CHANNELS),
  reception: z.array(receptionSchema).default([]),
  hotlines: z.array(hotlineSchema).default([]),
  anti_corruption_reports: z.array(antiCorruptionReportSchema).default([]),
  land_use_plans: z.array(landUsePlanSchema).default([]),
  /** The land price table the commune posts (rows in bang-gia-dat.csv), by the year it applies to. */
  land_prices: z.array(priceTableMetaSchema.extend({ year })).default([]),
});
export type CommuneDisclosure = z.output<typeof communeDisclosureSchema>;
