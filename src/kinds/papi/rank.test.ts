import { describe, expect, it } from 'vitest';
import { bandOf, pointsChange, quartiles, rankChange, rankScores } from './rank.ts';

describe('ranks and bands from scores', () => {
  it('ranks highest first and lets equal scores share a rank', () => {
    const ranks = rankScores([
      { key: 'a', score: 40 },
      { key: 'b', score: 45 },
      { key: 'c', score: 40 },
      { key: 'd', score: 39 },
    ]);
    expect([...'abcd'].map((k) => ranks.get(k))).toEqual([2, 1, 2, 4]);
  });
  it('interpolates quartiles between sorted values', () => {
    expect(quartiles([4, 1, 3, 2, 5])).toEqual([2, 3, 4]);
    expect(quartiles([1, 2, 3, 4])).toEqual([1.75, 2.5, 3.25]);
  });
  it('puts a score at a quartile into the higher band', () => {
    const q: [number, number, number] = [2, 3, 4];
    expect([4, 3.99, 3, 2, 1.99].map((s) => bandOf(s, q))).toEqual([
      'top',
      'upper-middle',
      'upper-middle',
      'lower-middle',
      'bottom',
    ]);
  });
  it('computes a change from the 2-decimal values a reader sees', () => {
    // Bắc Giang 2019 → 2020: 46.0428 → 44.3172 is shown as 46,04 → 44,32, a fall of 1,72 (not 1,7256).
    expect(pointsChange(46.0428, 44.3172)).toBe(-1.72);
    expect(pointsChange(null, 44.3172)).toBeNull();
    expect(rankChange(34, 6)).toBe(28);
    expect(rankChange(4, 13)).toBe(-9);
    expect(rankChange(4, null)).toBeNull();
  });
});
