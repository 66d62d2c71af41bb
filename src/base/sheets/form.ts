/**
 * What a kind tells the spreadsheet tools about one of its content files: the form officials
 * fill in. A form has fields (commune, year, unit…: labelled cells above the table or on the
 * "Thông tin" sheet) and one or more tables (each on its own sheet: columns ← content fields,
 * Vietnamese headers and the spellings real files use, closed value lists). The template writer
 * and the importer work from these descriptions only, so a template never drifts from the schema
 * the build checks, and the shared code imports no kind.
 */
import type { Bilingual, ContentIssue } from '../content/errors.ts';
import type { Decimal } from './decimal.ts';
import type { AmountUnit } from './units.ts';

/**
 * How a cell is read: text; a figure in the table's unit (null when empty or "-"); a whole
 * count (never empty); a price per m² (null when empty); a plain number; a day; a line code.
 */
export type ColumnType = 'text' | 'amount' | 'count' | 'number' | 'date' | 'code' | 'boolean';

/** A closed list: fixed values, or one of the instance's lists (filled in when a template is made). */
export type ValueList = readonly string[] | { list: string };

export interface FormColumn {
  /** The content field this column fills. */
  key: string;
  /** The header in the template (Vietnamese), and in English for the instructions. */
  header: string;
  headerEn: string;
  /** Other headers real files use, compared without diacritics or punctuation. */
  aliases?: readonly string[];
  /** A test of the header (folded: no diacritics, lower case) for spellings too many to list. */
  matches?: (folded: string, context: { notes: string }) => boolean;
  type: ColumnType;
  /** An empty cell is a problem (for a figure: "-" too). */
  required?: boolean;
  values?: ValueList;
  /** Column width in the template (characters). */
  width?: number;
  /** Read from real files only; the template has no such column ("Từ" and "Đến" of a segment). */
  readOnly?: boolean;
  /** A list of short texts in one cell, separated by ";" (land types of a project). */
  list?: boolean;
  /** What to write, shown in the instructions. */
  help?: Bilingual;
}

export interface FormTable {
  key: string;
  /** The sheet's name in the template. */
  sheet: string;
  title: string;
  columns: readonly FormColumn[];
  /** The table's amounts are money in a unit stated above it ("Đơn vị tính: triệu đồng"). */
  unit?: { default: string; perSquareMetre?: boolean };
  /** One row showing how to fill it in (a row left exactly like it is not imported). */
  example: Readonly<Record<string, string | number | null>>;
  /** Headers of columns real files have that are not imported ("So sánh (%)", "Ghi chú"). */
  ignore?: (folded: string) => boolean;
}

export interface FormField {
  key: string;
  label: string;
  labelEn: string;
  aliases?: readonly string[];
  type: ColumnType;
  required?: boolean;
  values?: ValueList;
  help?: Bilingual;
  /** On the first table's sheet above the table (commune, year), or on the "Thông tin" sheet. */
  place: 'above' | 'info';
}

/** A value read from a cell, and where it was. */
export interface CellValue<T = unknown> {
  value: T;
  sheet: string;
  /** "C12"; undefined when the value came from an option (--commune) or was not in the file. */
  cell?: string;
  row?: number;
  column?: string;
}

export interface ReadRow {
  sheet: string;
  /** The row as Excel numbers it. */
  row: number;
  values: Record<string, CellValue>;
}

export interface ReadTable {
  key: string;
  sheet: string;
  rows: ReadRow[];
  /** The unit stated above the table, and where. */
  unit?: CellValue<AmountUnit>;
  /** The header of each column read, by field: where each column is ("C"). */
  columns: Record<string, string>;
  /** Rows skipped because they are the template's example, left as it was. */
  skippedExample: number;
}

export interface ReadForm {
  form: string;
  file: string;
  fields: Record<string, CellValue>;
  tables: Record<string, ReadTable>;
  /** The text above the first table (title, notes), folded: forms read the year or period from it. */
  notes: string;
}

/** A figure as read: exact, in the unit of its table. */
export type Figure = Decimal | null;

/** What every instance gives the forms: its lists for drop-downs and for checking names. */
export interface FormLists {
  /** Current communes and wards: id and name ("Xã Cam Lộ"). */
  communes: readonly { id: string; name: string }[];
  /** Other lists by name (units of the instance, land types in use…). */
  [list: string]: readonly { id: string; name: string }[];
}

/** The content folder of one instance, as text files by path ("disclosures/xa-cam-lo/ho-ngheo-2025.csv"). */
export interface ContentFiles {
  read(path: string): string | undefined;
  list(dir: string): string[];
}

export interface FileChange {
  path: string;
  /** The file's text before (undefined: a new file) and after. */
  before: string | undefined;
  after: string;
  /** Lines a person reads before anything is written: rows added, figures changed (old → new). */
  summary: string[];
  /** Where each row of a table file came from, for messages about the written file: its data row (1-based) → place. */
  rowPlaces?: Map<number, { sheet: string; row: number; columns: Record<string, string> }>;
  /** Where each entry of a YAML file came from: its path in the file → the row and its columns. */
  yamlPlaces?: YamlPlace[];
}

export interface YamlPlace {
  path: (string | number)[];
  sheet: string;
  row: number;
  /** Field (relative to the entry) → column letter. */
  columns: Record<string, string>;
}

/** A form filled in with content, for the template writer (export) and the round-trip test. */
export interface FilledForm {
  form: string;
  /** What the file is for, used in its name: "ngan-sach-xa-cam-lo-2025". */
  name: string;
  fields: Record<string, string | number | boolean | null>;
  tables: Record<string, Record<string, string | number | null>[]>;
  /** The unit the amounts are written in. */
  units?: Record<string, string>;
}

export interface ApplyOptions {
  /** Chosen on the command line; otherwise read from the file. */
  commune?: string;
}

export type ApplyResult = { ok: true; changes: FileChange[]; notes: string[] } | { ok: false; issues: ContentIssue[] };

/** One form: how it looks, how content fills it, how a filled one becomes content. */
export interface SheetForm {
  /** The template's mark and file name: "ngan-sach". */
  key: string;
  title: Bilingual;
  /** What the form is for, one paragraph per language, for the instructions sheet. */
  purpose: Bilingual;
  fields: readonly FormField[];
  tables: readonly FormTable[];
  /** The content folders the form reads and writes ("disclosures"): what the check in the browser is given a copy of. */
  folders: readonly string[];
  /** Closed lists this form brings (names standard values and those the content already uses). */
  lists?(files: ContentFiles): Record<string, readonly { id: string; name: string }[]>;
  /** Every filled form of the current content (for the round trip and for officials to start from). */
  fromContent(files: ContentFiles, lists: FormLists): FilledForm[];
  /** The content files a filled form gives, with what changes; or the problems, naming the cells. */
  toContent(read: ReadForm, files: ContentFiles, lists: FormLists, options: ApplyOptions): ApplyResult;
  /**
   * The build's checks that need no more than the files the changes write and the content
   * beside them (each file's schema, the rules within it, personal data), without the file
   * system: the check in the browser runs them. The import runs the build's whole loader on a
   * copy of the instance instead, which also checks across kinds.
   */
  checkFiles?(changes: readonly FileChange[], files: ContentFiles): ContentIssue[];
}
