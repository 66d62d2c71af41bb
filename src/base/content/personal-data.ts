/**
 * Personal data that must never reach a public page (Nghị định 13/2023/NĐ-CP; Luật Bảo vệ
 * dữ liệu cá nhân 2025): identity numbers and personal mobile numbers. Disclosures are
 * public by design, so the build refuses any content text that contains them.
 *
 * People write the same number in many ways ("0790 1234 5678", "079-012-345-678",
 * "(+84) 912.345.678", "+84 (0) 912 345 678", with non-breaking or thin spaces pasted from
 * Word), so every run of digits is first reduced to its digits, whatever its spelling, and
 * one set of rules is applied to those digits:
 * - a mobile number: 0 then 3/5/7/8/9 then 8 digits, or the same after the country code 84
 *   (+84, (+84), (84), 84, +84 (0)) — refused anywhere, including the fields meant for an
 *   office phone: a public office answers on a landline (0 + a 2xx area code, 11 digits) or
 *   a short hotline number (111, 1022, 1900…). The two are kept apart on purpose: an office
 *   number of a public body is published and dialled (contact/schema.ts `publicPhone`, and
 *   contact/show.ts makes it a `tel:` link); a resident's mobile never reaches a page;
 * - a CCCD: 12 digits starting with 0 (the province code) in any spelling, or 12 digits
 *   written together;
 * - a CMND: 9 digits in any spelling.
 *
 * What a run of digits is decides how it may be cut, so the look-alikes that real content
 * is full of are not refused: a space separates numbers more loosely than a dot, hyphen,
 * dash or slash does, so "20/3/2024 0912 345 678" is a date and a phone number, and
 * "01/2024-12/2024" two months, not twelve digits; a run with one dot and no leading 0 is a
 * decimal (PAPI figures "45.123456789"), as is a run after "12," (a decimal comma); a number
 * that does not start with 0 and is followed by a unit ("123.456.789 đồng", "… ha") is an
 * amount; landlines and hotlines are neither mobile nor identity numbers.
 */

export type PersonalDataKind = 'identity-number' | 'mobile-phone';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The matched text, masked except its last three digits, so the message itself leaks nothing. */
  masked: string;
}

/** Separators seen inside a written number: spaces of every width, dots, hyphens, dashes, slashes. */
const SPACES = ' \u00A0\u2007\u2009\u202F';
const PUNCTUATION = '.\\-\u2010\u2011\u2012\u2013/';
const SEP = `[${SPACES}${PUNCTUATION}]`;
const IS_SPACE = new RegExp(`^[${SPACES}]$`);
/** The country code written before a number: +84, (+84), (84), optionally with the trunk 0 in brackets. */
const PREFIX = `(?:\\(\\+?84\\)|\\+84)(?:${SEP}?\\(0\\))?${SEP}?`;
const GROUP = '(?:\\d+|\\(\\d+\\))';
const CLUSTER = new RegExp(`(?:${PREFIX})?${GROUP}(?:${SEP}${GROUP})*`, 'g');
const RANGE = /^[-\u2010-\u2013]$/;
/** Words after a number that make it an amount or a measure, never an identity number. */
const UNIT_AFTER = /^[\s\u00A0]*(?:đồng|đ|vnđ|vnd|nghìn|ngàn|triệu|tỷ|tỉ|người|hộ|ha|m2|m²|m3|km|kg|tấn|lượt|%)(?![\p{L}\p{N}])/iu;

interface Group {
  digits: string;
  /** The separator written before it ('' for the first). */
  before: string;
}

/** One way of reading a piece of a cluster as a single number. */
interface Candidate {
  digits: string;
  prefixed: boolean;
  /** Written as one block of digits, with no separator inside. */
  solid: boolean;
  /** One dot inside and no other separator: "45.1234", a decimal or a thousands group. */
  oneDot: boolean;
  start: number;
  end: number;
}

const MOBILE = /^(?:0|84|840)[35789]\d{8}$/;
const LANDLINE_84 = /^842\d{9}$/;

function kindOf(c: Candidate, text: string, options: ScanOptions): PersonalDataKind | undefined {
  const d = c.digits;
  const raw = text.slice(c.start, c.end);
  // "0.912345678" is a fraction below one, never a phone; "45.123456789" a decimal, not a CMND.
  const fractionBelowOne = c.oneDot && raw.startsWith('0.');
  const decimal = fractionBelowOne || (c.oneDot && !d.startsWith('0'));
  if (MOBILE.test(d)) return fractionBelowOne ? undefined : 'mobile-phone';
  if (c.prefixed || decimal) return undefined;
  const after = text.slice(c.end);
  // Money and measures never start with 0; identity numbers are never followed by a unit.
  if (!d.startsWith('0') && UNIT_AFTER.test(after)) return undefined;
  // A decimal comma (not in a CSV line, where a comma ends a cell): "0,912345678", "123456789,5".
  if (!options.commaEndsCell && (/(?<![\d.])\d{1,3},$/.test(text.slice(0, c.start)) || (!d.startsWith('0') && /^,\d/.test(after)))) return undefined;
  if (d.length === 12 && (d.startsWith('0') || c.solid) && !LANDLINE_84.test(d)) return 'identity-number';
  if (d.length === 9) return 'identity-number';
  return undefined;
}

/** Splits a cluster of digits and separators into groups, remembering how each was joined. */
function groupsOf(cluster: string): { prefix: string; groups: Group[]; offsets: number[] } {
  const prefix = new RegExp(`^${PREFIX}`).exec(cluster)?.[0] ?? '';
  const groups: Group[] = [];
  const offsets: number[] = [];
  const re = new RegExp(`(${SEP}?)\\(?(\\d+)\\)?`, 'g');
  re.lastIndex = prefix.length;
  for (let m = re.exec(cluster); m; m = re.exec(cluster)) {
    groups.push({ digits: m[2]!, before: groups.length ? m[1]! : '' });
    offsets.push(m.index + m[1]!.length);
  }
  return { prefix, groups, offsets };
}

