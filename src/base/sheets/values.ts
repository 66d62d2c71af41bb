/**
 * Reading one cell's value the way an official wrote it: Vietnamese numbers ("1.234.567",
 * "1.234,5", a number typed as text, "(1.234)" for a negative), "-" or an empty cell for a
 * figure not published (null, never 0), and dates in the forms offices type them.
 */
import type { Bilingual } from '../content/errors.ts';
import { isRealIsoDate } from '../content/fields.ts';
import { fromCellNumber, fromPlain, type Decimal } from './decimal.ts';
import { cellText, type Cell } from './grid.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; expected: Bilingual };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(vi: string, en: string): Read<T> => ({ ok: false, expected: { vi, en } });

/** "-", "–", "—" (one or more) alone in a cell: the figure is not published. */
export function isDash(text: string): boolean {
  return /^[-–—‒―−]+$/.test(text);
}

/** Empty, or a dash: a figure that is not there. */
export function isBlank(cell: Cell | undefined): boolean {
  const text = cellText(cell);
  return text === '' || isDash(text);
}

const FIGURE_EXPECTED = {
  vi: 'một số viết kiểu Việt Nam, ví dụ 1.234.567 hoặc 1.234,5 (số âm: -1.234 hoặc (1.234)); để trống hoặc ghi "-" nếu chưa công bố',
  en: 'a number written the Vietnamese way, e.g. 1.234.567 or 1.234,5 (negative: -1.234 or (1.234)); empty or "-" when not published',
};

/**
 * A figure typed as text. Dots group thousands and a comma starts the decimals, as Vietnamese
 * writes them; "1,234,567" or "1,234.5" (English writing) is refused rather than guessed.
 */
export function parseVietnameseNumber(input: string): Decimal | undefined {
  let text = input.replace(/[\s\u00A0\u2000-\u200B\u202F]/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1]!;
  }
  const sign = /^[-−–](.*)$/.exec(text);
  if (sign) {
    if (negative) return undefined;
    negative = true;
    text = sign[1]!;
  }
  let plain: string | undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) plain = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(text)) plain = text.replace(',', '.');
  // A single dot not followed by exactly three digits cannot group thousands: a decimal point.
  else if (/^\d+\.(\d{1,2}|\d{4,})$/.test(text)) plain = text;
  if (plain === undefined) return undefined;
  const d = fromPlain(plain);
  if (!d) return undefined;
  return negative ? { digits: -d.digits, scale: d.scale } : d;
}

/** A figure: a number, or null when the cell is empty or holds a dash (not published). */
export function readFigure(cell: Cell | undefined): Read<Decimal | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell!.value === 'number') {
    const d = fromCellNumber(cell!.value);
    return d ? ok(d) : bad(FIGURE_EXPECTED.vi, FIGURE_EXPECTED.en);
  }
  const d = parseVietnameseNumber(cellText(cell));
  return d ? ok(d) : { ok: false, expected: FIGURE_EXPECTED };
}

/** Text, trimmed, with runs of spaces made one; null when empty. */
export function readText(cell: Cell | undefined): string | null {
  if (cell === undefined) return null;
  const text =
    typeof cell.value === 'number' && !cell.date
      ? // A number in a text column (a village "3", a code "1"): as Excel shows it.
        cellText(cell)
      : typeof cell.value === 'string'
        ? cell.value.replace(/\r\n?/g, '\n').trim()
        : cellText(cell);
  return text === '' ? null : text;
}

const DATE_EXPECTED = {
  vi: 'một ngày có thật, ví dụ 20/12/2024 (ngày/tháng/năm) hoặc 2024-12-20',
  en: 'a real date, e.g. 20/12/2024 (day/month/year) or 2024-12-20',
};

function iso(y: number, m: number, d: number): string | undefined {
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealIsoDate(text) ? text : undefined;
}

/** A day typed or stored: a date cell, "20/12/2024", "20-12-2024", "2024-12-20", "ngày 20 tháng 12 năm 2024". */
export function readDate(cell: Cell | undefined): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  if (cell!.date) return ok(cell!.date);
  const text = cellText(cell).toLowerCase();
  let found: string | undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) found = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) found = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(text);
  if (m) found = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return found ? ok(found) : { ok: false, expected: DATE_EXPECTED };
}
