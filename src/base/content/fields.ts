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

/**
 * A link a page may carry without harm: a web address (http, https) or a path on this portal
 * ("/tep/…", never "//…", which browsers read as another site). Everything else — javascript:,
 * data:, vbscript:, file: — could run code or open local files when a resident clicks it.
 * Browsers drop tabs and line breaks inside a link and read "\" as "/", so "/\t/evil.example"
 * and "/\evil.example" would lead elsewhere: whitespace, control characters and backslashes
 * are refused everywhere in a link.
 */
export function isSafeLink(value: string, options: { relative: boolean }): boolean {
  // eslint-disable-next-line no-control-regex
  if (value === '' || /[\s\u0000-\u001F\u007F-\u009F\\]/.test(value)) return false;
  if (options.relative && /^\/(?!\/)/.test(value)) return true;
  if (!/^https?:\/\/[^/?#]/i.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

const linkExpected = expect(
  'một liên kết an toàn: địa chỉ web bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong cổng bắt đầu bằng một dấu "/" (ví dụ /tep/ke-hoach.pdf), không có dấu cách',
  'a safe link: a web address starting with https:// or http://, or a path on this portal starting with a single "/" (e.g. /tep/ke-hoach.pdf), without spaces',
);

/** Every link to a file or page that content gives (a draft, a map, evidence, a licence). */
export const safeUrl = z.string(linkExpected).refine((v) => isSafeLink(v, { relative: true }), linkExpected);

/** A link that must be a full web address (the portal's own address, an embedding site). */
export function safeWebAddress(example: string) {
  const expected = expect(
    `một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, ví dụ ${example}`,
    `a full web address starting with https:// or http://, e.g. ${example}`,
  );
  return z.string(expected).refine((v) => isSafeLink(v, { relative: false }), expected);
}