/**
 * The ways to read a cluster: words are groups joined by punctuation (a word with mixed
 * punctuation is cut at its dashes: "01/2024-12/2024"); a run of words that are bare groups
 * joined by spaces is also read as one number ("0790 1234 5678"), and so is any part of it
 * from a group that starts with 0; each word is also read alone.
 */
function candidates(cluster: string, at: number): Candidate[] {
  const { prefix, groups, offsets } = groupsOf(cluster);
  const ends = groups.map((g, i) => offsets[i]! + (cluster.slice(offsets[i]!).startsWith('(') ? g.digits.length + 2 : g.digits.length));
  const out: Candidate[] = [];
  const make = (from: number, to: number): Candidate => {
    const seps = groups.slice(from + 1, to + 1).map((g) => g.before);
    return {
      digits: (from === 0 && prefix ? '84' : '') + groups.slice(from, to + 1).map((g) => g.digits).join(''),
      prefixed: from === 0 && prefix !== '',
      solid: seps.length === 0 && !(from === 0 && prefix),
      oneDot: seps.length === 1 && seps[0] === '.',
      start: at + (from === 0 ? 0 : offsets[from]!),
      end: at + ends[to]!,
    };
  };
  // Words: maximal runs of groups joined by punctuation.
  const words: [number, number][] = [];
  for (let i = 0; i < groups.length; i++) {
    if (i === 0 || IS_SPACE.test(groups[i]!.before)) words.push([i, i]);
    else words.at(-1)![1] = i;
  }
  for (const [from, to] of words) {
    const seps = new Set(groups.slice(from + 1, to + 1).map((g) => g.before));
    // The country code without its "+" is a word of its own: "84 912.345.678".
    const previous = words.find(([, end]) => end === from - 1);
    if (previous && previous[0] === previous[1] && groups[previous[0]]!.digits === '84' && seps.size <= 1) out.push(make(previous[0], to));
    if (seps.size <= 1) {
      out.push(make(from, to));
      continue;
    }
    let start = from;
    for (let i = from + 1; i <= to + 1; i++) {
      if (i > to || RANGE.test(groups[i]!.before)) {
        const piece = new Set(groups.slice(start + 1, i).map((g) => g.before));
        if (piece.size <= 1) out.push(make(start, i - 1));
        start = i;
      }
    }
  }
  // Runs of bare groups joined by spaces.
  for (let w = 0; w < words.length; w++) {
    let last = w;
    while (last < words.length && words[last]![0] === words[last]![1]) last++;
    if (last - w >= 2) {
      out.push(make(words[w]![0], words[last - 1]![0]));
      // Only a CCCD or a mobile number (both start with 0) is looked for inside a longer run:
      // "123 456 789 012" is one number, not a CMND and three more digits.
      for (let s = w; s < last; s++) {
        if (!groups[words[s]![0]]!.digits.startsWith('0')) continue;
        for (let e = last - 1; e > s; e--) out.push(make(words[s]![0], words[e]![0]));
      }
    }
    w = Math.max(w, last);
  }
  return out;
}

export interface ScanOptions {
  /** The text is a raw CSV line: a comma ends a cell, it is never a decimal comma. */
  commaEndsCell?: boolean;
}

function mask(text: string): string {
  const digits = text.replace(/\D/g, '');
  return `${'•'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
}

/** Every identity number or mobile number in a text, whatever its spelling. */
export function findPersonalData(text: string, options: ScanOptions = {}): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    // The longest reading wins, and a piece already reported is not reported again.
    const all = candidates(m[0], m.index)
      .map((c) => ({ c, kind: kindOf(c, text, options) }))
      .filter((x): x is { c: Candidate; kind: PersonalDataKind } => x.kind !== undefined)
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start);
    const taken: [number, number][] = [];
    for (const { c, kind } of all) {
      if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
      taken.push([c.start, c.end]);
      found.push({ kind, masked: mask(text.slice(c.start, c.end)) });
    }
  }
  return found;
}

/**
 * An office landline or a public hotline: "0233 3852 111", "(0233) 3.852.111", "1022",
 * "113", "1900 1234", "1800 1234". Mobile numbers are not office phones.
 */
export function isOfficePhone(text: string): boolean {
  const compact = text.replace(/[\s.()\-\u2010-\u2013/]/g, '');
  return /^(?:0|\+84)2\d{9}$/.test(compact) || /^1\d{2,3}$/.test(compact) || /^1[89]00\d{4,6}$/.test(compact);
}

export const personalDataExpected = {
  'identity-number': {
    vi: 'không có số CMND/CCCD trong nội dung công khai (dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); hãy xóa số này',
    en: 'no identity-card number (CMND/CCCD) in public content (personal data under the Personal Data Protection Law 91/2025/QH15); remove it',
  },
  'mobile-phone': {
    vi: 'không có số điện thoại di động cá nhân trong nội dung công khai; chỉ ghi số máy bàn của cơ quan hoặc đường dây nóng ở trường dành cho nó',
    en: 'no personal mobile number in public content; only an office landline or a hotline, in the field meant for it',
  },
} as const;

export const officePhoneExpected = {
  vi: 'số máy bàn của cơ quan (0 + mã vùng 2xx, 11 chữ số, ví dụ "0233 3852 111") hoặc số đường dây nóng 1800/1900 hay số ngắn (ví dụ "1022")',
  en: 'an office landline (0 + a 2xx area code, 11 digits, e.g. "0233 3852 111") or a 1800/1900 or short hotline number (e.g. "1022")',
};
