/**
 * What the consistency rules of the disclosures' parts share. A rule is a pure function of
 * validated data: it returns problems, each at the place where the wrong value was typed (a
 * row and column of a table, a field of a YAML file), and the loader files them. A rule that
 * is a judgement rather than a logical impossibility says so in its message.
 */
import type { Bilingual } from '../../base/content/errors.ts';
import type { Path } from '../../base/content/read.ts';

export interface RuleProblem {
  /**
   * Where the wrong value was typed, relative to what the rule was given: [row index, column]
   * for a table's rows, [item index, field…] for a list, a field path for a file.
   */
  path: Path;
  /** The value as the official sees it in the file. */
  found: string;
  expected: Bilingual;
}

/** The words that mark a rule as a judgement: the value is possible, but very unlikely. */
export const UNLIKELY: Bilingual = {
  vi: 'Điều này khó có thể đúng — kiểm tra lại',
  en: 'this is unlikely to be right — check it',
};

/** An expectation of a judgement rule: what is expected, and that the rule is a judgement. */
export function unlikely(expected: Bilingual): Bilingual {
  return { vi: `${expected.vi}. ${UNLIKELY.vi}`, en: `${expected.en}; ${UNLIKELY.en}` };
}

/**
 * A text as two entries are compared: the same letters in the same composed form, spaces
 * collapsed, case ignored ("Khu phố 1" and "khu  phố 1" are one village). Marks are kept:
 * "Thôn Đông" and "Thôn Động" are different villages.
 */
export function sameText(text: string | null): string {
  return (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** A key of several texts, compared as sameText does. */
export function keyOf(...parts: (string | null)[]): string {
  return parts.map(sameText).join('\u0000');
}

export interface Repeat {
  /** The index of the entry that repeats a key. */
  index: number;
  /** The index of the first entry with that key. */
  first: number;
}

/** Entries whose key an earlier entry already has (an entry whose key is null is not compared). */
export function repeats<T>(items: readonly T[], key: (item: T) => string | null): Repeat[] {
  const seen = new Map<string, number>();
  const out: Repeat[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (k === null) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else out.push({ index, first });
  });
  return out;
}

/** A table's row as the file shows it: the header is row 1, so the first data row is row 2. */
export function tableRow(index: number): number {
  return index + 2;
}

/** The first day of a year, as an ISO date. */
export function yearStart(year: number): string {
  return `${year}-01-01`;
}

/** The last day of a year, as an ISO date. */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}
