/**
 * Writes a form's template (.xlsx) from its description: Vietnamese headers, the unit of amounts
 * above each table ("Đơn vị tính: triệu đồng"), drop-down lists where values are closed (communes,
 * land types, stages…), a "Thông tin" sheet for the form's other fields, a "Hướng dẫn" sheet, and
 * one example row. Filled with content, the same writer exports what the portal publishes, so an
 * official can start from it. ExcelJS writes the drop-downs (data validation), which SheetJS's
 * community build does not.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { FilledForm, FormColumn, FormField, FormLists, FormTable, SheetForm } from './form.ts';
import { HELP_SHEET, INFO_SHEET, LISTS_SHEET, MARK_PREFIX, listValues } from './read.ts';
import { columnLetter } from './grid.ts';

/** Rows of a table that carry the drop-downs and formats (an official rarely needs more). */
const ROWS = 400;

type Value = string | number | boolean | null | undefined;

function isoToDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** A value as the cell stores it: dates as dates, Có/Không for true/false. */
function cellValue(type: FormColumn['type'], value: Value): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (type === 'boolean') return value === true ? 'Có' : value === false ? 'Không' : String(value);
  if (type === 'date' && typeof value === 'string') return isoToDate(value) ?? value;
  return value as ExcelJS.CellValue;
}

function numberFormat(type: FormColumn['type'], value: Value): string | undefined {
  if (type === 'date') return 'dd/mm/yyyy';
  if (type === 'amount' || type === 'count')
    return typeof value === 'number' && !Number.isInteger(value) ? '#,##0.0########' : '#,##0';
  return undefined;
}

const UNIT_CHOICES = (perSquareMetre: boolean) =>
  ['đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng'].map((u) => `Đơn vị tính: ${u}${perSquareMetre ? '/m²' : ''}`);

interface Lists {
  sheet: ExcelJS.Worksheet;
  ranges: Map<string, string>;
}

/** The hidden sheet of lists; each list one column, named by its first cell. */
function listRange(lists: Lists, name: string, values: string[]): string {
  const key = `${name}\u0000${values.join('\u0000')}`;
  const known = lists.ranges.get(key);
  if (known) return known;
  const col = lists.ranges.size + 1;
  lists.sheet.getCell(1, col).value = name;
  values.forEach((v, i) => (lists.sheet.getCell(i + 2, col).value = v));
  const letter = columnLetter(col);
  const range = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  lists.ranges.set(key, range);
  return range;
}

function dropDown(cell: ExcelJS.Cell, range: string, title: string): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: title,
    error: 'Chọn một giá trị trong danh sách. / Pick a value from the list.',
  };
}

