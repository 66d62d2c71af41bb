/**
 * Consistency of the voluntary contributions in cong-khai.yaml: each item once in its year,
 * a report on a year published once the year has begun, and no more spent than mobilised.
 */
import { repeats, unlikely, yearStart, type RuleProblem } from '../rules.ts';
import type { Contribution } from './schema.ts';

/** One year's report of contributions, as cong-khai.yaml lists it. */
export interface ContributionYear {
  year: number;
  published: string;
  items: readonly Contribution[];
}

/** Problems of the contributions entries; paths are [year index, field…]. */
export function contributionProblems(years: readonly ContributionYear[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  years.forEach((y, i) => {
    if (y.published < yearStart(y.year)) {
      problems.push({
        path: [i, 'published'],
        found: y.published,
        expected: {
          vi: `một ngày từ ${yearStart(y.year)} trở đi: số đã huy động và đã chi của năm ${y.year} chỉ có khi năm đó đã bắt đầu`,
          en: `a date from ${yearStart(y.year)} on: what was mobilised and spent in ${y.year} exists only once that year has begun`,
        },
      });
    }
    for (const { index, first } of repeats(y.items, (c) => c.id)) {
      problems.push({
        path: [i, 'items', index, 'id'],
        found: JSON.stringify(y.items[index]!.id),
        expected: {
          vi: `một mã chưa dùng trong năm ${y.year}: khoản thứ ${first + 1} ("${y.items[first]!.purpose}") đã có mã này`,
          en: `an id not used yet in ${y.year}: item ${first + 1} ("${y.items[first]!.purpose}") has it`,
        },
      });
    }
    y.items.forEach((c, k) => {
      if (c.spent > c.mobilised) {
        problems.push({
          path: [i, 'items', k, 'spent'],
          found: String(c.spent),
          expected: unlikely({
            vi: `một số không lớn hơn số đã huy động (${c.mobilised} ${c.unit}): số còn lại (huy động − đã chi) sẽ âm; nếu có tiền năm trước chuyển sang, cộng vào số huy động`,
            en: `an amount not above what was mobilised (${c.mobilised} ${c.unit}): the balance (mobilised − spent) would be negative; money carried over from the year before belongs in mobilised`,
          }),
        });
      }
    });
  });
  return problems;
}
