/**
 * The check before sending, as the publishing page runs it in the browser: the import without
 * writing anything (importer.ts), on the instance's content as the build copied it, then each
 * form's own checks of the files it would write (their schema, the rules within a file,
 * personal data), every problem placed back at the cell it came from. The file never leaves
 * the computer. What only the import checks — the build's whole loader on a copy of the
 * instance, across kinds and files — the page says it does not.
 */
import type { ContentIssue } from '../content/errors.ts';
import type { ContentFiles, FormLists, SheetForm } from './form.ts';
import { importWorkbook, placeInWorkbook } from './importer.ts';

/** What the check needs of the instance, copied at build time: the forms' lists and the content they read. */
export interface ContentSnapshot {
  lists: FormLists;
  /** Text files by path relative to the instance ("disclosures/xa-a/cong-khai.yaml"). */
  files: Record<string, string>;
}

/** The content folders the forms read and write, each once: what the snapshot holds. */
export function formFolders(forms: readonly SheetForm[]): string[] {
  return [...new Set(forms.flatMap((f) => f.folders))];
}

/** A snapshot's files as the forms read them. */
export function snapshotFiles(files: Record<string, string>): ContentFiles {
  return {
    read: (path) => (Object.hasOwn(files, path) ? files[path] : undefined),
    list(dir) {
      const prefix = `${dir.replace(/\/$/, '')}/`;
      const names = new Set<string>();
      for (const path of Object.keys(files))
        if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]!);
      return [...names].sort();
    },
  };
}

export interface CheckRequest {
  bytes: Uint8Array;
  file: string;
  forms: readonly SheetForm[];
  snapshot: ContentSnapshot;
  /** The form, when the file does not say (--kind). */
  kind?: string;
  /** The commune, when the file does not say (--commune). */
  commune?: string;
}

export interface CheckedTable {
  sheet: string;
  title: string;
  /** Rows read (example rows of the template left out). */
  rows: number;
}

export interface CheckedFile {
  path: string;
  /** A file the content does not have yet. */
  added: boolean;
  /** What changes, as the import prints it (rows added, figures old → new). */
  summary: string[];
}

export interface CheckResult {
  form?: Pick<SheetForm, 'key' | 'title'>;
  /** Problems, in the order of the file (sheet, then row, then column); empty when the file is good. */
  issues: ContentIssue[];
  tables: CheckedTable[];
  files: CheckedFile[];
  notes: string[];
}

const columnNumber = (column: string | undefined) =>
  [...(column ?? '')].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);

/** Problems as the file has them: sheet by sheet, then row, then column; the file's own problems first. */
export function inFileOrder(issues: readonly ContentIssue[], sheets: readonly string[]): ContentIssue[] {
  const sheetIndex = (s: string | undefined) => (s === undefined ? -1 : sheets.indexOf(s));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        sheetIndex(a.issue.sheet) - sheetIndex(b.issue.sheet) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        columnNumber(a.issue.column) - columnNumber(b.issue.column) ||
        a.i - b.i,
    )
    .map(({ issue }) => issue);
}

export function checkWorkbook(request: CheckRequest): CheckResult {
  const files = snapshotFiles(request.snapshot.files);
  const result = importWorkbook({
    bytes: request.bytes,
    file: request.file,
    forms: request.forms,
    files,
    lists: request.snapshot.lists,
    kind: request.kind || undefined,
    options: { commune: request.commune || undefined },
  });
  const form = result.form ? { key: result.form.key, title: result.form.title } : undefined;
  const tables: CheckedTable[] = result.read
    ? (result.form?.tables ?? []).flatMap((t) => {
        const read = result.read!.tables[t.key];
        return read ? [{ sheet: read.sheet, title: t.title, rows: read.rows.length }] : [];
      })
    : [];
  const sheets = [...new Set(tables.map((t) => t.sheet))];
  const checked = result.issues.length ? [] : (result.form?.checkFiles?.(result.changes, files) ?? []);
  const issues = [...result.issues, ...checked.map((issue) => placeInWorkbook(issue, result.changes, request.file))];
  return {
    form,
    issues: inFileOrder(issues, sheets),
    tables,
    files: issues.length
      ? []
      : result.changes.map((c) => ({ path: c.path, added: c.before === undefined, summary: c.summary })),
    notes: result.notes,
  };
}
