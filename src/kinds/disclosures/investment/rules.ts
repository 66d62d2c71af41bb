/**
 * Consistency of the investment projects in cong-khai.yaml: each project once in its year.
 * (The schema has no start, finish or disbursed amount to compare.)
 */
import { repeats, type RuleProblem } from '../rules.ts';
import type { InvestmentProject } from './schema.ts';

/** Problems of the investment entries; paths are [year index, field…]. */
export function investmentProblems(
  years: readonly { year: number; items: readonly InvestmentProject[] }[],
): RuleProblem[] {
  return years.flatMap((y, i) =>
    repeats(y.items, (p) => p.id).map(({ index, first }) => ({
      path: [i, 'items', index, 'id'],
      found: JSON.stringify(y.items[index]!.id),
      expected: {
        vi: `một mã chưa dùng trong năm ${y.year}: dự án thứ ${first + 1} ("${y.items[first]!.name}") đã có mã này`,
        en: `an id not used yet in ${y.year}: project ${first + 1} ("${y.items[first]!.name}") has it`,
      },
    })),
  );
}
