/** The chart of a trend (one measure, one or more pre-2025 provinces) and its one-sentence summary. */
import type { ChartSpec } from '../../base/chart-spec.ts';
import type { PapiScope } from './index.ts';
import type { Lang } from '../../base/format.ts';
import type { PapiProvince } from './model.ts';
import { papiSeries } from './series.ts';
import { latestSentence } from './summary.ts';
import { papiWords } from './words.ts';

export function trendChart(
  scope: Pick<PapiScope, 'papi'>,
  provinces: PapiProvince[],
  measure: number | 'total',
  lang: Lang,
): { spec: ChartSpec; summary: string } {
  const w = papiWords(lang);
  const series = provinces.map((p) => papiSeries(scope, p.code, measure));
  const total = measure === 'total';
  const spec: ChartSpec = {
    type: 'line',
    labels: series[0]!.map((p) => String(p.year)),
    lang,
    yLabel: w('papi.points'),
    series: provinces.map((p, i) => ({ label: p.name_vi, values: series[i]!.map((pt) => pt.score) })),
    ...(total ? { breaks: [{ after: '2017', note: w('papi.break') }] } : {}),
  };
  const summary = provinces.map((p, i) => `${p.name_vi} — ${latestSentence(series[i]!, lang, total)}`).join('; ');
  return { spec, summary };
}
