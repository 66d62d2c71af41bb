/** The 2018 break: where it is, and that no change is ever computed across it. */
import { describe, expect, it } from 'vitest';
import { changeCell, comparable, rankMove, scaleBreaks, scoreMove, stretches, stretchOf } from './breaks.ts';

const eras = [
  { id: '2011-2015', from: 2011, to: 2015, dimensions: 6, max_total: 60 },
  { id: '2016-2017', from: 2016, to: 2017, dimensions: 6, max_total: 60 },
  { id: '2018-', from: 2018, to: null, dimensions: 8, max_total: 80 },
];
const breaks = scaleBreaks({ eras });
const at = (year: number, score: number | null, rank: number | null) => ({
  year,
  score,
  rank,
  stretch: stretchOf(breaks, year),
});

describe('where PAPI figures stop being comparable', () => {
  it('breaks where the scale changes (2018: 60 → 80), not where only names changed (2016)', () => {
    expect(breaks).toEqual([2018]);
    expect(scaleBreaks({ eras: [...eras].reverse() })).toEqual([2018]);
    expect(scaleBreaks({ eras: eras.slice(0, 2) })).toEqual([]);
  });
  it('puts each year in its stretch', () => {
    expect([2011, 2017, 2018, 2024].map((y) => stretchOf(breaks, y))).toEqual([0, 0, 1, 1]);
    expect(comparable(breaks, 2016, 2017)).toBe(true);
    expect(comparable(breaks, 2017, 2018)).toBe(false);
    expect(stretches(breaks, [2024, 2011, 2012, 2017, 2018, 2020])).toEqual([
      { from: 2011, to: 2017 },
      { from: 2018, to: 2024 },
    ]);
  });
});

describe('changes', () => {
  it('are computed within a stretch, as the pages show them', () => {
    expect(rankMove(at(2019, 43.65, 34), at(2020, 44.77, 6))).toEqual({ value: 28 });
    expect(scoreMove(at(2019, 46.0428, 4), at(2020, 44.3172, 13))).toEqual({ value: -1.72 });
  });
  it('are never computed across the break: "2017 → 2018: giảm 53 bậc" compares two indices', () => {
    expect(rankMove(at(2017, 36.1, 5), at(2018, 41.2, 58))).toBe('not-comparable');
    expect(scoreMove(at(2017, 36.1, 5), at(2018, 41.2, 58))).toBe('not-comparable');
    expect(changeCell(rankMove(at(2017, 36.1, 5), at(2018, 41.2, 58)))).toBeNull();
  });
  it('are missing without both figures, or without a year before', () => {
    expect(rankMove(at(2020, null, null), at(2021, 40, 3))).toBe('missing');
    expect(rankMove(undefined, at(2011, 40, 3))).toBe('missing');
    expect(changeCell({ value: 0 })).toBe(0);
  });
});
