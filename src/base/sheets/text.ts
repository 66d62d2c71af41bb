/** Comparing what officials type: headers, labels and names with or without diacritics. */

/** Lower case, without diacritics (đ as d), one space between words, no spaces at the ends. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded, and without punctuation other than % (for matching headers). */
export function foldHeader(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9% ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
