/**
 * Content whose every field is well formed but whose facts contradict each other, across
 * fields and files: a unit that is its own ancestor, a commune under a district that had
 * ended, a report filed before its period began. Each case stops loading with exactly one
 * problem at the field where the wrong value was typed, in the pattern of bad-input.test.ts.
 * The rules are in src/kinds/<kind>/rules.ts; a judgement says "khó có thể đúng — kiểm tra lại".
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, problemsOf, replace, type CorpusCase, type Edit } from '../helpers/corpus.ts';
import { copyFixture, editFile, writeFile } from '../helpers/fixture.ts';

const ADMIN = 'units/admin.csv';
const ORGS = 'units/organisations.yaml';
const SUCC = 'succession/admin.csv';
const DOC = 'documents/ke-hoach-thu.md';
const SOURCE_DOC = 'documents/quyet-dinh-goc.md';
const TASKS = 'tasks/ke-hoach-thu.yaml';
const REPORTS = 'reports/ke-hoach-thu.yaml';
const CORRECTIONS = 'corrections.yaml';

/** A corrections file with one correction. */
const correction = (page: string, date = '2026-12-01'): Edit => (dir) =>
  writeFile(dir, CORRECTIONS, `- date: ${date}\n  page: ${page}\n  what_vi: Sửa số hiệu\n  what_en: Corrected the number\n`);

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
    name: 'a district that lasted past the abolition of the district level',
    edit: append(ADMIN, 'huyen-moi,district,huyện,Huyện Mới,,,462,tinh-moi,,2025-12-31,'),
    issue: { file: ADMIN, field: 'valid_to', row: 7, found: '"2025-12-31"', vi: 'một ngày kết thúc không muộn hơn 2025-06-30', en: 'an end no later than 2025-06-30' },
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
  // Plans and tasks
  {
    name: 'a task due before its plan was issued',
    edit: replace(TASKS, '        lead_text: "Các sở, ngành"\n', '        lead_text: "Các sở, ngành"\n        deadline: 2021-05-01\n'),
    issue: { file: TASKS, field: 'sections.0.tasks.1.deadline', line: 31, found: '"2021-05-01"', vi: 'một hạn không sớm hơn ngày ban hành kế hoạch (văn bản ban hành ngày 2021-05-10)', en: 'a task cannot fall due before the plan that sets it' },
  },
  {
    name: 'reporting periods in reverse',
    edit: all(replace(TASKS, 'last: 2021-y', 'last: 2020-y'), (dir) => rmSync(join(dir, REPORTS))),
    issue: { file: TASKS, field: 'reporting.last', line: 6, vi: 'kỳ báo cáo cuối không trước kỳ đầu (first: 2021-h1)', en: 'a last period not before the first' },
  },
  {
    name: 'a first reporting period that ended before the plan (judgement)',
    edit: replace(TASKS, 'first: 2021-h1', 'first: 2021-q1'),
    issue: { file: TASKS, field: 'reporting.first', line: 5, vi: 'kỳ 2021-q1 đã kết thúc ngày 2021-03-31, trước khi có kế hoạch. Điều này khó có thể đúng — kiểm tra lại', en: JUDGEMENT.en },
  },
  {
    name: 'a plan aimed at a PAPI survey already over (judgement)',
    edit: replace(TASKS, 'papi_year: 2021', 'papi_year: 2019'),
    issue: { file: TASKS, field: 'papi_year', line: 1, found: '2019', vi: 'cuộc khảo sát năm 2019 đã diễn ra trước khi có kế hoạch', en: JUDGEMENT.en },
  },
  {
    name: 'a 2021 task given to a commune of 2025',
    edit: replace(TASKS, 'cooperating: [ubnd-tinh-cu]', 'cooperating: [xa-c]'),
    issue: { file: TASKS, field: 'sections.0.tasks.0.cooperating.0', line: 21, vi: '"xa-c" chỉ bắt đầu từ 2025-07-01', en: 'a unit that existed when the plan was issued' },
  },
  {
    name: 'the same task id twice',
    edit: replace(TASKS, '- id: thu-1-b', '- id: thu-1-a'),
    issue: { file: TASKS, field: 'sections.0.tasks.1.id', line: 28, vi: 'một mã nhiệm vụ chưa dùng (đã có ở', en: 'a task id not used yet' },
  },
  // Progress reports
  {
    name: 'a report filed before its period began',
    edit: replace(REPORTS, 'submitted: 2021-06-21', 'submitted: 2020-12-20'),
    issue: { file: REPORTS, field: 'reports.0.submitted', line: 5, vi: 'không sớm hơn ngày đầu của kỳ báo cáo 2021-h1 (2021-01-01)', en: 'a report cannot be filed for a period that has not begun' },
  },
  {
    name: 'a report filed before the plan was issued',
    edit: replace(REPORTS, 'submitted: 2021-06-21', 'submitted: 2021-04-20'),
    issue: { file: REPORTS, field: 'reports.0.submitted', line: 5, vi: 'không thể báo cáo về kế hoạch chưa có', en: "a day no earlier than the plan's issue date (the document was issued on 2021-05-10)" },
  },
  {
    name: 'a report by a unit that had ended',
    edit: all(replace(ORGS, '  valid_to: null', '  valid_to: 2021-06-01'), replace(REPORTS, 'unit: so-noi-vu', 'unit: ubnd-tinh-cu')),
    issue: { file: REPORTS, field: 'reports.0.unit', line: 3, vi: '"ubnd-tinh-cu" đã kết thúc ngày 2021-06-01', en: 'a unit that existed on the day the report was filed (2021-06-21)' },
  },
  {
    name: 'a report outside the scope its file states',
    edit: replace(REPORTS, 'sample: true\n', 'sample: true\nscope:\n  units: [ubnd-tinh-cu]\n  periods: [2021-h1]\n'),
    issue: { file: REPORTS, field: 'reports.0.unit', line: 6, vi: 'một đơn vị trong phạm vi của tệp (scope.units: ubnd-tinh-cu)', en: "a unit within the file's scope" },
  },
  {
    name: 'a task reported twice in one report',
    edit: append(REPORTS, '      - task: thu-1-a\n        status: dang-thuc-hien\n        account: "Lặp lại."'),
    issue: { file: REPORTS, field: 'reports.0.items.1.task', line: 12, vi: '"thu-1-a" đã có ở items.0 của báo cáo này', en: 'each task once in a report' },
  },
  {
    name: 'a task not started with half of it done',
    edit: replace(REPORTS, 'status: dang-thuc-hien', 'status: chua-trien-khai'),
    issue: { file: REPORTS, field: 'reports.0.items.0.progress', line: 9, found: '50', vi: 'nhiệm vụ "chưa triển khai" (chua-trien-khai) thì chưa làm được phần nào', en: 'a task "not started" (chua-trien-khai) has no share done' },
  },
  {
    name: 'a task done with half of it done',
    edit: replace(REPORTS, 'status: dang-thuc-hien', 'status: hoan-thanh'),
    issue: { file: REPORTS, field: 'reports.0.items.0.progress', line: 9, vi: '100 hoặc để trống', en: 'a task "done" (hoan-thanh) is done in full' },
  },
  {
    name: 'a task in progress with all of it done (judgement)',
    edit: replace(REPORTS, 'progress: 50', 'progress: 100'),
    issue: { file: REPORTS, field: 'reports.0.items.0.progress', line: 9, found: '100', ...JUDGEMENT },
  },
  {
    name: 'a task overdue before its deadline',
    edit: all(replace(TASKS, '        dimensions: [8]\n', '        dimensions: [8]\n        deadline: 2021-09-30\n'), replace(REPORTS, 'status: dang-thuc-hien', 'status: qua-han')),
    issue: { file: REPORTS, field: 'reports.0.items.0.status', line: 8, vi: 'hạn của nhiệm vụ là 2021-09-30, chưa qua vào ngày nộp báo cáo (2021-06-21)', en: 'a status other than "qua-han"' },
  },
  // Corrections
  {
    name: 'a correction of a document the portal does not have',
    edit: correction('/van-ban/ke-hoach-khac/'),
    issue: { file: CORRECTIONS, field: 'page', line: 2, found: '"/van-ban/ke-hoach-khac/"', vi: 'đường dẫn một trang có trên cổng: không có văn bản "ke-hoach-khac"', en: 'there is no document "ke-hoach-khac"' },
  },
  {
    name: 'a correction of a task the portal does not have',
    edit: correction('/en/nhiem-vu/thu-9/'),
    issue: { file: CORRECTIONS, field: 'page', line: 2, vi: 'không có nhiệm vụ "thu-9"', en: 'there is no task "thu-9"' },
  },
  {
    name: 'a correction of a part of the site that does not exist',
    edit: correction('/tin-tuc/ke-hoach-thu/'),
    issue: { file: CORRECTIONS, field: 'page', line: 2, vi: 'cổng không có mục "/tin-tuc/"', en: 'the portal has no section "/tin-tuc/"' },
  },
  {
    name: 'a correction of a page below a document that does not exist',
    edit: correction('/van-ban/ke-hoach-thu/bao-cao/'),
    issue: { file: CORRECTIONS, field: 'page', line: 2, vi: 'không có trang con "bao-cao/"', en: 'has no page "bao-cao/" below it' },
  },
  {
    name: 'a correction dated before the page was published',
    edit: correction('/van-ban/ke-hoach-thu/', '2026-11-01'),
    issue: { file: CORRECTIONS, field: 'date', line: 1, vi: 'không sớm hơn ngày cổng đăng văn bản "ke-hoach-thu" (2026-11-23)', en: 'a page cannot be corrected before it is published' },
  },
  // The as-of date
  {
    name: 'an as-of date decades ahead in site.yaml (judgement)',
    edit: replace('site.yaml', 'as_of: 2025-12-31', 'as_of: 2099-12-31'),
    issue: { file: 'site.yaml', field: 'as_of', line: 22, found: '"2099-12-31"', vi: 'ngày 2099-12-31 có vẻ sai, vì hôm nay là', en: '2099-12-31 looks wrong' },
  },
  {
    name: 'PORTAL_AS_OF decades ahead (judgement)',
    edit: () => {},
    asOf: '2099-12-31',
    issue: { file: 'PORTAL_AS_OF', field: 'PORTAL_AS_OF', ...JUDGEMENT },
  },
  {
    name: 'PORTAL_AS_OF years before the earliest document (judgement)',
    edit: () => {},
    asOf: '2001-01-01',
    issue: { file: 'PORTAL_AS_OF', field: 'PORTAL_AS_OF', found: '"2001-01-01"', vi: 'một ngày mốc từ 2020-05-10 đến', en: "the portal's earliest document was issued on or after 2021-05-10" },
  },
];

corpus('facts that contradict each other stop loading with one precise, bilingual message', CASES);

describe('facts that agree load', () => {
  it('corrections of pages the portal has, after they were published', () => {
    const dir = copyFixture();
    writeFile(
      dir,
      CORRECTIONS,
      [
        '/van-ban/ke-hoach-thu/',
        '/en/ke-hoach/ke-hoach-thu/bao-cao/',
        '/nhiem-vu/thu-1-a/',
        '/don-vi/xa-c/',
        '/cong-khai/xa-c/ngan-sach/2025/',
        '/cong-khai/bang-gia-dat/',
        '/papi/2020/',
        '/',
      ]
        .map((page) => `- date: 2026-12-01\n  page: ${page}\n  what_vi: Sửa\n  what_en: Corrected\n`)
        .join(''),
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it('the two real instances', () => {
    for (const contentDir of ['content/quang-tri', 'content/bac-ninh']) expect(problemsOf(contentDir, '2025-12-31')).toEqual([]);
  });
});
