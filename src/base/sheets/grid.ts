/**
 * A workbook as the importer sees it: each sheet a grid of cells (the stored value, the text
 * Excel shows, the address as Excel names it) with its merged ranges. Reading is done by
 * SheetJS, which opens .xlsx and legacy .xls alike and runs in a browser as well as in Node:
 * nothing here touches the file system.
 */
import * as XLSX from '@e965/xlsx';

export interface Cell {
  /** 1-based row and column, as Excel numbers them. */
  row: number;
  col: number;
  /** "C12". */
  address: string;
  /** What the cell stores: a number, text, true/false; null when empty. */
  value: number | string | boolean | null;
  /** What Excel shows (the number formatted, the text as typed). */
  text: string;
  /** For a number formatted as a date: the day, YYYY-MM-DD. */
  date?: string;
}

export interface Range {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The file's name as the official knows it. */
  file: string;
  sheet: string;
  /** Cells that are not empty, by row then column (1-based). */
  cells: Map<number, Map<number, Cell>>;
  merges: Range[];
  /** The last row and column that hold anything. */
  rows: number;
  cols: number;
  /** A sheet the official hid (the template's lists). */
  hidden: boolean;
}

export interface Workbook {
  file: string;
  sheets: Grid[];
  /** The template's mark ("minh-bach:ngan-sach:1"), kept in the file's properties. */
  keywords: string;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.cells.get(row)?.get(col);
}

/** The merged range a cell belongs to, if any. */
export function mergeAt(grid: Grid, row: number, col: number): Range | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The cell that shows at (row, col): a merged range shows its top-left cell everywhere. */
export function shownAt(grid: Grid, row: number, col: number): Cell | undefined {
  const m = mergeAt(grid, row, col);
  return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
}

/** The cells of a row, left to right. */
export function rowCells(grid: Grid, row: number): Cell[] {
  return [...(grid.cells.get(row)?.values() ?? [])].sort((a, b) => a.col - b.col);
}

/** Text of a cell as shown, trimmed, with non-breaking and other odd spaces made plain. */
export function cellText(cell: Cell | undefined): string {
  return (cell?.text ?? '')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toCell(raw: XLSX.CellObject, row: number, col: number, date1904: boolean): Cell | undefined {
  let value: Cell['value'] = null;
  if (raw.t === 'n' && typeof raw.v === 'number') value = raw.v;
  else if (raw.t === 's') value = String(raw.v ?? '');
  else if (raw.t === 'b') value = Boolean(raw.v);
  else if (raw.t === 'e') value = raw.w ?? '#ERROR';
  else if (raw.t === 'd' && raw.v instanceof Date) value = raw.v.toISOString().slice(0, 10);
  if (value === null || value === '') return undefined;
  const text = raw.w ?? String(value);
  const cell: Cell = { row, col, address: cellAddress(row, col), value, text };
  if (typeof value === 'number' && raw.z !== undefined && XLSX.SSF.is_date(raw.z)) {
    const parsed = XLSX.SSF.parse_date_code(value, { date1904 });
    if (parsed) cell.date = isoOf(parsed.y, parsed.m, parsed.d);
  }
  return cell;
}

/** Reads an .xlsx or .xls file's bytes into grids. Throws when the bytes are not a workbook. */
export function readWorkbook(bytes: Uint8Array, file: string): Workbook {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellText: true, cellDates: false, dense: false });
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets: Grid[] = book.SheetNames.map((name, i) => {
    const ws = book.Sheets[name]!;
    const cells = new Map<number, Map<number, Cell>>();
    let rows = 0;
    let cols = 0;
    for (const key of Object.keys(ws)) {
      if (key.startsWith('!')) continue;
      const { r, c } = XLSX.utils.decode_cell(key);
      const cell = toCell(ws[key] as XLSX.CellObject, r + 1, c + 1, date1904);
      if (!cell) continue;
      if (!cells.has(cell.row)) cells.set(cell.row, new Map());
      cells.get(cell.row)!.set(cell.col, cell);
      rows = Math.max(rows, cell.row);
      cols = Math.max(cols, cell.col);
    }
    const merges = (ws['!merges'] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c + 1,
      bottom: m.e.r + 1,
      right: m.e.c + 1,
    }));
    const hidden = Boolean(book.Workbook?.Sheets?.[i]?.Hidden);
    return { file, sheet: name, cells, merges, rows, cols, hidden };
  });
  return { file, sheets, keywords: String(book.Props?.Keywords ?? '') };
}

/** A grid made in memory (tests, and the browser when a page pastes a table). */
export function gridOf(file: string, sheet: string, rows: (string | number | null)[][], merges: Range[] = []): Grid {
  const cells = new Map<number, Map<number, Cell>>();
  let cols = 0;
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell: Cell = { row: r + 1, col: c + 1, address: cellAddress(r + 1, c + 1), value, text: String(value) };
      if (!cells.has(r + 1)) cells.set(r + 1, new Map());
      cells.get(r + 1)!.set(c + 1, cell);
      cols = Math.max(cols, c + 1);
    });
  });
  return { file, sheet, cells, merges, rows: rows.length, cols, hidden: false };
}
