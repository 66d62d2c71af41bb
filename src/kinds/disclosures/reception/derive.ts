/** Which reception schedules apply on a date. */
import type { Reception } from './schema.ts';

/** The schedules in force on the date: begun by then, and not ended before it. */
export function receptionInForce(reception: Reception[], asOf: string): Reception[] {
  return reception.filter((r) => r.valid_from <= asOf && (r.valid_to === null || r.valid_to >= asOf));
}
