/**
 * A province's PAPI history for one measure, 2011–2024, for pages and for other slices (plans and
 * tasks link "dimension score → tasks → next year's score"). Missing years are kept as gaps.
 */
import { scaleBreaks, stretchOf } from './breaks.ts';
import { dimensionsOf } from './framework.ts';
import type { PapiScope } from './index.ts';
import type { PapiData } from './model.ts';
import type { Band } from './rank.ts';
import { standingOf, yearStandings, type Measure, type Standing } from './standing.ts';
import { FIRST_YEAR, LAST_YEAR, type PapiDimension } from './schema.ts';

export interface SeriesPoint {
  year: number;
  score: number | null;
  rank: number | null;
  ranked: number;
  band: Band | null;
}

/** A point of a series with the stretch of comparable years it belongs to (breaks.ts): 0 until 2017, 1 from 2018. */
export interface TrendPoint extends SeriesPoint {
  stretch: number;
}

/** provinceCode: the pre-2025 GSO code, e.g. "45" for Quảng Trị. */
export function papiSeries(scope: Pick<PapiScope, 'papi'>, provinceCode: string, dimension: Measure): TrendPoint[] {
  const points: TrendPoint[] = [];
  const breaks = scaleBreaks(scope.papi.framework);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const { score, rank, ranked, band } = standingOf(scope.papi, year, provinceCode, dimension);
    points.push({ year, score, rank, ranked, band, stretch: stretchOf(breaks, year) });
  }
  return points;
}

/** The latest point with a score: a gap at the end is not the latest result. */
export function latestPoint<P extends SeriesPoint>(points: P[]): P | undefined {
  return [...points].reverse().find((p) => p.score !== null);
}

/** The years with a score, for search to file a province's page under. */
export function scoredYears(points: SeriesPoint[]): number[] {
  return points.filter((p) => p.score !== null).map((p) => p.year);
}

/** The group of each dimension measured in a year (6 until 2017, 8 from 2018), dimension 1 first. */
export function dimensionBands(papi: PapiData, provinceCode: string, year: number): (Band | null)[] {
  const { dimensions } = yearStandings(papi, year);
  return Array.from({ length: dimensions }, (_, i) => standingOf(papi, year, provinceCode, i + 1).band);
}

/** A province's standing in each dimension measured in a year, with the dimension it is for. */
export function yearDimensions(
  papi: PapiData,
  provinceCode: string,
  year: number,
): { dimension: PapiDimension; standing: Standing }[] {
  return dimensionsOf(papi.framework, year).map((dimension) => ({
    dimension,
    standing: standingOf(papi, year, provinceCode, dimension.number),
  }));
}
