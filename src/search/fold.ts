/**
 * How Vietnamese text and queries meet in the search index.
 *
 * Pagefind (≥ 1.5) ignores tone marks, so "ho ngheo" finds "hộ nghèo" and "hoà" finds "hòa",
 * but đ/Đ is a letter of its own to it: "dat dai" would not find "đất đai". So the copy of
 * each page that Pagefind indexes writes đ as d + U+0335 (combining short stroke overlay),
 * which Pagefind strips like any other combining mark: the index holds "dat" for "đất".
 * Queries are folded đ → d before searching, and every title and excerpt Pagefind returns
 * is given its đ back before a reader sees it.
 *
 * Pure and free of Node APIs: the build and the browser use the same functions.
 */

/** U+0335 COMBINING SHORT STROKE OVERLAY: "d" + this looks like, and stands for, "đ". */
export const STROKE = '\u0335';

/** The text Pagefind indexes: đ → d + stroke, Đ → D + stroke (NFC first, so nothing hides). */
export function markStroke(text: string): string {
  return text.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Back to proper Vietnamese: d + stroke → đ, D + stroke → Đ (for titles, excerpts, filter names). */
export function unmarkStroke(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/**
 * A reader's query as Pagefind should see it: composed (NFC, whatever the keyboard sent),
 * đ/Đ folded to d/D, spaces tidied. Tone marks are left: Pagefind ignores them.
 */
export function foldQuery(query: string): string {
  return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\s+/g, ' ').trim();
}

/**
 * A comparison key without any marks: lower case, tones and the stroke removed, đ → d.
 * "Hoà", "Hòa", "hoa" and "HOÀ" all give "hoa"; "Đức" and "Duc" give "duc".
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}
