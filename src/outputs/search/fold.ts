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
import { withoutMarks } from '../../base/text.ts';

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

/** The five tone marks, decomposed: grave, acute, hook above, tilde, dot below. */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// oa, oe, uy at the end of a word with the tone on the second vowel ("hoà", "thuỷ"), not after q ("quý").
const SECOND_VOWEL_TONE = new RegExp(`(^|[^qQ])([oO])([aAeE])(${TONE})$|(^|[^qQ])([uU])([yY])(${TONE})$`, 'u');

/**
 * One tone placement for a word: "hoà" → "hòa", "thuỷ" → "thủy", "Hoá" → "Hóa". Both are
 * written (older texts and keyboards put the mark on the last vowel), and Pagefind, which
 * ignores tone marks for matching, still uses them to rank: so both spellings of a query
 * are written one way, and give the same results.
 */
export function oneTonePlacement(word: string): string {
  return word
    .normalize('NFD')
    .replace(SECOND_VOWEL_TONE, (_m, p1, o, a, t1, p2, u, y, t2) => (o ? `${p1}${o}${t1}${a}` : `${p2}${u}${t2}${y}`))
    .normalize('NFC');
}

/**
 * A reader's query as Pagefind should see it: composed (NFC, whatever the keyboard sent),
 * one tone placement, đ/Đ folded to d/D, spaces tidied. Tone marks are otherwise kept:
 * Pagefind matches without them and ranks exact spellings first.
 */
export function foldQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(/\p{L}+/gu, oneTonePlacement)
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A comparison key without any marks: lower case, tones and the stroke removed, đ → d.
 * "Hoà", "Hòa", "hoa" and "HOÀ" all give "hoa"; "Đức" and "Duc" give "duc".
 */
export function searchKey(text: string): string {
  return withoutMarks(text).toLowerCase();
}
