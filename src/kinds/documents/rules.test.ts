import { describe, expect, it } from 'vitest';
import { dateOrder, implementsRules, issueWindow, unitsInTime } from './rules.ts';
import type { PortalDocument } from './schema.ts';

const doc = (id: string, fields: Partial<PortalDocument> = {}): PortalDocument => ({
  id,
  body: '',
  kind: 'ke-hoach',
  title_vi: null,
  summary_vi: 'Tóm tắt.',
  summary_en: 'Summary.',
  number: null,
  date: null,
  published: '2026-11-23',
  updated: null,
  place: null,
  issuer: 'ubnd',
  signer: { name: null, title: null, authority: null },
  addressees: [],
  recipients: [],
  implements: [],
  papi_dimensions: [],
  concerns: [],
  source: { kind: 'pdf', note_vi: 'Bản sao.', note_en: 'A copy.' },
  ...fields,
});

const cites = (number: string, date: string | null, document: string | null = null) => ({
  number,
  date,
  issuer_text: null,
  title_vi: null,
  document,
});

describe('issueWindow', () => {
  it('is the stated date, or after the latest document carried out and by the day of publishing', () => {
    expect(issueWindow(doc('a', { date: '2021-05-10' }))).toMatchObject({
      from: '2021-05-10',
      to: '2021-05-10',
      exact: true,
    });
    const inferred = issueWindow(
      doc('b', { implements: [cites('1/KH', '2019-07-05'), cites('2/QĐ', '2020-04-28'), cites('3/CT', null)] }),
    );
    expect(inferred).toMatchObject({ from: '2020-04-28', to: '2026-11-23', exact: false });
    expect(inferred.why.vi).toContain('thực hiện văn bản 2/QĐ ngày 2020-04-28');
    expect(issueWindow(doc('c')).from).toBeNull();
  });
});

describe('dateOrder', () => {
  it('published before issued, and updated before published', () => {
    const problems = dateOrder([
      doc('a', { date: '2021-05-10', published: '2021-05-01' }),
      doc('b', { published: '2026-11-23', updated: '2026-11-01' }),
      doc('c', { date: '2021-05-10', published: '2021-05-10', updated: '2021-05-10' }),
    ]);
    expect(problems.map((p) => [p.at, p.path.join('.')])).toEqual([
      [0, 'published'],
      [1, 'updated'],
    ]);
    expect(problems[0]!.expected.vi).toContain('date: 2021-05-10');
  });
});

describe('implementsRules', () => {
  it('a document does not carry out itself, nor a document issued after it', () => {
    const problems = implementsRules([
      doc('a', { implements: [cites('1/KH', null, 'a')] }),
      doc('b', { date: '2021-05-10', implements: [cites('2/KH', '2021-06-01')] }),
      doc('c', { implements: [cites('3/KH', '2027-01-01')] }),
      doc('d', { date: '2021-05-10', implements: [cites('4/KH', '2021-05-10')] }),
    ]);
    expect(problems.map((p) => [p.at, p.path.join('.')])).toEqual([
      [0, 'implements.0.document'],
      [1, 'implements.0.date'],
      [2, 'implements.0.date'],
    ]);
    expect(problems[2]!.expected.en).toContain('the day the portal published this document (2026-11-23)');
  });

  it('a document the portal publishes is cited with its own number and date', () => {
    const target = doc('goc', { number: '12/KH-UBND', date: '2021-05-10' });
    const problems = implementsRules([
      target,
      doc('x', { implements: [cites('21/KH-UBND', '2021-05-10', 'goc')] }),
      doc('y', { implements: [cites('12/KH-UBND', '2021-05-11', 'goc')] }),
      doc('z', { implements: [cites('12/KH-UBND', null, 'goc'), cites('9/KH', null, 'chua-dang')] }),
    ]);
    expect(problems.map((p) => [p.at, p.path.join('.')])).toEqual([
      [1, 'implements.0.number'],
      [2, 'implements.0.date'],
    ]);
    expect(problems[0]!.expected.vi).toContain('"12/KH-UBND"');
  });
});

describe('unitsInTime', () => {
  const units = new Map([
    ['ubnd-cu', { valid_from: null, valid_to: '2025-06-30' }],
    ['ubnd-moi', { valid_from: '2025-07-01', valid_to: null }],
    ['so', { valid_from: null, valid_to: null }],
  ]);

  it('an issuer set up after the document, or a recipient gone before it', () => {
    const problems = unitsInTime(
      [
        doc('a', { date: '2021-05-10', issuer: 'ubnd-moi' }),
        doc('b', {
          date: '2025-09-01',
          issuer: 'ubnd-moi',
          recipients: [{ text: 'UBND tỉnh cũ', units: ['so', 'ubnd-cu'] }],
        }),
        doc('c', { date: '2021-05-10', issuer: 'ubnd-cu', recipients: [{ text: 'Sở', units: ['so', 'khong-co'] }] }),
      ],
      units,
    );
    expect(problems.map((p) => [p.at, p.path.join('.')])).toEqual([
      [0, 'issuer'],
      [1, 'recipients.0.units.1'],
    ]);
    expect(problems[0]!.expected.vi).toContain('"ubnd-moi" chỉ bắt đầu từ 2025-07-01');
    expect(problems[1]!.expected.en).toContain('"ubnd-cu" ended on 2025-06-30');
  });

  it('without an issue date, judges by what the document carries out and when the portal published it', () => {
    const problems = unitsInTime(
      [
        doc('a', { issuer: 'ubnd-cu', implements: [cites('1/KH', '2025-08-01')] }),
        doc('b', { issuer: 'ubnd-moi', published: '2025-05-01' }),
        doc('c', { issuer: 'ubnd-cu', implements: [cites('1/KH', '2021-08-01')] }),
      ],
      units,
    );
    expect(problems.map((p) => p.at)).toEqual([0, 1]);
    expect(problems[0]!.expected.en).toContain('carries out 1/KH of 2025-08-01');
  });
});
