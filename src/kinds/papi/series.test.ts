/**
 * The derived figures reproduce what PAPI published and what the provinces' documents quote
 * (seed 000: Quảng Trị 2020; seed 004: Bắc Giang 2020, per dimension with its change).
 */
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { dimensionBands, latestPoint, papiSeries, scoredYears, yearDimensions } from './series.ts';
import { pointsChange, rankChange } from './rank.ts';

const portal = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
const QUANG_TRI = '45';
const BAC_GIANG = '24';
const at = (code: string, measure: number | 'total', year: number) =>
  papiSeries(portal, code, measure).find((p) => p.year === year)!;

describe('published PAPI figures', () => {
  it('Quảng Trị 2020: 44,77 points, 6/63, up 28 places from 34/63 in 2019, top group', () => {
    const y2020 = at(QUANG_TRI, 'total', 2020);
    expect(y2020.score!.toFixed(2)).toBe('44.77');
    expect([y2020.rank, y2020.ranked, y2020.band]).toEqual([6, 63, 'top']);
    const y2019 = at(QUANG_TRI, 'total', 2019);
    expect([y2019.rank, y2019.ranked]).toEqual([34, 63]);
    expect(rankChange(y2019.rank, y2020.rank)).toBe(28);
  });
  it('Quảng Trị 2020: 3/8 dimensions in the top group (1, 3, 4), 4/8 upper-middle (2, 6, 7, 8), 1/8 lowest (5)', () => {
    const bands = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => at(QUANG_TRI, d, 2020).band);
    expect(bands).toEqual([
      'top',
      'upper-middle',
      'top',
      'top',
      'bottom',
      'upper-middle',
      'upper-middle',
      'upper-middle',
    ]);
  });
  it('Bắc Giang 2020: 44,32, 13/63 in the top group, down 9 places and 1,72 points from 2019', () => {
    const [y2019, y2020] = [at(BAC_GIANG, 'total', 2019), at(BAC_GIANG, 'total', 2020)];
    expect([y2020.score!.toFixed(2), y2020.rank, y2020.ranked, y2020.band]).toEqual(['44.32', 13, 63, 'top']);
    expect(rankChange(y2019.rank, y2020.rank)).toBe(-9);
    expect(pointsChange(y2019.score, y2020.score)).toBe(-1.72);
  });
  it('Bắc Giang 2020 per dimension: the scores and changes its plan quotes', () => {
    // Seed 004: d1 5,48 (−0,1); d2 5,51 (−0,13); d3 +0,17; d4 6,98 (−0,03); d5 +0,08; d6 7,13 (−0,41); d7 3,27 (−0,6); d8 3,19 (−0,7).
    const quoted = {
      1: [5.48, -0.1],
      2: [5.51, -0.13],
      3: [null, 0.17],
      4: [6.98, -0.03],
      5: [null, 0.08],
      6: [7.13, -0.41],
      7: [3.27, -0.6],
      8: [3.19, -0.7],
    };
    for (const [d, [score, change]] of Object.entries(quoted)) {
      const now = at(BAC_GIANG, Number(d), 2020).score!;
      if (score !== null) expect(Number(now.toFixed(2)), `d${d}`).toBe(score);
      expect(pointsChange(at(BAC_GIANG, Number(d), 2019).score, now), `d${d}`).toBe(change);
    }
  });
});

describe('missing data is a gap', () => {
  it('Bắc Giang 2014 and 2021 have no score, no rank and no band; the year still says how many were ranked', () => {
    for (const year of [2014, 2021]) {
      const point = at(BAC_GIANG, 'total', year);
      expect(point).toMatchObject({ score: null, rank: null, band: null });
      expect(point.ranked).toBe(year === 2014 ? 61 : 60);
    }
  });
  it('a partial year (Bắc Giang 2022) keeps its real dimension scores but is not ranked', () => {
    expect(at(BAC_GIANG, 'total', 2022)).toMatchObject({ score: null, rank: null });
    expect(at(BAC_GIANG, 3, 2022)).toMatchObject({ score: 4.3967, rank: null, band: null });
    expect(at(BAC_GIANG, 1, 2022).score).toBeNull();
  });
  it('dimensions 7 and 8 did not exist before 2018', () => {
    expect(at(QUANG_TRI, 7, 2017)).toEqual({ year: 2017, score: null, rank: null, ranked: 0, band: null, stretch: 0 });
    expect(at(QUANG_TRI, 7, 2018).ranked).toBe(61);
  });
  it('covers 2011–2024 for every province', () => {
    expect(papiSeries(portal, QUANG_TRI, 'total').map((p) => p.year)).toEqual(
      Array.from({ length: 14 }, (_, i) => 2011 + i),
    );
    expect(portal.papi.provinces).toHaveLength(63);
  });
});

describe('what a province page reads from a series', () => {
  it('takes the latest year with a score, skipping gaps at the end', () => {
    // Bắc Giang has no total in 2021 and 2022: its latest is not 2022.
    expect(latestPoint(papiSeries(portal, BAC_GIANG, 'total'))?.year).toBe(2024);
    const gapAtEnd = papiSeries(portal, BAC_GIANG, 'total').filter((p) => p.year <= 2022);
    expect(latestPoint(gapAtEnd)?.year).toBe(2020);
    expect(latestPoint(gapAtEnd.map((p) => ({ ...p, score: null })))).toBeUndefined();
  });
  it('lists the years with a score', () => {
    expect(scoredYears(papiSeries(portal, BAC_GIANG, 'total'))).not.toContain(2021);
    expect(scoredYears(papiSeries(portal, QUANG_TRI, 'total'))).toHaveLength(14);
  });
  it("gives a year's dimension groups: 8 from 2018, 6 before", () => {
    expect(dimensionBands(portal.papi, QUANG_TRI, 2020)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((d) => at(QUANG_TRI, d, 2020).band),
    );
    expect(dimensionBands(portal.papi, QUANG_TRI, 2020)[4]).toBe('bottom');
    expect(dimensionBands(portal.papi, QUANG_TRI, 2017)).toHaveLength(6);
    expect(dimensionBands(portal.papi, BAC_GIANG, 2021)).toEqual(Array(8).fill(null));
  });
  it("gives a year's dimensions with the province's standing in each", () => {
    const dims = yearDimensions(portal.papi, BAC_GIANG, 2020);
    expect(dims.map((d) => d.dimension.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(dims[5]!.standing.score!.toFixed(2)).toBe('7.13');
    expect(yearDimensions(portal.papi, BAC_GIANG, 2016)).toHaveLength(6);
  });
});