function valuesOf(item: FormColumn | FormField, formLists: FormLists): string[] | undefined {
  if (item.values) return listValues(item.values, formLists);
  if (item.type === 'boolean') return ['Có', 'Không'];
  return undefined;
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function writeTable(
  ws: ExcelJS.Worksheet,
  form: SheetForm,
  table: FormTable,
  first: boolean,
  formLists: FormLists,
  lists: Lists,
  filled: FilledForm | undefined,
): void {
  const columns = table.columns.filter((c) => !c.readOnly);
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? 16));
  ws.getColumn(1).width = Math.max(ws.getColumn(1).width ?? 10, 14);
  let row = 1;
  ws.getCell(row, 1).value = table.title;
  ws.getCell(row, 1).font = { bold: true, size: 13 };
  ws.mergeCells(row, 1, row, Math.max(2, columns.length));
  ws.getCell(row, 1).alignment = { horizontal: 'center' };
  row += 1;
  if (first) {
    for (const field of form.fields.filter((f) => f.place === 'above')) {
      ws.getCell(row, 1).value = `${field.label}:`;
      ws.getCell(row, 1).font = { bold: true };
      const cell = ws.getCell(row, 2);
      cell.value = cellValue(field.type, filled?.fields[field.key]);
      const values = valuesOf(field, formLists);
      if (values) dropDown(cell, listRange(lists, field.label, values), field.label);
      row += 1;
    }
  }
  if (table.unit) {
    const unit = filled?.units?.[table.key] ?? table.unit.default;
    const cell = ws.getCell(row, 1);
    cell.value = `Đơn vị tính: ${unit}`;
    cell.font = { italic: true };
    dropDown(cell, listRange(lists, 'Đơn vị tính', UNIT_CHOICES(Boolean(table.unit.perSquareMetre))), 'Đơn vị tính');
    row += 1;
  }
  row += 1;
  const headerRow = row;
  columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = BORDER;
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  const rows = filled ? (filled.tables[table.key] ?? []) : [table.example];
  rows.forEach((values, i) => {
    columns.forEach((c, j) => {
      const cell = ws.getCell(headerRow + 1 + i, j + 1);
      const value = values[c.key];
      cell.value = cellValue(c.type, value);
      const format = numberFormat(c.type, value);
      if (format) cell.numFmt = format;
      cell.border = BORDER;
      if (!filled) cell.font = { italic: true, color: { argb: 'FF7F7F7F' } };
    });
  });
  for (const [j, c] of columns.entries()) {
    const values = valuesOf(c, formLists);
    const range = values ? listRange(lists, c.header, values) : undefined;
    const format = numberFormat(c.type, null);
    for (let r = headerRow + 1; r <= headerRow + ROWS; r++) {
      const cell = ws.getCell(r, j + 1);
      if (range) dropDown(cell, range, c.header);
      if (format && !cell.numFmt) cell.numFmt = format;
    }
  }
}

function writeInfo(
  ws: ExcelJS.Worksheet,
  form: SheetForm,
  formLists: FormLists,
  lists: Lists,
  filled: FilledForm | undefined,
) {
  const fields = form.fields.filter((f) => f.place === 'info');
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 60;
  ws.getColumn(4).width = 60;
  ws.getCell(1, 1).value = `${form.title.vi.toUpperCase()}: THÔNG TIN CHUNG`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  fields.forEach((field, i) => {
    const r = i + 3;
    ws.getCell(r, 1).value = `${field.label}:`;
    ws.getCell(r, 1).font = { bold: true };
    const cell = ws.getCell(r, 2);
    cell.value = cellValue(field.type, filled?.fields[field.key]);
    const format = numberFormat(field.type, filled?.fields[field.key] as Value);
    if (format && field.type === 'date') cell.numFmt = format;
    cell.alignment = { wrapText: true, vertical: 'top' };
    const values = valuesOf(field, formLists);
    if (values) dropDown(cell, listRange(lists, field.label, values), field.label);
    // The note stands two columns away, so an empty value is never read as the note.
    ws.getCell(r, 4).value = field.help ? `${field.help.vi} / ${field.help.en}` : field.labelEn;
    ws.getCell(r, 4).font = { italic: true, color: { argb: 'FF7F7F7F' } };
  });
}

