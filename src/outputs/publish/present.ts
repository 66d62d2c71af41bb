/**
 * A check's result as the page shows it, in the reader's language: the heading, whether the
 * file is good, what it holds (rows per table), what importing it would change, and each
 * problem with its place (sheet and cell as Excel names them), field, what was found and
 * what was expected. Pure, so it is tested without a page.
 */
import type { ContentIssue } from '../../base/content/errors.ts';
import type { CheckResult } from '../../base/sheets/check.ts';
import type { Lang } from '../../base/words.ts';
import { publishWords } from './words.ts';

export interface ProblemView {
  place: string;
  field: string;
  found: string;
  expected: string;
}

export interface CheckView {
  heading: string;
  ok: boolean;
  /** "No problems found." or "3 problems to correct." */
  summary: string;
  /** The form recognised, when one was. */
  form?: string;
  /** "sheet "Hộ nghèo" (…): 2 rows", one per table read. */
  tables: string[];
  /** What importing the file would change, file by file (empty: nothing), or undefined when it has problems. */
  changes?: { label: string; lines: string[] }[];
  notes: string[];
  problems: ProblemView[];
}

export function placeOf(issue: ContentIssue, lang: Lang): string {
  const w = publishWords(lang);
  if (issue.sheet) {
    if (issue.cell) return w('check.place.cell', { sheet: issue.sheet, cell: issue.cell });
    if (issue.row !== undefined) return w('check.place.row', { sheet: issue.sheet, row: issue.row });
    if (issue.column) return w('check.place.column', { sheet: issue.sheet, column: issue.column });
    return w('check.place.sheet', { sheet: issue.sheet });
  }
  // A problem the per-file checks found where no cell of the workbook gave the value.
  if (issue.file.includes('/')) {
    return issue.line !== undefined
      ? w('check.place.writtenLine', { file: issue.file, line: issue.line })
      : w('check.place.written', { file: issue.file });
  }
  return w('check.place.file');
}

export function presentCheck(result: CheckResult, file: string, lang: Lang): CheckView {
  const w = publishWords(lang);
  const ok = result.issues.length === 0;
  const count = result.issues.length;
  return {
    heading: w('check.result', { file }),
    ok,
    summary: ok ? w('check.ok') : count === 1 ? w('check.problems.one') : w('check.problems', { count }),
    form: result.form ? w('check.form', { form: result.form.title[lang] }) : undefined,
    tables: result.tables.map((t) =>
      w(t.rows === 1 ? 'check.rows.one' : 'check.rows', { sheet: t.sheet, title: t.title, rows: t.rows }),
    ),
    changes: ok
      ? result.files.map((f) => ({
          label: w(f.added ? 'check.added' : 'check.changed', { path: f.path }),
          lines: f.summary,
        }))
      : undefined,
    notes: result.notes,
    problems: result.issues.map((issue) => ({
      place: placeOf(issue, lang),
      field: issue.field,
      found: issue.found,
      expected: issue.expected[lang],
    })),
  };
}
