/**
 * Consistency rules: checks across fields and files that a schema cannot make (a parent that
 * ended before its child began, a report filed before its period). Each kind keeps its rules
 * as pure functions beside its schema (src/kinds/<kind>/rules.ts); a rule returns problems
 * naming which entry and field holds the wrong value, and the kind's loader files them with
 * that entry's place, so every message still names the file, the line or row, and the field.
 */
import { reportField, type Entry, type LoadContext } from './content/context.ts';
import { showFound, type Bilingual, type Place } from './content/errors.ts';
import type { Path } from './content/read.ts';

/** What a rule found in one entry: which field, what it holds, what was expected. */
export interface FieldProblem {
  path: Path;
  found: string;
  expected: Bilingual;
}

/** What a rule found among many entries: at which one (an index into what the rule was given). */
export interface Problem extends FieldProblem {
  at: number;
}

/**
 * A judgement, not a logical impossibility: the value could be right, but hardly ever is.
 * The message says so, so that an official checks it rather than "fixes" what is true.
 */
export function judgement(expected: Bilingual): Bilingual {
  return {
    vi: `${expected.vi}. Điều này khó có thể đúng — kiểm tra lại`,
    en: `${expected.en}. This is unlikely to be right — check it`,
  };
}

/** A value as messages show it: a quoted text, or "(trống / empty)". */
export const shown = (value: unknown): string => showFound(value);

/** Where another entry is, for a message that points to it: "units/a.csv, hàng 3" / "units/a.csv, row 3". */
export function whereText(place: Omit<Place, 'sheet' | 'column'> & { column?: string }): Bilingual {
  if (place.row !== undefined) return { vi: `${place.file}, hàng ${place.row}`, en: `${place.file}, row ${place.row}` };
  if (place.line !== undefined)
    return { vi: `${place.file}, dòng ${place.line}`, en: `${place.file}, line ${place.line}` };
  return { vi: place.file, en: place.file };
}

/** The place of an entry (or of one of its fields) as words, for naming it in another entry's message. */
export function whereEntry(entry: Entry<unknown>, path: Path = []): Bilingual {
  return whereText(entry.at(path));
}

/** Files a rule's problems about one entry, each at its field. */
export function fileFieldProblems(ctx: LoadContext, entry: Entry<unknown>, problems: readonly FieldProblem[]): void {
  for (const p of problems) reportField(ctx, entry, p.path, p.found, p.expected);
}

/** Files a rule's problems, each at its entry's field. */
export function fileProblems<T>(ctx: LoadContext, entries: readonly Entry<T>[], problems: readonly Problem[]): void {
  for (const p of problems) reportField(ctx, entries[p.at]!, p.path, p.found, p.expected);
}

/** A validity interval with open ends where the content does not say (null). */
export interface Validity {
  valid_from: string | null;
  valid_to: string | null;
}

/** Whether a unit valid over `v` existed on `day` (an unknown end counts as existing). */
export function validOn(v: Validity, day: string): boolean {
  return (v.valid_from === null || v.valid_from <= day) && (v.valid_to === null || day <= v.valid_to);
}
