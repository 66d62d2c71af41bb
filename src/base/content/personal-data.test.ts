import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPersonalData, isOfficePhone } from './personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => m.kind);

describe('personal data in public text', () => {
  it('finds identity numbers: CCCD with or without groups, CMND', () => {
    expect(kinds('Ông A, CCCD 044095001234, thôn 1')).toEqual(['identity-number']);
    expect(kinds('số 044 095 001 234')).toEqual(['identity-number']);
    expect(kinds('CMND: 197123456')).toEqual(['identity-number']);
  });
  it('finds mobile numbers in every usual form', () => {
    for (const phone of ['0912345678', '0912 345 678', '091.234.5678', '+84 912 345 678', '+84912345678', '0388-123-456']) {
      expect(kinds(`liên hệ ${phone}.`), phone).toEqual(['mobile-phone']);
    }
  });
  it('finds the spellings an independent review found passing', () => {
    for (const [text, kind] of [
      ['0790 1234 5678', 'identity-number'],
      ['079-012-345-678', 'identity-number'],
      ['271 234 567', 'identity-number'],
      ['(+84) 912 345 678', 'mobile-phone'],
      ['(84) 912.345.678', 'mobile-phone'],
      ['+84 (0) 912 345 678', 'mobile-phone'],
      ['0912–345–678', 'mobile-phone'],
      ['0912/345/678', 'mobile-phone'],
      ['0912\u00A0345\u00A0678', 'mobile-phone'],
      ['0912\u2009345\u2009678', 'mobile-phone'],
    ] as const) {
      expect(kinds(`Ông A, ${text}, thôn 1`), text).toEqual([kind]);
    }
  });
  it('finds a number written next to another one', () => {
    expect(kinds('ngày 20/3/2024 0912 345 678')).toEqual(['mobile-phone']);
    expect(kinds('năm 2024 0912345678')).toEqual(['mobile-phone']);
    expect(kinds('0912345678,0987654321')).toEqual(['mobile-phone', 'mobile-phone']);
    expect(kinds('ĐT (0912) 345 678')).toEqual(['mobile-phone']);
  });
  it('leaves alone landlines, hotlines, amounts, dates and document numbers', () => {
    for (const text of [
      'Văn phòng UBND: 0233 3852 111',
      '(0233) 3.852.111',
      '+84 233 3852 111',
      'Đường dây nóng 1022; 1800 1234; 1900.1234; 18001234; 113',
      'Tổng thu 12.345,6 triệu đồng; 1.234.567.890 đồng; 7.453',
      'Chi 123.456.789 đồng; 123 456 789 đồng; 1 234 567 890 đồng; 271.234.567 đ; 123456789 VNĐ',
      'ngày 2025-12-31, Quyết định 1234/QĐ-UBND',
      'ngày 20/3/2024, 2024-03-20, 20.3.2024, 20-03-2024 – 25/03/2024, từ 01/2024-12/2024, 2020–2025',
      'Nghị quyết 1680/NQ-UBTVQH15; Kế hoạch 12/KH-UBND; Nghị định 13/2023/NĐ-CP',
      'mã 19333, 22015 và 22018; diện tích 12,5 ha, 45 hộ; năm 2024 2025',
      'Điểm PAPI 45.123456789; 0.912345678; 1.914581; 0,912345678; 36,405; tỷ lệ 123456789,5',
      '12345678', // 8 digits: neither CMND nor a phone
      '1234567890', // 10 digits not starting with 0: not a mobile
      '123.456.789.012 đồng; 123 456 789 012', // a 12-digit amount does not start with 0, as a CCCD does
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });
  it('masks what it found, so the error message does not repeat the number', () => {
    expect(findPersonalData('0912345678')[0]!.masked).toBe('•••••••678');
    expect(findPersonalData('(+84) 912.345.678')[0]!.masked).toBe('••••••••678');
  });
});

/** Every spelling of one number: no grouping, or groups of 2, 3 or 4 from the left, joined by one separator. */
const SEPARATORS = [' ', '.', '-', '–', '/', '\u00A0', '\u2009'];
function groupings(digits: string): { sep: string; text: string }[] {
  const out = [{ sep: '', text: digits }];
  for (const size of [2, 3, 4]) {
    const groups = digits.match(new RegExp(`\\d{1,${size}}`, 'g'))!;
    for (const sep of SEPARATORS) out.push({ sep, text: groups.join(sep) });
  }
  return out;
}
/**
 * The prefixes before a subscriber number: none, the trunk 0, or the country code in its
 * written forms, joined to the number by nothing, a space or the number's own separator.
 */
const PREFIXES = ['', '0', '+84', '84', '(+84)', '(84)', '+84 (0)'];
function mobileSpellings(subscriber: string): string[] {
  const out: string[] = [];
  for (const prefix of PREFIXES) {
    if (prefix === '' || prefix === '0') {
      out.push(...groupings(prefix + subscriber).map((g) => g.text));
      continue;
    }
    for (const { sep, text } of groupings(subscriber)) for (const join of new Set(['', ' ', sep])) out.push(`${prefix}${join}${text}`);
  }
  return [...new Set(out)];
}
const IDENTITY_NUMBERS = ['079012345678', '001203004567', '271234567', '197123456'];
const SUBSCRIBERS = ['912345678', '388123456', '567890123', '701234567', '868123456'];
const SPELLINGS: { text: string; kinds: string[] }[] = [
  ...IDENTITY_NUMBERS.flatMap((n) => groupings(n).map(({ text }) => ({ text, kinds: ['identity-number'] }))),
  // Without 0 or a country code, a 9-digit subscriber number is refused as a CMND would be.
  ...SUBSCRIBERS.flatMap((s) => mobileSpellings(s).map((text) => ({ text, kinds: text.replace(/\D/g, '').length === 9 ? ['identity-number'] : ['mobile-phone'] }))),
];
/** The three places a number is read: a YAML text value, a raw CSV line, a Markdown line. */
const PLACES: { name: string; around: (n: string) => string; csv?: boolean }[] = [
  { name: 'YAML text field', around: (n) => `Ông Nguyễn Văn A (${n}), khu phố 2, đã nhận hỗ trợ.` },
  { name: 'CSV cell', around: (n) => `Khu phố 2,8,16,${n},2025-07-01`, csv: true },
  { name: 'Markdown line', around: (n) => `- Ông A, số ${n}. Đã nhận 1.234.567 đồng ngày 20/3/2024.` },
];

describe('every spelling of an identity or mobile number is refused', () => {
  it(`${SPELLINGS.length} spellings in ${PLACES.length} places`, () => {
    expect(SPELLINGS.length).toBeGreaterThan(1000);
    const missed: string[] = [];
    for (const { text, kinds: expected } of SPELLINGS) {
      const digits = text.replace(/\D/g, '');
      const masked = `${'•'.repeat(digits.length - 3)}${digits.slice(-3)}`;
      for (const place of PLACES) {
        const found = findPersonalData(place.around(text), { commaEndsCell: place.csv });
        const ok = found.length === 1 && found[0]!.kind === expected[0] && found[0]!.masked === masked && !found[0]!.masked.includes(digits.slice(0, 4));
        if (!ok) missed.push(`${place.name}: ${JSON.stringify(text)} → ${JSON.stringify(found)}`);
      }
    }
    expect(missed.slice(0, 20), `${missed.length} missed`).toEqual([]);
  });
});

describe('real content has no look-alikes that would be refused', () => {
  const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  // The national tables (PAPI figures with nine decimals, unit codes) are the densest in digits.
  for (const folder of ['content/national', 'content/quang-tri', 'content/bac-ninh']) {
    it(folder, () => {
      const hits: string[] = [];
      for (const file of walk(join(root, folder)).filter((f) => /\.(md|ya?ml|csv)$/.test(f))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (findPersonalData(line, { commaEndsCell: file.endsWith('.csv') }).length) hits.push(`${file}:${i + 1}`);
          });
      }
      expect(hits).toEqual([]);
    });
  }
});

describe('office phone fields', () => {
  it('take a landline or a hotline', () => {
    expect(isOfficePhone('0233 3852 111')).toBe(true);
    expect(isOfficePhone('(0233) 3.852.111')).toBe(true);
    expect(isOfficePhone('+84 233 3852 111')).toBe(true);
    expect(isOfficePhone('0233\u00A03852\u00A0111')).toBe(true);
    expect(isOfficePhone('0233–3852–111')).toBe(true);
    expect(isOfficePhone('1022')).toBe(true);
    expect(isOfficePhone('1900 1234')).toBe(true);
  });
  it('refuse a mobile number or a short fragment', () => {
    expect(isOfficePhone('0912 345 678')).toBe(false);
    expect(isOfficePhone('+84 912 345 678')).toBe(false);
    expect(isOfficePhone('3852111')).toBe(false);
  });
});
