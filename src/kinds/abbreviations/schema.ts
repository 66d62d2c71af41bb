/**
 * The abbreviations dictionary (content/national/search/abbreviations.yaml): abbreviations
 * of Vietnamese public administration and what they stand for, so a search for one finds
 * pages that write the other. A short, reviewed list: every line changes what readers find.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { text } from '../../base/content/fields.ts';

/** Letters (any case, with or without diacritics), digits and the joiners used in abbreviations. */
const ABBREVIATION = /^[\p{L}\p{N}][\p{L}\p{N}&-]*$/u;

export const abbreviationSchema = z.strictObject({
  /** The abbreviation as documents write it, with its đ: "HĐND", "UBND", "CBCCVC". One word. */
  abbr: text.regex(
    ABBREVIATION,
    expect(
      'một chữ viết tắt liền, không dấu cách (ví dụ "HĐND")',
      'an abbreviation as one word, without spaces (e.g. "HĐND")',
    ),
  ),
  /** What it stands for, in Vietnamese with diacritics: "Hội đồng nhân dân". */
  full: text,
  /** The English name, for reviewers and the English interface. */
  en: text.optional(),
});

/** One abbreviation and what it stands for. */
export type Abbreviation = z.infer<typeof abbreviationSchema>;
