/**
 * Consistency of a commune's cong-khai.yaml as a whole: each yearly list names a year once,
 * and each part's entries follow the part's rules (contributions, investment, reception, land).
 */
import { contributionProblems } from './contributions/rules.ts';
import { investmentProblems } from './investment/rules.ts';
import { landInfoProblems } from './land/rules.ts';
import { receptionProblems } from './reception/rules.ts';
import { repeats, yearStart, type RuleProblem } from './rules.ts';
import type { CommuneDisclosure } from './schema.ts';

/** The lists of cong-khai.yaml that hold one entry per year. */
export const yearlyLists = [
  'poor_households',
  'contributions',
  'investment',
  'anti_corruption_reports',
  'land_prices',
] as const satisfies readonly (keyof CommuneDisclosure)[];

const under = (list: string, problems: RuleProblem[]): RuleProblem[] =>
  problems.map((p) => ({ ...p, path: [list, ...p.path] }));

/** Problems of a validated cong-khai.yaml; paths are field paths in the file. */
export function communeInfoProblems(info: CommuneDisclosure): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const list of yearlyLists) {
    const entries: readonly { year: number }[] = info[list];
    for (const { index, first } of repeats(entries, (e) => String(e.year))) {
      problems.push({
        path: [list, index, 'year'],
        found: String(entries[index]!.year),
        expected: {
          vi: `một năm chưa có trong ${list}: mục ${first + 1} đã là năm ${entries[first]!.year} (mỗi năm một mục)`,
          en: `a year not yet in ${list}: item ${first + 1} is already for ${entries[first]!.year} (one item per year)`,
        },
      });
    }
  }
  info.anti_corruption_reports.forEach((r, i) => {
    if (r.published < yearStart(r.year))
      problems.push({
        path: ['anti_corruption_reports', i, 'published'],
        found: r.published,
        expected: {
          vi: `một ngày từ ${yearStart(r.year)} trở đi: báo cáo công tác phòng, chống tham nhũng năm ${r.year} chỉ có khi năm đó đã bắt đầu`,
          en: `a date from ${yearStart(r.year)} on: the anti-corruption report for ${r.year} exists only once that year has begun`,
        },
      });
  });
  problems.push(
    ...under('contributions', contributionProblems(info.contributions)),
    ...under('investment', investmentProblems(info.investment)),
    ...receptionProblems(info.reception, info.hotlines),
    ...landInfoProblems(info),
  );
  return problems;
}
