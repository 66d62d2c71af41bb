/**
 * Content whose every field is well formed but whose facts contradict each other, across
 * fields and files: a unit that is its own ancestor, a commune under a district that had
 * ended, a report filed before its period began. Each case stops loading with exactly one
 * problem at the field where the wrong value was typed, in the pattern of bad-input.test.ts.
 * The rules are in src/kinds/<kind>/rules.ts; a judgement says "khó có thể đúng — kiểm tra lại".
 */
import { corpus, replace, type CorpusCase, type Edit } from '../helpers/corpus.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFile, writeFile } from '../helpers/fixture.ts';

const ADMIN = 'units/admin.csv';
const ORGS = 'units/organisations.yaml';
const SUCC = 'succession/admin.csv';
const DOC = 'documents/ke-hoach-thu.md';
const SOURCE_DOC = 'documents/quyet-dinh-goc.md';

/** Adds a line at the end of a file. */
const append =
  (file: string, line: string): Edit =>
  (dir) =>
    editFile(dir, file, (t) => `${t}${line}\n`);

/** Several edits as one case. */
const all =
  (...edits: Edit[]): Edit =>
  (dir) => {
    for (const edit of edits) edit(dir);
  };

/** A second document, made from the first with some changes: the decision the plan carries out. */
const sourceDocument =
  (...changes: [from: string, to: string][]): Edit =>
  (dir) => {
    const text = readFileSync(join(dir, DOC), 'utf8');
    writeFile(dir, SOURCE_DOC, changes.reduce((t, [from, to]) => t.replace(from, to), text));
    replace(DOC, '    document: null', '    document: quyet-dinh-goc')(dir);
  };

const JUDGEMENT = { vi: 'khó có thể đúng — kiểm tra lại', en: 'unlikely to be right — check it' };

