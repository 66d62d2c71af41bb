/**
 * Consistency of the dates a budget's stages were published (ngan-sach-<year>.yaml). The
 * table's arithmetic (a parent equal to the sum of its children, a line code once, the top
 * lines equal to the stated totals) is checked in check.ts.
 */
import { unlikely, yearEnd, yearStart, type RuleProblem } from '../rules.ts';
import { stageLabel } from './derive.ts';
import { budgetStages, type BudgetMeta, type BudgetStage } from './schema.ts';

/** The stages that report what happened, in the order the year brings them. */
const ACTUAL: BudgetStage[] = budgetStages.filter((s) => s !== 'estimate');

const label = (stage: BudgetStage) => ({ vi: stageLabel(stage, 'vi'), en: stageLabel(stage, 'en') });

/** Problems of the stages' publication dates; paths are ['stages', stage, 'published']. */
export function stageDateProblems(meta: Pick<BudgetMeta, 'year' | 'stages'>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { year } = meta;
  let last: { stage: BudgetStage; date: string } | null = null;
  for (const stage of ACTUAL) {
    const date = meta.stages[stage]?.published;
    if (!date) continue;
    const name = label(stage);
    const path = ['stages', stage, 'published'];
    if (stage === 'settlement' && date <= yearEnd(year)) {
      problems.push({
        path,
        found: date,
        expected: {
          vi: `một ngày từ ${yearStart(year + 1)} trở đi: ${name.vi} ngân sách năm ${year} chỉ có sau khi năm ${year} kết thúc`,
          en: `a date from ${yearStart(year + 1)} on: the ${name.en} of the ${year} budget comes only after ${year} has ended`,
        },
      });
      continue;
    }
    if (stage !== 'settlement' && date < yearStart(year)) {
      problems.push({
        path,
        found: date,
        expected: {
          vi: `một ngày từ ${yearStart(year)} trở đi: số liệu ${name.vi} năm ${year} chỉ có khi năm ${year} đã bắt đầu`,
          en: `a date from ${yearStart(year)} on: the ${name.en} of ${year} exists only once ${year} has begun`,
        },
      });
      continue;
    }
    if (last && date < last.date) {
      // A commune may post an earlier report late, after a later one: possible, but rare.
      const before = label(last.stage);
      problems.push({
        path,
        found: date,
        expected: unlikely({
          vi: `một ngày không sớm hơn ngày công bố ${before.vi} (${last.date}): các kỳ được công bố lần lượt`,
          en: `a date not before the ${before.en} was published (${last.date}): the periods are published in turn`,
        }),
      });
      continue;
    }
    last = { stage, date };
  }
  return problems;
}
