/**
 * Personal data that must never reach a public page (Nghị định 13/2023/NĐ-CP; Luật Bảo vệ
 * dữ liệu cá nhân 2025): identity numbers and personal mobile numbers. Disclosures are
 * public by design, so the build refuses any content text that contains them.
 *
 * The rule:
 * - an identity number — CMND (9 digits) or CCCD (12 digits, also written in groups
 *   "001 234 567 890") — is refused anywhere;
 * - a mobile number — 10 digits starting 03, 05, 07, 08 or 09, with or without spaces,
 *   dots or hyphens, or the same in the +84 form — is refused anywhere, including the
 *   fields meant for an office's phone: a public office answers on a landline
 *   (0 + a 2xx area code, 11 digits) or a short hotline number (111, 1022, 1900…);
 * - fields meant for an office phone must hold such a landline or hotline number
 *   (see `isOfficePhone`), so a personal number cannot be passed off as one.
 */

export type PersonalDataKind = 'identity-number' | 'mobile-phone';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The matched text, masked except its last three digits, so the message itself leaks nothing. */
  masked: string;
}

const PATTERNS: { kind: PersonalDataKind; re: RegExp }[] = [
  // CCCD: 12 digits, alone or in groups of 3 (first group 0xx, the province code).
  { kind: 'identity-number', re: /(?<![\d.,])(?:\d{12}|0\d{2}[ .]\d{3}[ .]\d{3}[ .]\d{3})(?![\d]|[.,]\d)/g },
  // CMND: exactly 9 digits standing alone.
  { kind: 'identity-number', re: /(?<![\d.,])\d{9}(?![\d]|[.,]\d)/g },
  // Mobile: 0 or +84, then 3/5/7/8/9, then 8 more digits, separators allowed between digits.
  { kind: 'mobile-phone', re: /(?<![\d+])(?:\+84[ .-]?|0)[35789](?:[ .-]?\d){8}(?![\d]|[.,-]\d)/g },
];

function mask(text: string): string {
  const digits = text.replace(/\D/g, '');
  return `${'•'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
}

/** Every identity number or mobile number in a text. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) found.push({ kind, masked: mask(m[0]) });
  }
  return found;
}

/**
 * An office landline or a public hotline: "0233 3852 111", "(0233) 3.852.111", "1022",
 * "113", "1900 1234", "1800 1234". Mobile numbers are not office phones.
 */
export function isOfficePhone(text: string): boolean {
  const compact = text.replace(/[\s.()-]/g, '');
  return /^(?:0|\+84)2\d{9}$/.test(compact) || /^1\d{2,3}$/.test(compact) || /^1[89]00\d{4,6}$/.test(compact);
}

export const personalDataExpected = {
  'identity-number': {
    vi: 'không có số CMND/CCCD trong nội dung công khai (dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); hãy xóa số này',
    en: 'no identity-card number (CMND/CCCD) in public content (personal data under the Personal Data Protection Law 91/2025/QH15); remove it',
  },
  'mobile-phone': {
    vi: 'không có số điện thoại di động cá nhân trong nội dung công khai; chỉ ghi số máy bàn của cơ quan hoặc đường dây nóng ở trường dành cho nó',
    en: "no personal mobile number in public content; only an office landline or a hotline, in the field meant for it",
  },
} as const;

export const officePhoneExpected = {
  vi: 'số máy bàn của cơ quan (0 + mã vùng 2xx, 11 chữ số, ví dụ "0233 3852 111") hoặc số đường dây nóng ngắn (ví dụ "1022", "1900 1234")',
  en: 'an office landline (0 + a 2xx area code, 11 digits, e.g. "0233 3852 111") or a short hotline number (e.g. "1022", "1900 1234")',
};