const CASES: CorpusCase[] = [
  // Units: the tree and validity
  {
    name: 'two units each the parent of the other',
    edit: replace(ADMIN, 'tinh-cu,province,tỉnh,Tỉnh Cũ,,,45,,', 'tinh-cu,province,tỉnh,Tỉnh Cũ,,,45,huyen-a,'),
    issue: { file: ADMIN, field: 'parent', row: 4, found: '"tinh-cu"', vi: 'huyen-a → tinh-cu → huyen-a tạo thành vòng lặp', en: 'is a loop' },
  },
  {
    name: 'a loop through three units',
    edit: replace(ADMIN, 'tinh-cu,province,tỉnh,Tỉnh Cũ,,,45,,', 'tinh-cu,province,tỉnh,Tỉnh Cũ,,,45,xa-b-a,'),
    issue: { file: ADMIN, field: 'parent', row: 5, vi: 'xa-b-a → huyen-a → tinh-cu → xa-b-a', en: 'each unit its own ancestor' },
  },
  {
    name: 'a 2025 commune under a district that had ended',
    edit: replace(ADMIN, '19002,tinh-moi,', '19002,huyen-a,'),
    issue: { file: ADMIN, field: 'parent', row: 6, found: '"huyen-a"', vi: '"huyen-a" đã kết thúc ngày 2025-06-30', en: 'a parent that still existed when "xa-c" began (2025-07-01)' },
  },
  {
    name: 'an old commune under a province that began after it ended',
    edit: replace(ADMIN, '19001,huyen-a,', '19001,tinh-moi,'),
    issue: { file: ADMIN, field: 'parent', row: 5, vi: '"tinh-moi" chỉ bắt đầu từ 2025-07-01', en: 'began only on 2025-07-01' },
  },
  {
    name: 'a unit that began before its parent (judgement)',
    edit: all(replace(ADMIN, 'Tỉnh Cũ,,,45,,,', 'Tỉnh Cũ,,,45,,2000-01-01,'), replace(ADMIN, '461,tinh-cu,,', '461,tinh-cu,1990-01-01,')),
    issue: { file: ADMIN, field: 'valid_from', row: 4, found: '"1990-01-01"', ...JUDGEMENT },
  },
  {
    name: 'a body that outlasted the unit it belongs to (judgement)',
    edit: replace(ORGS, '  valid_to: null', '  valid_to: 2025-12-31'),
    issue: { file: ORGS, field: 'valid_to', line: 10, vi: 'không muộn hơn ngày đơn vị cấp trên "tinh-cu" kết thúc (2025-06-30)', en: 'cannot outlast its parent. This is unlikely to be right' },
  },
  {
    name: 'a district that began after the district level was abolished',
    edit: append(ADMIN, 'huyen-moi,district,huyện,Huyện Mới,,,462,tinh-moi,2025-07-01,,'),
    issue: { file: ADMIN, field: 'valid_from', row: 7, vi: 'từ 1/7/2025 không còn cấp huyện', en: 'from 1 July 2025 there is no district level' },
  },
  {
    name: 'a district without an end date (judgement)',
    edit: append(ADMIN, 'huyen-b,district,huyện,Huyện B,,,462,tinh-cu,,,'),
    issue: { file: ADMIN, field: 'valid_to', row: 7, found: '(trống / empty)', ...JUDGEMENT },
  },
  // Succession
  {
    name: 'a unit that succeeds itself',
    edit: replace(SUCC, 'xa-b-a,xa-c,full', 'xa-b-a,xa-b-a,full'),
    issue: { file: SUCC, field: 'to', row: 3, vi: 'một đơn vị không kế thừa chính nó', en: 'a unit does not succeed itself' },
  },
  {
    name: 'the same succession pair twice',
    edit: append(SUCC, 'xa-b-a,xa-c,partial,Nghị quyết 1680/NQ-UBTVQH15 ngày 16/6/2025,'),
    issue: { file: SUCC, field: 'to', row: 4, vi: '"xa-b-a" → "xa-c" đã có ở', en: 'is already at' },
  },
  {
    name: 'a successor that did not exist yet when the predecessor ended',
    edit: replace(ADMIN, '19002,tinh-moi,2025-07-01', '19002,tinh-moi,2025-08-01'),
    issue: { file: SUCC, field: 'to', row: 3, vi: '"xa-c" chỉ bắt đầu từ 2025-08-01', en: 'a unit that existed on the day after "xa-b-a" ended (2025-06-30)' },
  },
  {
    name: 'a successor that had ended with the predecessor',
    edit: append(SUCC, 'xa-b-a,huyen-a,partial,Nghị quyết 1680/NQ-UBTVQH15 ngày 16/6/2025,'),
    issue: { file: SUCC, field: 'to', row: 4, vi: '"huyen-a" đã kết thúc ngày 2025-06-30', en: 'a unit that still existed after' },
  },
  {
    name: 'a predecessor still valid after it went wholly into its successor (judgement)',
    edit: replace(ADMIN, '19001,huyen-a,,2025-06-30', '19001,huyen-a,,'),
    issue: { file: ADMIN, field: 'valid_to', row: 5, found: '(trống / empty)', ...JUDGEMENT },
  },
  // Documents
  {
    name: 'a document published before it was issued',
    edit: replace(DOC, 'published: "2026-11-23"', 'published: "2021-05-01"'),
    issue: { file: DOC, field: 'published', line: 8, found: '"2021-05-01"', vi: 'không sớm hơn ngày ban hành (date: 2021-05-10)', en: 'cannot be published before it is issued' },
  },
  {
    name: 'a document updated before it was published',
    edit: replace(DOC, 'published: "2026-11-23"\n', 'published: "2026-11-23"\nupdated: "2026-11-01"\n'),
    issue: { file: DOC, field: 'updated', line: 9, vi: 'không sớm hơn ngày đăng (published: 2026-11-23)', en: 'not earlier than the day it published it' },
  },
  {
    name: 'a document that carries out one issued after it',
    edit: replace(DOC, '    date: 2019-07-05', '    date: 2021-06-01'),
    issue: { file: DOC, field: 'implements.0.date', line: 20, vi: 'không muộn hơn ngày ban hành văn bản này (2021-05-10)', en: 'can only carry out one issued before it' },
  },
  {
    name: 'a document that carries out itself',
    edit: replace(DOC, '    document: null', '    document: ke-hoach-thu'),
    issue: { file: DOC, field: 'implements.0.document', line: 23, vi: 'văn bản không thực hiện chính nó', en: 'a document does not carry out itself' },
  },
  {
    name: 'a published document cited with another number',
    edit: sourceDocument(['number: 12/KH-UBND', 'number: 1683/QĐ-UBND'], ['date: 2021-05-10', 'date: 2019-07-05']),
    issue: { file: DOC, field: 'implements.0.number', line: 19, found: '"1682/QĐ-UBND"', vi: 'số hiệu của văn bản "quyet-dinh-goc" như văn bản đó ghi: "1683/QĐ-UBND"', en: 'as it states it' },
  },
  {
    name: 'a published document cited with another date',
    edit: sourceDocument(['number: 12/KH-UBND', 'number: 1682/QĐ-UBND'], ['date: 2021-05-10', 'date: 2019-07-06']),
    issue: { file: DOC, field: 'implements.0.date', line: 20, vi: 'ngày ban hành của văn bản "quyet-dinh-goc" như văn bản đó ghi: 2019-07-06', en: 'the issue date of document "quyet-dinh-goc"' },
  },
  {
    name: 'a 2021 document issued by a unit set up in 2025',
    edit: replace(DOC, 'issuer: ubnd-tinh-cu', 'issuer: tinh-moi'),
    issue: { file: DOC, field: 'issuer', line: 9, vi: 'một cơ quan ban hành đã có khi văn bản được ban hành (văn bản ban hành ngày 2021-05-10): "tinh-moi" chỉ bắt đầu từ 2025-07-01', en: 'an issuer that existed when the document was issued' },
  },
  {
    name: 'a 2021 document sent to a commune of 2025',
    edit: replace(DOC, 'units: [so-noi-vu]', 'units: [so-noi-vu, xa-c]'),
    issue: { file: DOC, field: 'recipients.0.units.1', line: 17, vi: '"xa-c" chỉ bắt đầu từ 2025-07-01', en: 'a recipient that existed when the document was issued' },
  },
];

corpus('facts that contradict each other stop loading with one precise, bilingual message', CASES);
