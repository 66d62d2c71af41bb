/**
 * Words and chart specs derived from the figures, once: the sentence under each chart, the
 * label of a period, a section or a target, a plan's heading. Pure functions, tested beside.
 */
import type { ChartSpec } from '../../base/chart-spec.ts';
import { formatNumber, type Lang } from '../../base/format.ts';
import type { PortalDocument } from '../documents/schema.ts';
import { documentTitle } from '../documents/title.ts';
import type { PlansScope } from './index.ts';
import { taskStatuses, type Section, type Target } from './schema.ts';
import type { StatusCounts } from './progress.ts';
import { planWords } from './words.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2021-h1" → "6 tháng đầu năm 2021"; "2021-q3" → "Quý III/2021"; "2024-m02" → "Tháng 2/2024". */
export function periodLabel(id: string, lang: Lang): string {
  const w = planWords(lang);
  const [year, code] = id.split('-') as [string, string];
  if (code === 'y' || code === 'h1' || code === 'h2') return w(`period.${code}`, { year });
  if (code.startsWith('q')) return w('period.q', { roman: ROMAN[Number(code[1]) - 1]!, quarter: code[1]!, year });
  return w('period.m', { month: Number(code.slice(1)), year });
}

/** A plan's document, and its heading in the reader's language (the title, or kind, number and issuer). */
export function planDocument(
  scope: Pick<PlansScope, 'documents' | 'units'>,
  planId: string,
  lang: Lang,
): { doc: PortalDocument; title: string } {
  const doc = scope.documents.find((d) => d.id === planId)!;
  return { doc, title: documentTitle(doc, scope.units.must(doc.issuer), lang) };
}

/** A section's short name: "II.1", "IV.10", "Mục 2"; the part's numeral is prefixed when it has one. */
export function sectionLabel(section: Section, index: number, lang: Lang): string {
  const numeral = section.part?.match(/^([IVX]+)\./)?.[1];
  const number = section.number
    ? numeral
      ? `${numeral}.${section.number}`
      : section.number
    : (numeral ?? String(index + 1));
  return planWords(lang)('section.label', { number });
}

/** "≥ 5 bậc (2021)", "20–25 %", "nhóm 20 tỉnh, thành phố đứng đầu (2025)". */
export function targetLabel(target: Target, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
  const unit = target.unit === '%' ? '%' : ` ${target.unit}`;
  const value =
    target.comparator === 'range'
      ? `${n(target.value)}–${n(target.value_max!)}${unit}`
      : target.comparator === 'top'
        ? planWords(lang)('target.top', { value: `${n(target.value)}${unit}` })
        : `${{ 'at-least': '≥ ', 'at-most': '≤ ', exactly: '' }[target.comparator]}${n(target.value)}${unit}`;
  return target.year ? `${value} (${target.year})` : value;
}

/** One sentence for a tally of tasks. */
export function statusSummary(counts: StatusCounts, lang: Lang): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // Nothing reported: one plain sentence, not a row of zeros.
  if (total > 0 && counts.none === total) return planWords(lang)('chart.plan.summary.none', { total });
  return planWords(lang)('chart.plan.summary', {
    total,
    done: counts['hoan-thanh'],
    doing: counts['dang-thuc-hien'],
    todo: counts['chua-trien-khai'],
    late: counts['qua-han'],
    none: counts.none,
  });
}

export const statusOrder = [...taskStatuses, 'none'] as const;

/** A bar chart of tasks by status, one group of bars per label (sections of a plan, or one unit). */
export function statusChart(labels: string[], counts: StatusCounts[], lang: Lang): ChartSpec {
  const w = planWords(lang);
  return {
    type: 'bar',
    lang,
    labels,
    yLabel: w('chart.tasks'),
    yMin: 0,
    series: statusOrder.map((status) => ({ label: w(`status.${status}`), values: counts.map((c) => c[status]) })),
  };
}

/** "Chủ nhật" / "Sunday" for a deadline on a weekend day; null on a working day. */
export function weekendName(iso: string, lang: Lang): string | null {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (day === 0) return planWords(lang)('weekday.sunday');
  if (day === 6) return planWords(lang)('weekday.saturday');
  return null;
}
