/**
 * Numbers and dates in the reader's language: Vietnamese writes 44,78 and 1.234.567 and
 * dates as 20/3/2024; English pages write 44.78 and 20 March 2024.
 */
export type Lang = 'vi' | 'en';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 44.7656 → "44,77" (vi) / "44.77" (en). */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, digits).format(value);
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-03-20" → "20/3/2024" (vi) / "20 March 2024" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}
