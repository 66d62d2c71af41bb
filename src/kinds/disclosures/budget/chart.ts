/** The budget chart: estimate against the latest actual for each group of revenue and spending. */
import type { ChartSpec } from '../../../base/chart-spec.ts';
import type { Lang } from '../../../base/format.ts';
import { budgetRows, latestActualStage, shortCode, stageLabel } from './derive.ts';
import type { CommuneBudget } from './schema.ts';
import { budgetWords } from './words.ts';

/** The groups drawn: the lines directly under A (revenue) and B (spending). */
export function chartGroups(budget: CommuneBudget) {
  return budgetRows(budget.lines).filter((r) => r.depth === 1);
}

export function budgetChartSpec(budget: CommuneBudget, lang: Lang): ChartSpec {
  const groups = chartGroups(budget);
  const actual = latestActualStage(budget);
  const w = budgetWords(lang);
  const side = (r: (typeof groups)[number]) => w(r.side === 'revenue' ? 'cd.chart.revenue' : 'cd.chart.spending');
  return {
    type: 'bar',
    lang,
    labels: groups.map((g) => `${side(g)} ${shortCode(g.code)}: ${g.name}`),
    series: [
      { label: stageLabel('estimate', lang), values: groups.map((g) => g.estimate) },
      ...(actual ? [{ label: stageLabel(actual, lang), values: groups.map((g) => g[actual]) }] : []),
    ],
    yLabel: budget.unit,
    yMin: 0,
  };
}
