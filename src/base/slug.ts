/**
 * Vietnamese text → URL slug without diacritics ("Thị xã Quảng Trị" → "thi-xa-quang-tri").
 * Tone marks go with NFD; đ/Đ is a separate letter in Unicode and has to be folded by hand.
 */
import { withoutMarks } from './text.ts';

export function slugify(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
