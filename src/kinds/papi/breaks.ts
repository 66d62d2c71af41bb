/**
 * Where PAPI figures stop being comparable. In 2018 the questionnaire grew from 6 dimensions to
 * 8 (total out of 60 → out of 80) and several sub-dimensions changed meaning: a total, a
 * dimension score or a rank of 2017 and one of 2018 measure different things. Every trend breaks
 * there (charts and tables), and no change is computed across it: "2017 → 2018: giảm 53 bậc"
 * compares two different indices.
 */
import type { Framework } from './schema.ts';
import { pointsChange, rankChange } from './rank.ts';

/** The first year of each era measured on another scale than the era before it (2018). */
export function scaleBreaks(framework: Pick<Framework, 'eras'>): number[] {
  const eras = [...framework.eras].sort((a, b) => a.from - b.from);
  return eras.flatMap((era, i) => (i > 0 && era.max_total !== eras[i - 1]!.max_total ? [era.from] : []));
}

/**
 * The stretch of comparable years a year belongs to: 0 before the first break, 1 after it…
 * Figures of two years can be compared only within one stretch.
 */
export function stretchOf(breaks: readonly number[], year: number): number {
  return breaks.filter((b) => b <= year).length;
}

/** Whether the figures of two years measure the same thing (no break between them). */
export function comparable(breaks: readonly number[], a: number, b: number): boolean {
  return stretchOf(breaks, a) === stretchOf(breaks, b);
}

/** The stretches as ranges of years, for saying "2011–2017" and "2018–2024". */
export function stretches(breaks: readonly number[], years: readonly number[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && comparable(breaks, last.to, year)) last.to = year;
    else out.push({ from: year, to: year });
  }
  return out;
}

/**
 * The change from one year to the next, or why there is none: across a break it is not
 * comparable (never a number), and without both figures it is missing.
 */
export type Change = { value: number } | 'not-comparable' | 'missing';

/** A year's figure of a series, with the stretch of comparable years it belongs to (stretchOf). */
export interface Figure {
  year: number;
  score: number | null;
  rank: number | null;
  stretch: number;
}

function change(previous: Figure | undefined, current: Figure, of: (a: Figure, b: Figure) => number | null): Change {
  if (!previous) return 'missing';
  if (previous.stretch !== current.stretch) return 'not-comparable';
  const value = of(previous, current);
  return value === null ? 'missing' : { value };
}

/** Places gained (positive) or lost on the year before; never across a break. */
export function rankMove(previous: Figure | undefined, current: Figure): Change {
  return change(previous, current, (a, b) => rankChange(a.rank, b.rank));
}

/** Points gained or lost on the year before (of the 2-decimal values shown); never across a break. */
export function scoreMove(previous: Figure | undefined, current: Figure): Change {
  return change(previous, current, (a, b) => pointsChange(a.score, b.score));
}

/** A change as a table cell: its value, or null (the dataset's gap says why). */
export function changeCell(c: Change): number | null {
  return typeof c === 'object' ? c.value : null;
}
