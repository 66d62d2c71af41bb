/**
 * Vietnamese text → URL slug without diacritics ("Thị xã Quảng Trị" → "thi-xa-quang-tri").
 * Tone marks go with NFD; đ/Đ is a separate letter in Unicode and has to be folded by hand.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
