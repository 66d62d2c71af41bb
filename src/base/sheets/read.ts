/**
 * Reads a filled form from a workbook: finds each table, reads every cell by its column's type,
 * finds the labelled fields (above the table or on the "Thông tin" sheet) and the unit. Every
 * problem names the file, the sheet and the cell as Excel shows it (C12), the field, what was
 * found and what was expected, in Vietnamese and English.
 */
import { showFound, type ContentIssue } from '../content/errors.ts';
import type {
  CellValue,
  ColumnType,
  FormField,
  FormLists,
  FormTable,
  ReadForm,
  ReadRow,
  SheetForm,
  ValueList,
} from './form.ts';
import { cellAt, cellText, columnLetter, rowCells, type Cell, type Grid, type Workbook } from './grid.ts';
import { findTable, findUnit } from './table.ts';
import { fold } from './text.ts';
import { isUnitLabel } from './units.ts';

/** "a; b" or one per line → ["a", "b"]. */
function splitList(text: string): string[] {
  return text
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
import { readDate, readFigure, readText, type Read } from './values.ts';
import { isWhole, isNegative, toNumber } from './decimal.ts';

export const INFO_SHEET = 'Thông tin';
export const LISTS_SHEET = 'Danh mục';
export const HELP_SHEET = 'Hướng dẫn';
export const MARK_PREFIX = 'minh-bach:';

/** The values a closed list allows, with the instance's lists filled in. */
export function listValues(values: ValueList, lists: FormLists): string[] {
  if (Array.isArray(values)) return [...(values as readonly string[])];
  return (lists[(values as { list: string }).list] ?? []).map((v) => v.name);
}

function place(grid: Grid, cell: { row: number; col: number }) {
  return {
    sheet: grid.sheet,
    cell: `${columnLetter(cell.col)}${cell.row}`,
    row: cell.row,
    column: columnLetter(cell.col),
  };
}

const COUNT_EXPECTED = {
  vi: 'một số nguyên không âm, ví dụ 12 (ghi 0 nếu không có; không để trống, không ghi "-")',
  en: 'a whole number, e.g. 12 (write 0 for none; not empty, not "-")',
};

/** Reads one cell by type; undefined value means empty. */
export function readCell(cell: Cell | undefined, type: ColumnType): Read<unknown> {
  switch (type) {
    case 'amount':
    case 'number':
      return readFigure(cell);
    case 'count': {
      const figure = readFigure(cell);
      if (!figure.ok) return { ok: false, expected: COUNT_EXPECTED };
      if (figure.value === null) return cellText(cell) === '' ? figure : { ok: false, expected: COUNT_EXPECTED };
      if (!isWhole(figure.value) || isNegative(figure.value)) return { ok: false, expected: COUNT_EXPECTED };
      return { ok: true, value: toNumber(figure.value) };
    }
    case 'date':
      return readDate(cell);
    case 'boolean': {
      const t = fold(cellText(cell));
      if (t === '') return { ok: true, value: null };
      if (['co', 'x', 'true', 'dung', 'yes', '1'].includes(t)) return { ok: true, value: true };
      if (['khong', 'false', 'sai', 'no', '0'].includes(t)) return { ok: true, value: false };
      return { ok: false, expected: { vi: '"Có" hoặc "Không"', en: '"Có" (yes) or "Không" (no)' } };
    }
    case 'code':
    case 'text':
      return { ok: true, value: readText(cell) };
  }
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined;
}

interface Reader {
  issues: ContentIssue[];
  file: string;
  lists: FormLists;
}

function checkList(
  r: Reader,
  at: ReturnType<typeof place>,
  field: string,
  value: unknown,
  values: ValueList | undefined,
) {
  if (!values || typeof value !== 'string') return true;
  const allowed = listValues(values, r.lists);
  if (allowed.some((v) => fold(v) === fold(value))) return true;
  const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join('; ')}; …` : allowed.join('; ');
  r.issues.push({
    file: r.file,
    ...at,
    field,
    found: showFound(value),
    expected: {
      vi: `một giá trị trong danh sách (chọn từ ô thả xuống): ${shown}`,
      en: `a value from the list (pick it from the drop-down): ${shown}`,
    },
  });
  return false;
}

/** The value as the list writes it (the same spelling and diacritics as the list). */
function canonical(value: unknown, values: ValueList | undefined, lists: FormLists): unknown {
  if (!values || typeof value !== 'string') return value;
  return listValues(values, lists).find((v) => fold(v) === fold(value)) ?? value;
}

function readTableRows(r: Reader, grid: Grid, table: FormTable): ReadForm['tables'][string] | undefined {
  const found = findTable(grid, table);
  if (!found) {
    r.issues.push({
      file: r.file,
      sheet: grid.sheet,
      field: table.title,
      found: 'không thấy dòng tiêu đề của bảng / no header row of the table',
      expected: {
        vi: `một bảng có các cột: ${table.columns.map((c) => `"${c.header}"`).join(', ')}`,
        en: `a table with the columns: ${table.columns.map((c) => `"${c.header}" (${c.headerEn})`).join(', ')}`,
      },
    });
    return undefined;
  }
  for (const column of table.columns) {
    if (column.required && !found.columns.has(column.key)) {
      r.issues.push({
        file: r.file,
        sheet: grid.sheet,
        row: found.headerTop,
        field: column.header,
        found: '(không có cột này / no such column)',
        expected: {
          vi: `một cột "${column.header}" trong dòng tiêu đề (hàng ${found.headerTop})`,
          en: `a column "${column.header}" (${column.headerEn}) in the header row (row ${found.headerTop})`,
        },
      });
    }
  }
  let unit: CellValue<import('./units.ts').AmountUnit> | undefined;
  if (table.unit) {
    const u = findUnit(grid, found.headerTop);
    if (u?.issue) r.issues.push({ file: r.file, ...u.issue });
    else if (u?.unit) unit = u.unit;
    else
      r.issues.push({
        file: r.file,
        sheet: grid.sheet,
        cell: 'A1',
        row: 1,
        column: 'A',
        field: 'Đơn vị tính',
        found: '(không có / missing)',
        expected: {
          vi: `một ô phía trên bảng ghi đơn vị tính, ví dụ "Đơn vị tính: ${table.unit.default}"`,
          en: `a cell above the table stating the unit, e.g. "Đơn vị tính: ${table.unit.default}"`,
        },
      });
  }
  const rows: ReadRow[] = [];
  let skippedExample = 0;
  for (const row of found.dataRows) {
    const isExample = table.columns.every((c) => {
      const col = found.columns.get(c.key);
      const cell = col ? cellAt(grid, row, col) : undefined;
      const example = table.example[c.key];
      return String(cell?.value ?? '') === (example === null || example === undefined ? '' : String(example));
    });
    if (isExample) {
      skippedExample += 1;
      continue;
    }
    const values: Record<string, CellValue> = {};
    for (const column of table.columns) {
      const col = found.columns.get(column.key);
      if (!col) continue;
      const cell = cellAt(grid, row, col);
      const at = place(grid, { row, col });
      const read = readCell(cell, column.type);
      if (!read.ok) {
        r.issues.push({
          file: r.file,
          ...at,
          field: column.header,
          found: showFound(cellText(cell)),
          expected: read.expected,
        });
        continue;
      }
      if (column.required && isEmptyValue(read.value)) {
        r.issues.push({
          file: r.file,
          ...at,
          field: column.header,
          found: showFound(cellText(cell)),
          expected:
            column.type === 'count'
              ? COUNT_EXPECTED
              : { vi: `${column.header} (không để trống)`, en: `${column.headerEn} (not empty)` },
        });
        continue;
      }
      if (column.list && typeof read.value === 'string') {
        // A list in one cell: each of its items is checked against the closed list.
        const parts = splitList(read.value);
        if (!parts.every((part) => checkList(r, at, column.header, part, column.values))) continue;
        values[column.key] = { value: parts.map((p) => canonical(p, column.values, r.lists)).join('; '), ...at };
        continue;
      }
      if (!checkList(r, at, column.header, read.value, column.values)) continue;
      values[column.key] = { value: canonical(read.value, column.values, r.lists), ...at };
    }
    rows.push({ sheet: grid.sheet, row, values });
  }
  const columns = Object.fromEntries([...found.columns].map(([k, c]) => [k, columnLetter(c)]));
  return { key: table.key, sheet: grid.sheet, rows, unit, columns, skippedExample };
}

/** Labelled fields: "Năm: 2025" in one cell, or "Năm:" with the value in a cell to its right. */
function readFields(r: Reader, grids: Grid[], fields: readonly FormField[], out: Record<string, CellValue>) {
  for (const grid of grids) {
    for (let row = 1; row <= grid.rows; row++) {
      const cells = rowCells(grid, row);
      for (const cell of cells) {
        const text = cellText(cell);
        // "Đơn vị tính: …" states the unit, never a field ("Đơn vị" alone can name the commune).
        if (isUnitLabel(text)) continue;
        const folded = fold(text);
        for (const field of fields) {
          if (out[field.key]) continue;
          const labels = [field.label, ...(field.aliases ?? [])].map(fold);
          const label = labels.find((l) => folded === l || folded.startsWith(`${l}:`) || folded === `${l}:`);
          if (!label) continue;
          const rest = text.slice(text.indexOf(':') + 1).trim();
          let valueCell: Cell | undefined;
          if (text.includes(':') && rest) valueCell = { ...cell, value: rest, text: rest };
          // The value is in one of the next two cells; a note further right is not it.
          else valueCell = cells.find((c) => c.col > cell.col && c.col <= cell.col + 2);
          const at = valueCell ? place(grid, valueCell) : place(grid, { row, col: cell.col + 1 });
          const read = readCell(valueCell, field.type);
          if (!read.ok) {
            r.issues.push({
              file: r.file,
              ...at,
              field: field.label,
              found: showFound(cellText(valueCell)),
              expected: read.expected,
            });
            out[field.key] = { value: undefined, ...at };
            continue;
          }
          if (!checkList(r, at, field.label, read.value, field.values)) {
            out[field.key] = { value: undefined, ...at };
            continue;
          }
          out[field.key] = { value: canonical(read.value, field.values, r.lists), ...at };
        }
      }
    }
  }
}

export interface ReadResult {
  read?: ReadForm;
  issues: ContentIssue[];
}

/** Reads a form from a workbook. Tables are looked for on the sheet named like the template's, else on every sheet. */
export function readForm(book: Workbook, form: SheetForm, lists: FormLists): ReadResult {
  const r: Reader = { issues: [], file: book.file, lists };
  const visible = book.sheets.filter(
    (g) => !g.hidden && fold(g.sheet) !== fold(HELP_SHEET) && fold(g.sheet) !== fold(LISTS_SHEET),
  );
  const tables: ReadForm['tables'] = {};
  const used = new Set<Grid>();
  for (const [i, table] of form.tables.entries()) {
    const named = visible.find((g) => fold(g.sheet) === fold(table.sheet));
    // A file of the office's own making: the first table is on the first sheet that has it.
    const grid =
      named ??
      visible.filter((g) => !used.has(g) && fold(g.sheet) !== fold(INFO_SHEET)).find((g) => findTable(g, table)) ??
      (i === 0 ? visible[0] : undefined);
    if (!grid) continue;
    used.add(grid);
    const read = readTableRows(r, grid, table);
    if (read) tables[table.key] = read;
  }
  const fields: Record<string, CellValue> = {};
  const first = form.tables[0] && tables[form.tables[0].key];
  const firstGrid = first && book.sheets.find((g) => g.sheet === first.sheet);
  const info = visible.filter((g) => fold(g.sheet) === fold(INFO_SHEET));
  const above = firstGrid
    ? [{ ...firstGrid, rows: Math.max(0, (findTable(firstGrid, form.tables[0]!)?.headerTop ?? 1) - 1) }]
    : [];
  readFields(r, [...above, ...info], form.fields, fields);
  const notes = firstGrid ? (findTable(firstGrid, form.tables[0]!)?.notes ?? '') : '';
  return { read: { form: form.key, file: book.file, fields, tables, notes }, issues: r.issues };
}

/** Which form a workbook is: the template's mark, else the form whose first table's headers match best. */
export function recogniseForm(book: Workbook, forms: readonly SheetForm[]): SheetForm | undefined {
  const mark = book.keywords.split(/[\s,;]+/).find((k) => k.startsWith(MARK_PREFIX));
  if (mark) {
    const key = mark.slice(MARK_PREFIX.length).split(':')[0];
    const form = forms.find((f) => f.key === key);
    if (form) return form;
  }
  let best: { form: SheetForm; score: number } | undefined;
  for (const form of forms) {
    const table = form.tables[0]!;
    for (const grid of book.sheets.filter((g) => !g.hidden)) {
      const found = findTable(grid, table);
      if (!found) continue;
      const required = table.columns.filter((c) => c.required).every((c) => found.columns.has(c.key));
      const score = found.columns.size / table.columns.length + (required ? 1 : 0);
      if (required && (!best || score > best.score)) best = { form, score };
    }
  }
  return best?.form;
}
