/**
 * Plain CSV files for the importers and generators (not the portal's loaders, which locate
 * every cell for their messages): read into rows of strings, written byte for byte the same
 * from the same rows (comma-separated, "\n" line ends, a cell quoted only when it must be).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;

/** The rows of a CSV file with a header; cells trimmed and in composed Unicode (NFC). */
export function readCsvFile(path: string): Row[] {
  const rows = parse(readFileSync(path), { columns: true, bom: true, trim: true, skip_empty_lines: true }) as Row[];
  // Names are compared and slugged: composed and decomposed diacritics must not differ.
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.normalize('NFC')])));
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The text of a CSV file: the columns in the order given (each a string field of the rows), a missing cell empty. */
export function csvText<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns, ...rows.map((r) => columns.map((c) => String(r[c] ?? '')))];
  return lines.map((l) => l.map(cell).join(',')).join('\n') + '\n';
}

export function writeCsvFile<T extends object>(
  path: string,
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
): void {
  writeText(path, csvText(columns, rows));
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Plain code-unit order: a locale-aware order could change with the ICU version and break reproducibility. */
export const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
