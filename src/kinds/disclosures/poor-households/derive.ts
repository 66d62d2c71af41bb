/** Figures derived from a commune's poor-household review. */
import { poorCountKeys, type PoorHouseholdRow } from './schema.ts';

export type PoorCounts = Pick<PoorHouseholdRow, (typeof poorCountKeys)[number]>;

/** The whole commune: the villages' counts added up (villages are the only rows). */
export function poorTotals(rows: PoorHouseholdRow[]): PoorCounts {
  return Object.fromEntries(poorCountKeys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as PoorCounts;
}
