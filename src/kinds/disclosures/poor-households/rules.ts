/**
 * Consistency of a poor-household table (ho-ngheo-<year>.csv): each village once, and in each
 * village no more households than persons, poor and near-poor alike. Negative and empty counts
 * are refused by the schema, cell by cell.
 */
import { repeats, sameText, tableRow, type RuleProblem } from '../rules.ts';
import type { PoorHouseholdRow } from './schema.ts';

const GROUPS = [
  {
    households: 'poor_households',
    persons: 'poor_persons',
    vi: { households: 'hộ nghèo', persons: 'người thuộc hộ nghèo' },
    en: { households: 'poor households', persons: 'persons in poor households' },
  },
  {
    households: 'near_poor_households',
    persons: 'near_poor_persons',
    vi: { households: 'hộ cận nghèo', persons: 'người thuộc hộ cận nghèo' },
    en: { households: 'near-poor households', persons: 'persons in near-poor households' },
  },
] as const;

/** Problems of the rows of one year's table; paths are [row index, column]. */
export function poorHouseholdProblems(rows: readonly PoorHouseholdRow[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const { index, first } of repeats(rows, (r) => sameText(r.village))) {
    problems.push({
      path: [index, 'village'],
      found: JSON.stringify(rows[index]!.village),
      expected: {
        vi: `một thôn, khu phố chưa có trong bảng: "${rows[first]!.village}" đã có ở hàng ${tableRow(first)} (mỗi thôn, khu phố một hàng)`,
        en: `a village not yet in the table: "${rows[first]!.village}" is on row ${tableRow(first)} (one row per village)`,
      },
    });
  }
  rows.forEach((row, index) => {
    for (const g of GROUPS) {
      const households = row[g.households];
      const persons = row[g.persons];
      if (households > persons) {
        // Every household has at least one person: the persons cell is short.
        problems.push({
          path: [index, g.persons],
          found: String(persons),
          expected: {
            vi: `ít nhất ${households} ${g.vi.persons}, vì hàng này có ${households} ${g.vi.households} (cột ${g.households}) và mỗi hộ có ít nhất một người`,
            en: `at least ${households} ${g.en.persons}, as the row has ${households} ${g.en.households} (column ${g.households}) and every household has at least one person`,
          },
        });
      } else if (households === 0 && persons > 0) {
        // Persons of no household: the households cell is short.
        problems.push({
          path: [index, g.households],
          found: '0',
          expected: {
            vi: `ít nhất 1 ${g.vi.households}, vì hàng này có ${persons} ${g.vi.persons} (cột ${g.persons})`,
            en: `at least 1 of the ${g.en.households}, as the row has ${persons} ${g.en.persons} (column ${g.persons})`,
          },
        });
      }
    }
  });
  return problems.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}
