/**
 * Search text without diacritics: residents often type "duong le duan" for "Đường Lê Duẩn".
 * Shared by the build (which writes the folded text into the page) and the filter script.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the folded text. */
export function matchesQuery(folded: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  return words.every((w) => folded.includes(w));
}
