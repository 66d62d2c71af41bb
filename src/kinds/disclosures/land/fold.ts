/**
 * Search text without diacritics: residents often type "duong le duan" for "Đường Lê Duẩn".
 * Shared by the build (which writes the folded text into the page) and the filter script.
 */
import { withoutMarks } from '../../../base/text.ts';

export function foldVietnamese(text: string): string {
  return withoutMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when every word of the query appears in the folded text. */
export function matchesQuery(folded: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  return words.every((w) => folded.includes(w));
}
