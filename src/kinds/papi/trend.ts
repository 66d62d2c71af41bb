/**
 * The chart of a trend (one measure, one or more pre-2025 provinces) and its one-sentence
 * summary. Every trend breaks where PAPI's scale changed (2018, breaks.ts): the chart draws the
 * stretches as separate lines and says why, for totals and dimensions alike.
 */
import type { ChartSpec } from '../../base/chart-spec.ts';
import type { PapiScope } from './index.ts';
import type { Lang } from '../../base/format.ts';
import { scaleBreaks } from './breaks.ts';
import type { PapiData, PapiProvince } from './model.ts';
import { papiSeries } from './series.ts';
import { latestSentence } from './summary.ts';
import { papiWords } from './words.ts';

/** What a trend of a measure says at each break: why the years before and after are apart. */
export function breakNote(measure: number | 'total', lang: Lang): string {
  return papiWords(lang)(measure === 'total' ? 'papi.break' : 'papi.break.dimension');
}

/**
 * The breaks of a trend, as the chart spec writes them (after the last year before each): those
 * with figures on both sides (dimensions 7 and 8 start in 2018 and have nothing to break from).
 */
export function trendBreaks(
  papi: Pick<PapiData, 'framework'>,
  series: { year: number; score: number | null }[][],
  measure: number | 'total',
  lang: Lang,
): { after: string; note: string }[] {
  const scored = (test: (year: number) => boolean) =>
    series.some((points) => points.some((p) => p.score !== null && test(p.year)));
  const years = series[0]?.map((p) => p.year) ?? [];
  return scaleBreaks(papi.framework)
    .filter((b) => scored((y) => y < b) && scored((y) => y >= b))
    .map((b) => ({ after: String(Math.max(...years.filter((y) => y < b))), note: breakNote(measure, lang) }));
}

export function trendChart(
  scope: Pick<PapiScope, 'papi'>,
  provinces: PapiProvince[],
  measure: number | 'total',
  lang: Lang,
): { spec: ChartSpec; summary: string } {
  const w = papiWords(lang);
  const series = provinces.map((p) => papiSeries(scope, p.code, measure));
  const years = series[0]!.map((p) => p.year);
  const spec: ChartSpec = {
    type: 'line',
    labels: years.map(String),
    lang,
    yLabel: w('papi.points'),
    series: provinces.map((p, i) => ({ label: p.name_vi, values: series[i]!.map((pt) => pt.score) })),
    breaks: trendBreaks(scope.papi, series, measure, lang),
  };
  const summary = provinces.map((p, i) => `${p.name_vi} — ${latestSentence(series[i]!, lang)}`).join('; ');
  return { spec, summary };
}
