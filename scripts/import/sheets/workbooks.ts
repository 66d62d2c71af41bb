/**
 * Spreadsheets made by the tests, as officials' files look: written with SheetJS (merged
 * headers, numbers typed as text, legacy .xls) or by filling a template with ExcelJS as an
 * official would in Excel. Nothing binary is kept in the repository.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';

export type CellSpec = string | number | null;

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Merged ranges as Excel writes them: "A1:H1". */
  merges?: string[];
}

/** A workbook of the given sheets, as .xlsx or as a legacy .xls (BIFF8). */
export function workbook(sheets: SheetSpec[], bookType: 'xlsx' | 'xls' = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((r) => r.map((c) => (c === null ? undefined : c))));
    if (sheet.merges) ws['!merges'] = sheet.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  const out = XLSX.write(book, { type: 'array', bookType: bookType === 'xls' ? 'biff8' : 'xlsx' }) as ArrayBuffer;
  return new Uint8Array(out);
}

/** Fills a template as an official would: values typed into cells ("B2", "C9"…) of named sheets. */
export async function fillTemplate(
  template: Uint8Array,
  cells: Record<string, Record<string, string | number | Date | null>>,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  for (const [sheet, values] of Object.entries(cells)) {
    const ws = book.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    for (const [address, value] of Object.entries(values)) ws.getCell(address).value = value;
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The row of a template's header (the first cell equal to `header` in column A). */
export async function headerRow(template: Uint8Array, sheet: string, header: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const ws = book.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === header) return r;
  throw new Error(`no header ${header} in ${sheet}`);
}

/** Cells of consecutive rows from a start row: { A10: …, B10: … }. */
export function rowsAt(start: number, rows: CellSpec[][], firstColumn = 1): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      out[`${XLSX.utils.encode_col(firstColumn - 1 + j)}${start + i}`] = value;
    }),
  );
  return out;
}
