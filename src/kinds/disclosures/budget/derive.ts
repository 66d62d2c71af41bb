/**
 * Figures derived from a validated commune budget. Totals come only from the top lines
 * (A Tổng thu, B Tổng chi) — never from adding every row, which would count a parent and its
 * children twice. Variances compare the full-year figure (settlement, else year execution)
 * with the estimate.
 */
import { formatNumber, type Lang } from '../../../base/format.ts';
import { budgetStages, type BudgetLine, type BudgetStage, type CommuneBudget } from './schema.ts';
import { budgetWords } from './words.ts';

export function childrenOf(lines: BudgetLine[], code: string): BudgetLine[] {
  return lines.filter((l) => l.parent === code);
}

/** "A.I.1" → "1": the label the form shows; a detail line imported from "-" ("A.II.g1") shows "-". */
export function shortCode(code: string): string {
  const last = code.split('.').at(-1)!;
  const bullet = /^([gps])\d+$/.exec(last);
  return bullet ? { g: '-', p: '+', s: '*' }[bullet[1] as 'g' | 'p' | 's'] : last;
}

export interface BudgetRow extends BudgetLine {
  depth: number;
  side: 'revenue' | 'spending';
  hasChildren: boolean;
}

/** Lines in form order (each parent followed by its children), with their depth. */
export function budgetRows(lines: BudgetLine[]): BudgetRow[] {
  const out: BudgetRow[] = [];
  const walk = (line: BudgetLine, depth: number) => {
    const children = childrenOf(lines, line.code);
    out.push({
      ...line,
      depth,
      side: line.code.startsWith('A') ? 'revenue' : 'spending',
      hasChildren: children.length > 0,
    });
    for (const child of children) walk(child, depth + 1);
  };
  for (const top of lines.filter((l) => l.parent === null)) walk(top, 0);
  return out;
}

export interface BudgetTotals {
  revenue: number | null;
  spending: number | null;
}

/** Total revenue and spending at a stage, read from the top lines only. */
export function budgetTotals(budget: Pick<CommuneBudget, 'lines'>, stage: BudgetStage): BudgetTotals {
  const top = (code: string) => budget.lines.find((l) => l.code === code && l.parent === null)?.[stage] ?? null;
  return { revenue: top('A'), spending: top('B') };
}

/** The stages published, in order. */
export function publishedStages(budget: Pick<CommuneBudget, 'stages'>): BudgetStage[] {
  return budgetStages.filter((s) => budget.stages[s] !== undefined);
}

/** The latest actual (non-estimate) stage published, if any. */
export function latestActualStage(budget: Pick<CommuneBudget, 'stages'>): BudgetStage | null {
  return (
    publishedStages(budget)
      .filter((s) => s !== 'estimate')
      .at(-1) ?? null
  );
}

/** The stages a notice-board sheet shows: the first published (the estimate) and the latest. */
export function sheetStages(budget: Pick<CommuneBudget, 'stages'>): BudgetStage[] {
  const stages = publishedStages(budget);
  return [...new Set([stages[0]!, stages.at(-1)!])];
}

/** A commune's budgets, the latest year first. */
export function budgetsNewestFirst<B extends Pick<CommuneBudget, 'year'>>(budgets: B[]): B[] {
  return [...budgets].sort((a, b) => b.year - a.year);
}

/** The full-year actual stage: the settlement when approved, else the year's execution. */
export function fullYearStage(budget: Pick<CommuneBudget, 'stages'>): BudgetStage | null {
  if (budget.stages.settlement) return 'settlement';
  if (budget.stages.exec_year) return 'exec_year';
  return null;
}

/** Actual as a percentage of the estimate; null when either is missing or the estimate is 0. */
export function percentOfEstimate(estimate: number | null, actual: number | null): number | null {
  if (estimate === null || actual === null || estimate === 0) return null;
  return (actual / estimate) * 100;
}

export interface BudgetVariance {
  line: BudgetRow;
  stage: BudgetStage;
  percent: number;
  /** Plain words: "Chi vượt dự toán 18,2%". */
  text: Record<Lang, string>;
}

/** Lines whose full-year figure differs from the estimate by more than the threshold. */
export function budgetVariances(budget: CommuneBudget): BudgetVariance[] {
  const stage = fullYearStage(budget);
  if (!stage) return [];
  const out: BudgetVariance[] = [];
  for (const line of budgetRows(budget.lines)) {
    const pct = percentOfEstimate(line.estimate, line[stage]);
    if (pct === null) continue;
    const diff = pct - 100;
    if (Math.abs(diff) <= budget.variance_threshold_percent) continue;
    const p = (lang: Lang) => `${formatNumber(Math.abs(diff), lang, 1)}%`;
    const over = diff > 0;
    const vi =
      line.side === 'revenue'
        ? over
          ? `thu vượt dự toán ${p('vi')}`
          : `thu chỉ đạt ${formatNumber(pct, 'vi', 1)}% dự toán (hụt ${p('vi')})`
        : over
          ? `chi vượt dự toán ${p('vi')}`
          : `chi thấp hơn dự toán ${p('vi')} (mới đạt ${formatNumber(pct, 'vi', 1)}%)`;
    const en =
      line.side === 'revenue'
        ? over
          ? `revenue ${p('en')} above the estimate`
          : `revenue reached only ${formatNumber(pct, 'en', 1)}% of the estimate (${p('en')} short)`
        : over
          ? `spending ${p('en')} above the estimate`
          : `spending ${p('en')} below the estimate (${formatNumber(pct, 'en', 1)}% spent)`;
    out.push({ line, stage, percent: pct, text: { vi: `${line.name}: ${vi}`, en: `${line.name}: ${en}` } });
  }
  return out;
}

export function stageLabel(stage: BudgetStage, lang: Lang): string {
  return budgetWords(lang)(`cd.stage.${stage}`);
}

/** One sentence for the chart's caption, generated from the top lines. */
export function budgetSummary(budget: CommuneBudget, lang: Lang): string {
  const w = budgetWords(lang);
  const n = (v: number) => formatNumber(v, lang, 0);
  const est = budgetTotals(budget, 'estimate');
  const stage = latestActualStage(budget);
  const parts: string[] = [];
  if (est.revenue !== null && est.spending !== null) {
    const values = { year: budget.year, revenue: n(est.revenue), spending: n(est.spending), unit: budget.unit };
    parts.push(w('cd.budgetSummary.estimate', values));
  }
  if (stage) {
    const act = budgetTotals(budget, stage);
    const pr = percentOfEstimate(est.revenue, act.revenue);
    const ps = percentOfEstimate(est.spending, act.spending);
    const pct = (v: number | null) =>
      v === null ? '' : w('cd.budgetSummary.percent', { percent: formatNumber(v, lang, 1) });
    parts.push(
      w('cd.budgetSummary.actual', {
        stage: stageLabel(stage, lang),
        revenue: n(act.revenue!),
        revenuePercent: pct(pr),
        spending: n(act.spending!),
        spendingPercent: pct(ps),
      }),
    );
  }
  if (!parts.length) return w('cd.budgetSummary.none', { year: budget.year });
  return `${parts.join('; ')}.`;
}
