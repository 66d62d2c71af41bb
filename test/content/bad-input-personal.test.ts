/**
 * Personal data in the spellings people actually use: each case writes one identity number
 * or personal mobile number into a copy of the minimal fixture and expects exactly one
 * problem, named by file, place (line, or row and column) and field, with the number masked
 * and the rule in Vietnamese and English. The look-alikes real content is full of (dates,
 * amounts, document numbers, unit codes, office landlines, hotlines) are shown to load.
 * The exhaustive set of spellings is tested on the detection itself (personal-data.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, type ContentIssue } from '../../src/base/content/errors.ts';
import { buildOverPreviousSite, problemsOf, replace, type Edit } from '../helpers/corpus.ts';
import { copyFixture } from '../helpers/fixture.ts';

const DOC = 'documents/ke-hoach-thu.md';
const ADMIN = 'units/admin.csv';
const GOPY = 'disclosures/xa-c/gop-y.yaml';
const POOR = 'disclosures/xa-c/ho-ngheo-2025.csv';

const ANSWER = 'answer: Phương án đã được phê duyệt ngày 18/7/2025;';
const NOTE = 'Có hộ nghèo không có khả năng lao động';
const BODY = 'Nội dung.';
const PHONE = 'office_phone: 0233 3000 101';


/** Where each kind of place is, and the field its issue names. */
const IN_ANSWER = { file: GOPY, field: 'questions.0.answer', line: 23 };
const IN_NOTE = { file: POOR, field: 'note', row: 2, column: 'note' };
const IN_BODY = { file: DOC, field: '(nội dung / text)', line: 33 };
const IN_UNITS = { file: ADMIN, field: '(nội dung / text)', line: 6 };
const IN_PHONE = { file: GOPY, field: 'consultations.0.how_to_comment.office_phone', line: 15 };

const IDENTITY = { vi: 'không có số CMND/CCCD', en: 'no identity-card number' };
const MOBILE = { vi: 'không có số điện thoại di động cá nhân', en: 'no personal mobile number' };

interface Case {
  name: string;
  /** The number as written; it must not appear in the message, only masked. */
  number: string;
  edit: (number: string) => Edit;
  place: { file: string; field: string; line?: number; row?: number; column?: string };
  masked: string;
  expected: { vi: string; en: string };
}

const inAnswer = (n: string) => replace(GOPY, ANSWER, `${ANSWER} liên hệ ông A ${n};`);
const inNote = (n: string) => replace(POOR, NOTE, `"${NOTE}, ông A ${n}"`);
const inBody = (n: string) => replace(DOC, BODY, `Ông A (${n}) đã nhận hỗ trợ ngày 20/3/2024.`);
const inUnits = (n: string) => replace(ADMIN, 'tinh-moi,2025-07-01,,', `tinh-moi,2025-07-01,,Trưởng thôn ${n}`);
const inPhone = (n: string) => replace(GOPY, PHONE, `office_phone: ${n}`);

