/**
 * Ranks, the number ranked, quartile bands and changes, derived from the scores alone.
 * Only province-years with a total (every dimension of that year scored) are ranked; a missing
 * score is a gap, never a zero, and never gets a rank or a band.
 */

export const bands = ['top', 'upper-middle', 'lower-middle', 'bottom'] as const;
/** PAPI's four colour groups: nhóm cao nhất, trung bình cao, trung bình thấp, thấp nhất. */
export type Band = (typeof bands)[number];

/** Competition ranking by score, highest first: equal scores share a rank ("1, 2, 2, 4"). */
export function rankScores<K>(entries: { key: K; score: number }[]): Map<K, number> {
  const sorted = [...entries].sort((a, b) => b.score - a.score);
  const ranks = new Map<K, number>();
  sorted.forEach((e, i) =>
    ranks.set(e.key, i > 0 && sorted[i - 1]!.score === e.score ? ranks.get(sorted[i - 1]!.key)! : i + 1),
  );
  return ranks;
}

/** The 25th, 50th and 75th percentiles, interpolated linearly between sorted values. */
export function quartiles(values: number[]): [number, number, number] {
  if (values.length === 0) throw new Error('quartiles of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  };
  return [at(0.25), at(0.5), at(0.75)];
}

/**
 * The band of a score among the year's ranked provinces: at or above the 75th percentile is the
 * top group, at or above the median upper-middle, at or above the 25th percentile lower-middle.
 * This reproduces the groups PAPI reports and the provinces' own documents quote (Quảng Trị 2020:
 * dimensions 1, 3, 4 top; 2, 6, 7, 8 upper-middle; 5 bottom).
 */
export function bandOf(score: number, [q1, q2, q3]: [number, number, number]): Band {
  if (score >= q3) return 'top';
  if (score >= q2) return 'upper-middle';
  if (score >= q1) return 'lower-middle';
  return 'bottom';
}

/** A score as shown on the page (2 decimals). Changes are differences of shown values, so they add up on the page. */
export function shown(score: number): number {
  return Math.round(score * 100) / 100;
}

/** Points gained (negative: lost) between two scores, as the difference of their 2-decimal values. */
export function pointsChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null) return null;
  return Math.round((shown(current) - shown(previous)) * 100) / 100;
}

/** Places gained (positive: moved up, as rank 34 → 6 is +28) or lost. */
export function rankChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null) return null;
  return previous - current;
}
