/**
 * A province's PAPI history for one measure, 2011–2024, for pages and for other slices (plans and
 * tasks link "dimension score → tasks → next year's score"). Missing years are kept as gaps.
 */
import type { PapiScope } from './index.ts';
import type { Band } from './rank.ts';
import { standingOf, type Measure } from './standing.ts';
import { FIRST_YEAR, LAST_YEAR } from './schema.ts';

export interface SeriesPoint {
  year: number;
  score: number | null;
  rank: number | null;
  ranked: number;
  band: Band | null;
}

/** provinceCode: the pre-2025 GSO code, e.g. "45" for Quảng Trị. */
export function papiSeries(portal: Pick<PapiScope, 'papi'>, provinceCode: string, dimension: Measure): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const { score, rank, ranked, band } = standingOf(portal.papi, year, provinceCode, dimension);
    points.push({ year, score, rank, ranked, band });
  }
  return points;
}
