/**
 * Turns a zod issue into "what was expected", in Vietnamese and English, worded for
 * the official who edits the file rather than for a programmer.
 *
 * Schemas give their own wording with `expect(vi, en)`: zod carries one message string,
 * so both languages travel in it, split by SEPARATOR.
 */
import type { z } from 'astro/zod';
import { showInvisible, type Bilingual } from './errors.ts';

const SEPARATOR = ' ¦ ';

/** A message for a zod check, in both languages: `.refine(fn, expect('…', '…'))`. */
export function expect(vi: string, en: string): { message: string } {
  return { message: `${vi}${SEPARATOR}${en}` };
}

function fromMessage(message: string | undefined): Bilingual | undefined {
  if (!message || !message.includes(SEPARATOR)) return undefined;
  const [vi, en] = message.split(SEPARATOR);
  return { vi: vi!, en: en! };
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { vi: 'một đoạn chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một nhóm trường', en: 'a group of fields' },
  date: { vi: 'một ngày', en: 'a date' },
};

function typeName(expected: string): Bilingual {
  return TYPE_NAMES[expected] ?? { vi: expected, en: expected };
}

function list(values: readonly unknown[]): string {
  return values.map((v) => showInvisible(JSON.stringify(v))).join(', ');
}

export function expectedFor(issue: z.core.$ZodIssue): Bilingual {
  const own = fromMessage(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'invalid_value':
      return {
        vi: `một trong các giá trị ${list(issue.values)}`,
        en: `one of ${list(issue.values)}`,
      };
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string')
        return n === '1'
          ? { vi: 'một đoạn chữ không để trống', en: 'non-empty text' }
          : { vi: `ít nhất ${n} ký tự`, en: `at least ${n} characters` };
      if (issue.origin === 'array') return { vi: `ít nhất ${n} mục`, en: `at least ${n} items` };
      return { vi: `một số không nhỏ hơn ${n}`, en: `a number not below ${n}` };
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return { vi: `nhiều nhất ${n} ký tự`, en: `at most ${n} characters` };
      if (issue.origin === 'array') return { vi: `nhiều nhất ${n} mục`, en: `at most ${n} items` };
      return { vi: `một số không lớn hơn ${n}`, en: `a number not above ${n}` };
    }
    case 'invalid_format':
      return { vi: `giá trị đúng định dạng ${issue.format}`, en: `a value in the ${issue.format} format` };
    case 'unrecognized_keys':
      return {
        vi: `không có trường ${list(issue.keys)} (trường này không dùng; kiểm tra chính tả)`,
        en: `no field ${list(issue.keys)} (it is not used; check the spelling)`,
      };
    case 'invalid_union':
      return { vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' };
    default:
      return { vi: issue.message, en: issue.message };
  }
}
