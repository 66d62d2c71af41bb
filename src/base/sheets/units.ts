/**
 * The unit of amounts, as offices write it above a table ("Đơn vị tính: triệu đồng", "ĐVT:
 * Tr.đồng", "1.000 đồng"…). A spelling is matched whole, never by its ending: "triệu đồng"
 * ends in "đồng", and reading it as đồng has made figures a million times too small.
 */
import { shift, type Decimal } from './decimal.ts';
import { fold } from './text.ts';

export interface AmountUnit {
  /** Amounts are in 10^power đồng: 0 đồng, 3 nghìn, 6 triệu, 9 tỷ. */
  power: number;
  /** Per square metre (land prices). */
  perSquareMetre: boolean;
}

/** The spellings of each power, folded (no diacritics, đ as d), without spaces or dots. */
const SPELLINGS: Record<number, string[]> = {
  0: ['dong', 'd', 'vnd', 'vnđ', 'vndong'],
  3: [
    'nghindong',
    'ngandong',
    '1000dong',
    '1000d',
    'nghind',
    'ngand',
    'ngdong',
    'ngd',
    'nghin',
    'ngan',
    '1000vnd',
    'nghinvnd',
  ],
  6: ['trieudong', 'trdong', 'trd', 'trieud', '1000000dong', '1000000d', 'trieu', 'tr', 'trieuvnd', 'trvnd'],
  9: ['tydong', 'tidong', 'tyd', 'ty', 'ti', '1000000000dong', 'tyvnd'],
};

const LABEL = /^\(?\s*(?:don vi tinh|don vi|dvt)\s*[:.]?\s*/;

/** Reads a unit: "triệu đồng", "Tr.đồng", "1.000.000 đồng", "nghìn đồng/m²"; undefined if unknown. */
export function parseUnit(text: string): AmountUnit | undefined {
  let s = fold(text)
    .replace(LABEL, '')
    .replace(/\)\s*$/, '')
    .trim();
  let perSquareMetre = false;
  const area = /\s*\/\s*m(?:2|²|\^2)$/.exec(s);
  if (area) {
    perSquareMetre = true;
    s = s.slice(0, area.index);
  }
  const key = s.replace(/[\s.,]/g, '');
  for (const [power, spellings] of Object.entries(SPELLINGS)) {
    if (spellings.includes(key)) return { power: Number(power), perSquareMetre };
  }
  return undefined;
}

/** Whether a cell's text states a unit: it starts with "Đơn vị tính", "Đơn vị" or "ĐVT". */
export function isUnitLabel(text: string): boolean {
  return /^\(?\s*(?:don vi tinh|don vi|dvt)\b/.test(fold(text));
}

/** The unit part of "Đơn vị tính: triệu đồng" (empty when the label stands alone). */
export function unitAfterLabel(text: string): string {
  return text
    .replace(/^\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*[:.]?\s*/i, '')
    .replace(/\)\s*$/, '')
    .trim();
}

/** Changes an amount from one unit to another, exactly (shifting the decimal point). */
export function convert(amount: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  return shift(amount, from.power - to.power);
}

const NAMES: Record<number, string> = { 0: 'đồng', 3: 'nghìn đồng', 6: 'triệu đồng', 9: 'tỷ đồng' };

/** The unit as content files write it: "triệu đồng", "nghìn đồng/m²". */
export function unitName(unit: AmountUnit): string {
  return `${NAMES[unit.power] ?? `10^${unit.power} đồng`}${unit.perSquareMetre ? '/m²' : ''}`;
}

/** The spellings accepted, for messages. */
export const UNIT_EXAMPLES = '"đồng", "nghìn đồng" (1.000 đồng), "triệu đồng" (Tr.đồng, 1.000.000 đồng), "tỷ đồng"';