function writeHelp(ws: ExcelJS.Worksheet, form: SheetForm, formLists: FormLists) {
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 30;
  ws.getColumn(3).width = 90;
  const lines: (string | [string, string, string])[] = [
    `MẪU: ${form.title.vi.toUpperCase()} / TEMPLATE: ${form.title.en}`,
    form.purpose.vi,
    form.purpose.en,
    '',
    'Cách điền / How to fill it in',
    '• Giữ nguyên dòng tiêu đề của bảng; thêm bao nhiêu dòng tùy ý bên dưới. Dòng ví dụ (chữ nghiêng, màu xám) được bỏ qua nếu để nguyên; hãy ghi đè hoặc xóa nó. / Keep the header row; add as many rows as needed. The example row (grey italics) is skipped if left as it is; overwrite or delete it.',
    '• Số tiền ghi theo đơn vị tính ở ô phía trên bảng; đổi ô đó nếu số liệu theo đơn vị khác. Số viết kiểu Việt Nam: 1.234.567 hoặc 1.234,5; số âm: -1.234 hoặc (1.234). / Amounts are in the unit stated above the table; change that cell if your figures use another. Vietnamese numbers: 1.234.567 or 1.234,5; negatives -1.234 or (1.234).',
    '• Để trống hoặc ghi "-" khi chưa có số liệu (không ghi 0: 0 nghĩa là bằng không). / Leave empty or write "-" when a figure is not published (not 0: 0 means zero).',
    '• Ô có danh sách thả xuống: chọn trong danh sách. Ngày ghi dạng ngày/tháng/năm (20/12/2025). / Cells with a drop-down: pick from the list. Dates as day/month/year (20/12/2025).',
    "• Không ghi họ tên, số CMND/CCCD hay số điện thoại di động của người dân. / Never write residents' names, identity numbers or mobile phone numbers.",
    '• Kiểm tra tệp: npm run import -- <tệp> --dry-run (không ghi gì); nhập: npm run import -- <tệp>. / Check a file: npm run import -- <file> --dry-run (writes nothing); import: npm run import -- <file>.',
    '',
    'Các cột / Columns',
  ];
  let r = 1;
  for (const line of lines) {
    if (typeof line === 'string') {
      ws.getCell(r, 1).value = line;
      if (r === 1 || line.startsWith('Cách') || line.startsWith('Các cột')) ws.getCell(r, 1).font = { bold: true };
      ws.mergeCells(r, 1, r, 3);
      ws.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
    }
    r += 1;
  }
  for (const table of form.tables) {
    ws.getCell(r, 1).value = `Trang "${table.sheet}"`;
    ws.getCell(r, 1).font = { bold: true };
    r += 1;
    for (const c of table.columns.filter((c) => !c.readOnly)) {
      ws.getCell(r, 1).value = c.header;
      ws.getCell(r, 2).value = c.headerEn;
      const values = valuesOf(c, formLists);
      const parts = [
        c.required ? 'Bắt buộc / Required.' : '',
        c.help ? `${c.help.vi} / ${c.help.en}` : '',
        values
          ? `Chọn trong danh sách / From the list: ${values.slice(0, 20).join('; ')}${values.length > 20 ? '; …' : ''}`
          : '',
      ].filter(Boolean);
      ws.getCell(r, 3).value = parts.join(' ');
      ws.getCell(r, 3).alignment = { wrapText: true, vertical: 'top' };
      r += 1;
    }
  }
}

/** A template for a form (empty, with an example row), or the form filled with content. */
export async function writeTemplate(form: SheetForm, formLists: FormLists, filled?: FilledForm): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'minh-bach-dia-phuong';
  book.title = form.title.vi;
  book.keywords = `${MARK_PREFIX}${form.key}:1`;
  // Fixed dates, so the same content gives the same file.
  book.created = new Date(Date.UTC(2025, 0, 1));
  book.modified = new Date(Date.UTC(2025, 0, 1));
  // The sheets in the order the official meets them: the tables, the other fields, the help, the lists (hidden).
  const tableSheets = form.tables.map((t) => book.addWorksheet(t.sheet));
  const hasInfo = form.fields.some((f) => f.place === 'info');
  const infoSheet = hasInfo ? book.addWorksheet(INFO_SHEET) : undefined;
  const helpSheet = book.addWorksheet(HELP_SHEET);
  const lists: Lists = { sheet: book.addWorksheet(LISTS_SHEET, { state: 'hidden' }), ranges: new Map() };
  form.tables.forEach((table, i) => writeTable(tableSheets[i]!, form, table, i === 0, formLists, lists, filled));
  if (infoSheet) writeInfo(infoSheet, form, formLists, lists, filled);
  writeHelp(helpSheet, form, formLists);
  const buffer = await book.xlsx.writeBuffer();
  return withFixedDates(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * The zip ExcelJS writes dates each part with the time of writing; written again with one
 * fixed date, the same form and lists give the same bytes (the site's build is reproducible,
 * and a template downloaded twice is the same file).
 */
function withFixedDates(zip: Uint8Array): Uint8Array {
  const mtime = new Date(Date.UTC(2025, 0, 1));
  const parts = unzipSync(zip);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { mtime }]])));
}
