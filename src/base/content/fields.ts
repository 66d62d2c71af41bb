/** Field schemas shared by every content kind. */
import { z } from 'astro/zod';
import { expect } from './error-map.ts';

/** True for a calendar date that exists: "2024-02-29" yes, "2023-02-29" no. */
export function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD, the one date form in content files. */
export const isoDate = z
  .string(expect('một ngày dạng YYYY-MM-DD', 'a date as YYYY-MM-DD'))
  .refine(isRealIsoDate, expect('một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-03-20)', 'a real date as YYYY-MM-DD (e.g. 2024-03-20)'));

/** Ids are the last part of a page address: lower-case ASCII letters, digits and hyphens. */
export const id = z
  .string(expect('một mã định danh', 'an id'))
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    expect(
      'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ "so-noi-vu")',
      'an id of lower-case letters without diacritics, digits and hyphens (e.g. "so-noi-vu")',
    ),
  );

/** Text that must be there and not blank. */
export const text = z
  .string(expect('một đoạn chữ', 'text'))
  .trim()
  .min(1, expect('một đoạn chữ không để trống', 'non-empty text'));

/**
 * A value a document may not state. `null` means "the document does not say" and is shown
 * as such ("không ghi trong văn bản"); it is never filled in by guessing.
 */
export const unstated = <T extends z.ZodType>(schema: T) => schema.nullable();

/** CSV cells arrive as strings; an empty cell means "no value". */
export function emptyToNull(value: unknown): unknown {
  return value === '' ? null : value;
}
