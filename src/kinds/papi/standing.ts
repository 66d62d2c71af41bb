/**
 * Where each province stands in a year, for the total and each dimension: score, rank among the
 * ranked provinces, how many were ranked, and quartile band. Computed once per loaded data.
 */
import { eraOf } from './framework.ts';
import type { PapiData, PapiResult } from './model.ts';
import { bandOf, quartiles, rankScores, type Band } from './rank.ts';

/** A dimension number 1–8, or the total. */
export type Measure = number | 'total';

export interface Standing {
  /** null: no data (or the dimension did not exist that year). */
  score: number | null;
  /** null: not ranked (no data, or the province's year is incomplete). */
  rank: number | null;
  /** How many provinces were ranked that year for this measure (0 if not measured). */
  ranked: number;
  band: Band | null;
}

export interface YearStandings {
  year: number;
  /** Dimensions measured that year (6 or 8). */
  dimensions: number;
  /** Standings by province code, then by measure key ("total", "1"…"8"). */
  byProvince: Map<string, Map<string, Standing>>;
  /** Number of provinces with a total (ranked) that year. */
  ranked: number;
}

const cache = new WeakMap<PapiData, Map<number, YearStandings>>();

function scoreOf(result: PapiResult, measure: Measure): number | null {
  return measure === 'total' ? result.total : (result.scores[measure - 1] ?? null);
}

function compute(papi: PapiData, year: number): YearStandings {
  const rows = papi.results.filter((r) => r.year === year);
  const dimensions = eraOf(papi.framework, year).dimensions;
  // Ranked provinces are those with a total; their dimension scores are ranked among them too,
  // so "n ranked" is the same for every measure of a year.
  const complete = rows.filter((r) => r.total !== null);
  const measures: Measure[] = ['total', ...Array.from({ length: 8 }, (_, i) => i + 1)];
  const byProvince = new Map<string, Map<string, Standing>>(rows.map((r) => [r.province, new Map()]));
  for (const measure of measures) {
    const measured = measure === 'total' || measure <= dimensions;
    const entries = measured ? complete.map((r) => ({ key: r.province, score: scoreOf(r, measure)! })) : [];
    const ranks = rankScores(entries);
    const q = entries.length ? quartiles(entries.map((e) => e.score)) : null;
    for (const r of rows) {
      const score = measured ? scoreOf(r, measure) : null;
      const rank = ranks.get(r.province) ?? null;
      byProvince.get(r.province)!.set(String(measure), {
        score,
        rank,
        ranked: entries.length,
        band: rank !== null && q ? bandOf(score!, q) : null,
      });
    }
  }
  return { year, dimensions, byProvince, ranked: complete.length };
}

export function yearStandings(papi: PapiData, year: number): YearStandings {
  let years = cache.get(papi);
  if (!years) cache.set(papi, (years = new Map()));
  let standings = years.get(year);
  if (!standings) years.set(year, (standings = compute(papi, year)));
  return standings;
}

const NONE: Standing = { score: null, rank: null, ranked: 0, band: null };

/** One province's standing in a year for a measure; a year without its row is all missing. */
export function standingOf(papi: PapiData, year: number, provinceCode: string, measure: Measure): Standing {
  const standings = yearStandings(papi, year);
  const own = standings.byProvince.get(provinceCode)?.get(String(measure));
  return own ?? { ...NONE, ranked: measure === 'total' || measure <= standings.dimensions ? standings.ranked : 0 };
}