const CASES: Case[] = [
  // Identity numbers (CCCD 12 digits, CMND 9 digits)
  { name: 'CCCD in groups of four', number: '0790 1234 5678', edit: inAnswer, place: IN_ANSWER, masked: '•••••••••678', expected: IDENTITY },
  { name: 'CCCD with hyphens', number: '079-012-345-678', edit: inNote, place: IN_NOTE, masked: '•••••••••678', expected: IDENTITY },
  { name: 'CCCD with dots', number: '079.012.345.678', edit: inBody, place: IN_BODY, masked: '•••••••••678', expected: IDENTITY },
  { name: 'CCCD with en dashes', number: '0790–1234–5678', edit: inUnits, place: IN_UNITS, masked: '•••••••••678', expected: IDENTITY },
  { name: 'CMND with spaces', number: '271 234 567', edit: inAnswer, place: IN_ANSWER, masked: '••••••567', expected: IDENTITY },
  { name: 'CMND with dots', number: '271.234.567', edit: inNote, place: IN_NOTE, masked: '••••••567', expected: IDENTITY },
  // Mobile numbers: the country code in every written form
  { name: 'mobile with (+84) in an office phone field', number: '(+84) 912 345 678', edit: inPhone, place: IN_PHONE, masked: '••••••••678', expected: MOBILE },
  { name: 'mobile with (84) and dots', number: '(84) 912.345.678', edit: inAnswer, place: IN_ANSWER, masked: '••••••••678', expected: MOBILE },
  { name: 'mobile with +84 (0)', number: '+84 (0) 912 345 678', edit: inBody, place: IN_BODY, masked: '•••••••••678', expected: MOBILE },
  { name: 'mobile with 84 and no plus', number: '84 912 345 678', edit: inNote, place: IN_NOTE, masked: '••••••••678', expected: MOBILE },
  // Mobile numbers: separators an editor or Word puts in
  { name: 'mobile with slashes', number: '0912/345/678', edit: inNote, place: IN_NOTE, masked: '•••••••678', expected: MOBILE },
  { name: 'mobile with en dashes', number: '0912–345–678', edit: inUnits, place: IN_UNITS, masked: '•••••••678', expected: MOBILE },
  { name: 'mobile with non-breaking spaces', number: '0912\u00A0345\u00A0678', edit: inAnswer, place: IN_ANSWER, masked: '•••••••678', expected: MOBILE },
  { name: 'mobile with thin spaces', number: '0912\u2009345\u2009678', edit: inBody, place: IN_BODY, masked: '•••••••678', expected: MOBILE },
  { name: 'mobile in pairs of digits', number: '09 12 34 56 78', edit: inAnswer, place: IN_ANSWER, masked: '•••••••678', expected: MOBILE },
  { name: 'mobile right after a date', number: 'ngày 20/3/2024 0388 123 456', edit: inBody, place: IN_BODY, masked: '•••••••456', expected: MOBILE },
];


describe('personal data in any spelling stops loading with one precise, masked message', () => {
  it('the corpus has at least 12 cases, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const dir = copyFixture();
      c.edit(c.number)(dir);
      const { issues, log, previousKept } = await buildOverPreviousSite(dir);
      expect(log, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(log, 'the build prints the number only masked').not.toContain(c.number);
      expect(previousKept(), 'the previous site is untouched').toBe(true);
      expect(issues.map(formatIssue).join('\n'), 'exactly one problem').toBe(issues.length === 1 ? formatIssue(issues[0]!) : 'one issue');
      const [issue] = issues as [ContentIssue];
      const { file, ...place } = c.place;
      expect(issue.file.endsWith(file), `${issue.file} names ${file}`).toBe(true);
      expect(issue).toMatchObject(place);
      expect(issue.found).toContain(c.masked);
      expect(issue.expected.vi).toContain(c.expected.vi);
      expect(issue.expected.en).toContain(c.expected.en);
      const message = formatIssue(issue);
      expect(message).toContain('[vi] Tìm thấy');
      expect(message).toContain('[en] Found');
      // The message names the number only masked: none of its digits but the last three.
      const digits = c.number.replace(/\D/g, '');
      expect(message.replace(/\D/g, ' ')).not.toContain(digits.slice(0, 6));
      expect(message).not.toContain(c.number);
    });
  }
});

describe('what looks like a number of a person but is not is accepted', () => {
  it('dates, amounts, document numbers, unit codes, landlines and hotlines load', () => {
    const dir = copyFixture();
    const text = [
      'Theo Nghị quyết 1680/NQ-UBTVQH15 và Kế hoạch 12/KH-UBND ngày 20/3/2024 (2024-03-20),',
      'từ 01/2024-12/2024, đã chi 1.234.567 đồng, 123.456.789 đồng và 7.453 triệu đồng cho 45 hộ của xã mã 19333;',
      'điểm PAPI 36,405 và 45.123456789; liên hệ 0233 3852 111, (0233) 3.852.111, đường dây nóng 1022 hoặc 1800 1234.',
    ].join(' ');
    replace(DOC, BODY, text)(dir);
    replace(GOPY, ANSWER, `${ANSWER} ${text}`)(dir);
    replace(POOR, NOTE, `"${text.replaceAll('"', '')}"`)(dir);
    replace(GOPY, PHONE, 'office_phone: (0233) 3.852.111')(dir);
    expect(problemsOf(dir).map(formatIssue)).toEqual([]);
  });
});
