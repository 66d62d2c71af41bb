/**
 * Finding a form's table in a sheet as offices make them: a title and notes above it (the
 * commune, the year, "Đơn vị tính: triệu đồng"), headers merged over two or three rows (read
 * together: "Thực hiện" over "6 tháng" is "Thực hiện 6 tháng"), sometimes a row numbering the
 * columns (1, 2, 3=1+2), then the lines, then signatures ("Người lập biểu", "TM. UBND", "…, ngày
 * … tháng … năm …"). Everything is located by the cell Excel shows.
 */
import type { ContentIssue } from '../content/errors.ts';
import type { CellValue, FormColumn, FormTable } from './form.ts';
import { cellAt, cellText, columnLetter, mergeAt, rowCells, shownAt, type Cell, type Grid } from './grid.ts';
import { fold, foldHeader } from './text.ts';
import { isUnitLabel, parseUnit, unitAfterLabel, UNIT_EXAMPLES, type AmountUnit } from './units.ts';

export interface FoundTable {
  /** First and last header rows. */
  headerTop: number;
  headerBottom: number;
  /** Field key → column number. */
  columns: Map<string, number>;
  /** Rows of data (Excel numbers), blank rows left out. */
  dataRows: number[];
  /** Text above the table (title, notes), folded, for forms that read the year or commune from it. */
  notes: string;
}

/** Every header text of a column (merged cells read once), over rows top..bottom. */
function combinedHeader(grid: Grid, top: number, bottom: number, col: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const text = cellText(shownAt(grid, r, col));
    if (text && parts.at(-1) !== text) parts.push(text);
  }
  return parts.join(' ');
}

function notesAbove(grid: Grid, before: number): string {
  const out: string[] = [];
  for (let r = 1; r < before; r++) for (const cell of rowCells(grid, r)) out.push(cellText(cell));
  return fold(out.join(' \n '));
}

export function columnMatches(column: FormColumn, folded: string, notes: string): boolean {
  if (folded === foldHeader(column.header)) return true;
  if (column.aliases?.some((a) => foldHeader(a) === folded)) return true;
  return column.matches?.(folded, { notes }) ?? false;
}

/** Matches the headers of rows top..bottom to the form's columns; each column once. */
function matchHeaders(grid: Grid, table: FormTable, top: number, bottom: number): Map<string, number> {
  const notes = notesAbove(grid, top);
  const out = new Map<string, number>();
  for (let col = 1; col <= grid.cols; col++) {
    const folded = foldHeader(combinedHeader(grid, top, bottom, col));
    if (!folded || table.ignore?.(folded)) continue;
    const column = table.columns.find((c) => !out.has(c.key) && columnMatches(c, folded, notes));
    if (column) out.set(column.key, col);
  }
  return out;
}

const SIGNATURE =
  /^(nguoi lap|ke toan|thu truong|chu tich|pho chu tich|tm\b|t\/m\b|kt\b|xac nhan|noi nhan|ngay \S+ thang|.{0,40}, ngay \S* ?thang|ghi chu\s*:|chu thich\s*:)/;

function isSignatureRow(grid: Grid, row: number): boolean {
  const first = rowCells(grid, row)[0];
  return first !== undefined && SIGNATURE.test(fold(cellText(first)));
}

/** A note below the table: one cell of long text spread over merged columns. */
function isNoteRow(grid: Grid, row: number, columns: Map<string, number>): boolean {
  const cells = rowCells(grid, row);
  if (cells.length !== 1) return false;
  const cell = cells[0]!;
  const merge = mergeAt(grid, row, cell.col);
  const mapped = [...columns.values()].includes(cell.col);
  return cellText(cell).length > 30 && ((merge !== undefined && merge.right > merge.left) || !mapped);
}

/** A row numbering the columns under the header: (1) (2) 3=1+2, or A B 1 2 3. */
function isIndexRow(grid: Grid, row: number, columns: Map<string, number>): boolean {
  const texts = [...columns.values()].map((c) => cellText(cellAt(grid, row, c))).filter(Boolean);
  if (texts.length < 3 || new Set(texts).size !== texts.length) return false;
  return texts.every((t) => /^\(?[A-Za-z0-9]{1,3}\)?$/.test(t) || /^\(?\d+\s*=\s*[\d\s+\-*/x().]+\)?$/.test(t));
}

/** Finds the table of a form in a sheet: the header rows that name the most of its columns. */
export function findTable(grid: Grid, table: FormTable): FoundTable | undefined {
  let best: { top: number; bottom: number; columns: Map<string, number> } | undefined;
  const lastTop = Math.min(grid.rows, 60);
  for (let top = 1; top <= lastTop; top++) {
    if (!rowCells(grid, top).length) continue;
    for (let depth = 1; depth <= 3 && top + depth - 1 <= grid.rows; depth++) {
      const columns = matchHeaders(grid, table, top, top + depth - 1);
      // Every row of a header names part of a matched column (a title above it does not).
      const cols = [...columns.values()];
      let named = true;
      for (let r = top; r < top + depth && named; r++) named = cols.some((c) => cellText(shownAt(grid, r, c)) !== '');
      if (!named) continue;
      // A deeper header at the same row that still names as many columns is one header over
      // merged rows ("Thực hiện" over "9 tháng"); a row of data below a header names fewer.
      if (
        columns.size >= 2 &&
        (!best || columns.size > best.columns.size || (columns.size === best.columns.size && top === best.top))
      )
        best = { top, bottom: top + depth - 1, columns };
    }
  }
  if (!best) return undefined;
  const dataRows: number[] = [];
  let start = best.bottom + 1;
  if (isIndexRow(grid, start, best.columns)) start += 1;
  for (let row = start; row <= grid.rows; row++) {
    if (isSignatureRow(grid, row) || isNoteRow(grid, row, best.columns)) break;
    const filled = [...best.columns.values()].some((c) => cellText(cellAt(grid, row, c)) !== '');
    if (filled) dataRows.push(row);
  }
  return {
    headerTop: best.top,
    headerBottom: best.bottom,
    columns: best.columns,
    dataRows,
    notes: notesAbove(grid, best.top),
  };
}

/** The unit stated above a table ("Đơn vị tính: triệu đồng"): the value, or a problem at its cell. */
export function findUnit(
  grid: Grid,
  before: number,
): { unit?: CellValue<AmountUnit>; issue?: Omit<ContentIssue, 'file'> } | undefined {
  for (let row = 1; row <= before; row++) {
    for (const cell of rowCells(grid, row)) {
      const text = cellText(cell);
      if (!isUnitLabel(text)) continue;
      let unitText = unitAfterLabel(text);
      let at: Cell = cell;
      if (!unitText) {
        const next = rowCells(grid, row).find((c) => c.col > cell.col);
        if (next) {
          unitText = cellText(next);
          at = next;
        }
      }
      const place = { sheet: grid.sheet, cell: at.address, row: at.row, column: columnLetter(at.col) };
      const unit = parseUnit(unitText);
      if (unit) return { unit: { value: unit, ...place } };
      return {
        issue: {
          ...place,
          field: 'Đơn vị tính',
          found: JSON.stringify(text),
          expected: {
            vi: `một đơn vị tính: ${UNIT_EXAMPLES}`,
            en: `a unit of amounts: ${UNIT_EXAMPLES}`,
          },
        },
      };
    }
  }
  return undefined;
}
