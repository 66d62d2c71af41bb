/**
 * From a spreadsheet to content files, without touching any file: read the workbook, recognise
 * its form (the template's mark, its headers, or the form asked for), read it, and let the form
 * say which content files change and how. The command line (scripts/import/import.ts) and a
 * browser page can both drive it; writing and validating the result is theirs to do.
 */
import type { ContentIssue } from '../content/errors.ts';
import { LineCounter, parseDocument } from 'yaml';
import type { ApplyOptions, ContentFiles, FileChange, FormLists, ReadForm, SheetForm, YamlPlace } from './form.ts';
import { readWorkbook, type Workbook } from './grid.ts';
import { readForm, recogniseForm } from './read.ts';

export interface ImportRequest {
  bytes: Uint8Array;
  /** The file's name, as messages show it. */
  file: string;
  forms: readonly SheetForm[];
  files: ContentFiles;
  lists: FormLists;
  /** The form's key (--kind), when the file does not say. */
  kind?: string;
  options?: ApplyOptions;
}

export interface ImportResult {
  form?: SheetForm;
  /** The form as read from the file (its tables' rows), when it could be read. */
  read?: ReadForm;
  changes: FileChange[];
  notes: string[];
  issues: ContentIssue[];
}

/** The instance's lists: the communes, and what each form lists from the content (land types in use…). */
export function formLists(
  forms: readonly SheetForm[],
  files: ContentFiles,
  communes: FormLists['communes'],
): FormLists {
  const lists: FormLists = { communes };
  for (const form of forms) Object.assign(lists, form.lists?.(files) ?? {});
  return lists;
}

/** The units as the forms need them: which are current communes, and the label the portal shows for each. */
export interface UnitsForForms {
  all: readonly { id: string; kind: string; name_vi: string; valid_to: string | null }[];
  label(id: string): string;
}

/**
 * An instance's lists for its forms: its current communes and wards (by name), every unit by
 * the label the portal shows (which tells apart units of the same name), and each form's own.
 */
export function instanceFormLists(forms: readonly SheetForm[], files: ContentFiles, units: UnitsForForms): FormLists {
  const communes = units.all
    .filter((u) => u.kind === 'commune' && u.valid_to === null)
    .map((u) => ({ id: u.id, name: u.name_vi }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const lists = formLists(forms, files, communes);
  lists.units = units.all.map((u) => ({ id: u.id, name: units.label(u.id) }));
  return lists;
}

const formNames = (forms: readonly SheetForm[]) => forms.map((f) => `${f.key} (${f.title.vi})`).join(', ');

export function openWorkbook(bytes: Uint8Array, file: string): { book?: Workbook; issue?: ContentIssue } {
  try {
    // An .xlsx is a zip (PK…), an .xls a compound document (D0 CF 11 E0): anything else (a CSV,
    // a web page saved as .xls, a PDF) is not read as a spreadsheet by guesswork.
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    if (!zip && !ole) throw new Error('not a workbook');
    const book = readWorkbook(bytes, file);
    if (!book.sheets.some((s) => s.cells.size)) throw new Error('empty');
    return { book };
  } catch {
    return {
      issue: {
        file,
        field: '(tệp / file)',
        found: bytes.length
          ? 'không đọc được như một bảng tính / not readable as a spreadsheet'
          : 'tệp trống, 0 byte / an empty file, 0 bytes',
        expected: {
          vi: 'một bảng tính Excel (.xlsx hoặc .xls) có dữ liệu; nếu tệp có mật khẩu, bỏ mật khẩu rồi lưu lại',
          en: 'an Excel workbook (.xlsx or .xls) with data; if it has a password, remove it and save again',
        },
      },
    };
  }
}

export function importWorkbook(request: ImportRequest): ImportResult {
  const { file, forms, files, lists } = request;
  const opened = openWorkbook(request.bytes, file);
  if (!opened.book) return { changes: [], notes: [], issues: [opened.issue!] };
  const book = opened.book;
  let form: SheetForm | undefined;
  if (request.kind) {
    form = forms.find((f) => f.key === request.kind);
    if (!form)
      return {
        changes: [],
        notes: [],
        issues: [
          {
            file,
            field: '--kind',
            found: JSON.stringify(request.kind),
            expected: { vi: `một trong: ${formNames(forms)}`, en: `one of: ${formNames(forms)}` },
          },
        ],
      };
  } else form = recogniseForm(book, forms);
  if (!form)
    return {
      changes: [],
      notes: [],
      issues: [
        {
          file,
          field: '(mẫu / form)',
          found: 'không nhận ra bảng thuộc mẫu nào / the table matches no form',
          expected: {
            vi: `một bảng theo một mẫu của cổng (npm run templates), hoặc chạy lệnh với --kind <mẫu>: ${formNames(forms)}`,
            en: `a table following one of the portal's forms (npm run templates), or run with --kind <form>: ${formNames(forms)}`,
          },
        },
      ],
    };
  const read = readForm(book, form, lists);
  if (read.issues.length || !read.read) return { form, read: read.read, changes: [], notes: [], issues: read.issues };
  const applied = form.toContent(read.read, files, lists, request.options ?? {});
  if (!applied.ok) return { form, read: read.read, changes: [], notes: [], issues: applied.issues };
  const skipped = Object.values(read.read.tables).reduce((n, t) => n + t.skippedExample, 0);
  const notes = [...applied.notes];
  if (skipped) notes.push(`Bỏ qua ${skipped} dòng ví dụ của mẫu / ${skipped} example row(s) of the template skipped`);
  return { form, read: read.read, changes: applied.changes, notes, issues: [] };
}

/**
 * A problem the content checks found in a file the import wrote, placed back in the spreadsheet
 * when the row came from it: the official corrects the cell, not the generated file.
 */
export function placeInWorkbook(issue: ContentIssue, changes: FileChange[], file: string): ContentIssue {
  const change = changes.find((c) => issue.file === c.path || issue.file.endsWith(`/${c.path}`));
  if (change?.yamlPlaces && issue.line !== undefined)
    return placeYamlIssue(issue, change.after, change.yamlPlaces, file);
  if (!change?.rowPlaces || issue.row === undefined) return issue;
  // The content loader counts the header as row 1.
  const from = change.rowPlaces.get(issue.row - 1);
  if (!from) return issue;
  const column = from.columns[issue.column ?? issue.field];
  return {
    ...issue,
    file,
    sheet: from.sheet,
    row: from.row,
    column: column ?? issue.column,
    cell: column ? `${column}${from.row}` : undefined,
  };
}

/** A problem at a line of a written YAML file, placed at the row its entry came from (the deepest that holds the line). */
function placeYamlIssue(issue: ContentIssue, text: string, places: YamlPlace[], file: string): ContentIssue {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  let best: { place: YamlPlace; depth: number } | undefined;
  for (const place of places) {
    const node = doc.getIn(place.path, true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) continue;
    const first = counter.linePos(node.range[0]).line;
    const last = counter.linePos(Math.max(node.range[0], node.range[2] - 1)).line;
    if (issue.line! >= first && issue.line! <= last && (!best || place.path.length > best.depth))
      best = { place, depth: place.path.length };
  }
  if (!best) return issue;
  const { place } = best;
  // The loader names a field within its entry, or from the top of the file.
  const prefix = `${place.path.join('.')}.`;
  const field = issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field;
  const column = place.columns[field] ?? place.columns[field.split('.')[0]!];
  return {
    ...issue,
    file,
    line: undefined,
    sheet: place.sheet,
    row: place.row,
    column,
    cell: column ? `${column}${place.row}` : undefined,
  };
}
