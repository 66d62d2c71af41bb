/** Reading the disclosures' CSV tables: the budget lines, the poor-household counts, land prices. */
import type { Located } from '../../base/content/read.ts';

/** Rows with empty cells as null, so a schema tells "not filled in" from a value. */
export function csvRows(located: Located<Record<string, string>[]>): Located {
  return {
    ...located,
    value: located.value.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.trim() === '' ? null : v])),
    ),
  };
}
