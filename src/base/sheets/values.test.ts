import { describe, expect, it } from 'vitest';
import { outline, parseCode, shownCode } from './codes.ts';
import { fromCellNumber, shift, toPlain, toVietnamese } from './decimal.ts';
import { gridOf } from './grid.ts';
import { convert, parseUnit } from './units.ts';
import { parseVietnameseNumber, readDate, readFigure } from './values.ts';

const cell = (value: string | number, text = String(value)) => ({ row: 1, col: 1, address: 'A1', value, text });
const plain = (text: string) => {
  const d = parseVietnameseNumber(text);
  return d && toPlain(d);
};

describe('Vietnamese numbers', () => {
  it.each([
    ['1.234.567', '1234567'],
    ['1.234,5', '1234.5'],
    ['1234,5', '1234.5'],
    ['7.453', '7453'],
    ['(1.234)', '-1234'],
    ['-1.234', '-1234'],
    ['− 12', '-12'],
    ['12.5', '12.5'],
    ['0', '0'],
    ['1 234 567', '1234567'],
  ])('%s is %s', (text, expected) => expect(plain(text)).toBe(expected));

  it.each(['1,234,567', '1,234.5', 'abc', '1.23.4', '(-5)', '12 đồng'])('%s is refused, not guessed', (text) =>
    expect(parseVietnameseNumber(text)).toBeUndefined(),
  );

  it('reads "-" and an empty cell as not published (null), never 0', () => {
    expect(readFigure(cell('-'))).toEqual({ ok: true, value: null });
    expect(readFigure(cell('–'))).toEqual({ ok: true, value: null });
    expect(readFigure(undefined)).toEqual({ ok: true, value: null });
    const zero = readFigure(cell(0));
    expect(zero.ok && zero.value && toPlain(zero.value)).toBe('0');
  });

  it('keeps the 15 digits Excel keeps, without binary drift', () => {
    expect(toPlain(fromCellNumber(0.1 + 0.2)!)).toBe('0.3');
    expect(toPlain(fromCellNumber(45676.123)!)).toBe('45676.123');
  });
});

describe('units of amounts', () => {
  it.each([
    ['Đơn vị tính: triệu đồng', 6],
    ['ĐVT: Tr.đồng', 6],
    ['Tr đồng', 6],
    ['(Đơn vị tính: 1.000.000 đồng)', 6],
    ['Đơn vị: nghìn đồng', 3],
    ['ngàn đồng', 3],
    ['1.000 đồng', 3],
    ['đồng', 0],
    ['VNĐ', 0],
    ['tỷ đồng', 9],
  ])('%s is 10^%i đồng', (text, power) => expect(parseUnit(text)?.power).toBe(power));

  it('reads the whole spelling, never its ending: "triệu đồng" is not "đồng"', () => {
    expect(parseUnit('triệu đồng')?.power).toBe(6);
    expect(parseUnit('USD')).toBeUndefined();
    expect(parseUnit('đồng/m²')).toEqual({ power: 0, perSquareMetre: true });
    expect(parseUnit('nghìn đồng/m2')).toEqual({ power: 3, perSquareMetre: true });
  });

  it('converts exactly', () => {
    const thousands = parseVietnameseNumber('45.676.123')!;
    const millions = convert(thousands, parseUnit('nghìn đồng')!, parseUnit('triệu đồng')!);
    expect(toPlain(millions)).toBe('45676.123');
    expect(toPlain(shift(parseVietnameseNumber('1,5')!, 6))).toBe('1500000');
    expect(toVietnamese(parseVietnameseNumber('-1234567,25')!)).toBe('-1.234.567,25');
  });
});

describe('dates', () => {
  it.each([
    ['20/12/2024', '2024-12-20'],
    ['2024-12-20', '2024-12-20'],
    ['5-1-2025', '2025-01-05'],
    ['ngày 20 tháng 12 năm 2024', '2024-12-20'],
  ])('%s is %s', (text, iso) => expect(readDate(cell(text))).toEqual({ ok: true, value: iso }));

  it('refuses a day that does not exist', () => expect(readDate(cell('30/02/2025')).ok).toBe(false));
});

describe('line codes', () => {
  it('derives each line’s parent from the outline', () => {
    const result = outline(['A', 'I', '1', '1.1', '1.2', 'a', '-', '-', 'b', '2', 'II', 'B', 'I', 'II', 'III']);
    expect(result.ok && result.lines.map((l) => l.path)).toEqual([
      'A',
      'A.I',
      'A.I.1',
      'A.I.1.1',
      'A.I.1.2',
      'A.I.1.2.a',
      'A.I.1.2.a.g1',
      'A.I.1.2.a.g2',
      'A.I.1.2.b',
      'A.I.2',
      'A.II',
      'B',
      'B.I',
      'B.II',
      'B.III',
    ]);
  });

  it('tells the letter I (after H) from the Roman I', () => {
    expect(parseCode('I', { letter: 'H' })?.cls).toBe('letter');
    expect(parseCode('I', { letter: 'A' })?.cls).toBe('roman');
    expect(parseCode('V', { letter: 'A', roman: 'IV' })?.cls).toBe('roman');
    expect(parseCode('C', { letter: 'B' })?.cls).toBe('letter');
    expect(parseCode('II.', {})?.shown).toBe('II');
  });

  it('shows content codes as the form does', () => {
    expect(['A', 'A.I', 'A.I.1', 'A.I.1.2', 'A.I.1.2.a', 'A.I.1.2.a.g1'].map(shownCode)).toEqual([
      'A',
      'I',
      '1',
      '1.2',
      'a',
      '-',
    ]);
  });

  it('refuses a 1.1 that is not below its 1', () => {
    expect(outline(['A', 'I', '2.1'])).toEqual({ ok: false, index: 2, reason: 'dotted-parent' });
    expect(outline(['A', '§'])).toEqual({ ok: false, index: 1, reason: 'unknown' });
  });
});

describe('grids', () => {
  it('addresses cells as Excel does', () => {
    const grid = gridOf('a.xlsx', 'Sheet1', [[null, 'x'], [], [1]]);
    expect(grid.cells.get(1)?.get(2)?.address).toBe('B1');
    expect(grid.cells.get(3)?.get(1)?.address).toBe('A3');
  });
});
