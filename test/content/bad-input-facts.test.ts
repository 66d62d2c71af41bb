/**
 * Content whose every field is well formed but whose facts contradict each other, across
 * fields and files: a unit that is its own ancestor, a commune under a district that had
 * ended, a report filed before its period began. Each case stops loading with exactly one
 * problem at the field where the wrong value was typed, in the pattern of bad-input.test.ts.
 * The rules are in src/kinds/<kind>/rules.ts; a judgement says "khó có thể đúng — kiểm tra lại".
 */
import { corpus, replace, type CorpusCase, type Edit } from '../helpers/corpus.ts';
import { editFile } from '../helpers/fixture.ts';

const ADMIN = 'units/admin.csv';
const ORGS = 'units/organisations.yaml';
const SUCC = 'succession/admin.csv';

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
];

corpus('facts that contradict each other stop loading with one precise, bilingual message', CASES);
