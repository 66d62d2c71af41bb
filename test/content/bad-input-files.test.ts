/**
 * Malformed content at the level of whole files: files no loader reads, symbolic links, YAML
 * alias bombs, empty files, other encodings and CSV separators, thousands dots. Each stops
 * loading with exactly one problem naming the file (and the place where there is one), in
 * Vietnamese and English — never a stack trace, a hang, or a page of follow-on messages.
 * Same pattern as bad-input.test.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, editFile, writeFile } from '../helpers/fixture.ts';
import { corpus, problemsOf, replace, type CorpusCase, type Edit } from '../helpers/corpus.ts';

const DOC = 'documents/ke-hoach-thu.md';
const ADMIN = 'units/admin.csv';
const ORGS = 'units/organisations.yaml';
const BUDGET = 'disclosures/xa-c/ngan-sach-2025.csv';

const copy =
  (from: string, to: string): Edit =>
  (dir) =>
    copyFileSync(join(dir, from), join(dir, to));

/** A file outside the content folder that a link could expose. */
function outsideFile(): string {
  const abs = join(mkdtempSync(join(tmpdir(), 'portal-outside-')), 'private.csv');
  writeFileSync(abs, 'id,kind,name_vi\nbi-mat,commune,Bí mật\n');
  return abs;
}

/** A YAML file whose aliases expand to 10^9 items: the "billion laughs". */
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  '',
].join('\n');


const CASES: CorpusCase[] = [
  // Files no loader reads: named, with what the loaders read there
  { name: 'upper-case name and extension', edit: copy(DOC, 'documents/KE-HOACH-THU.MD'), issue: { file: 'documents/KE-HOACH-THU.MD', field: '(tên tệp / file name)', found: '"KE-HOACH-THU.MD"', vi: 'tên tệp viết thường, ví dụ "ke-hoach-thu.md"', en: 'a lower-case file name, e.g. "ke-hoach-thu.md"' } },
  { name: 'upper-case extension of a table', edit: copy(ADMIN, 'units/extra.CSV'), issue: { file: 'units/extra.CSV', field: '(tên tệp / file name)', vi: 'ví dụ "extra.csv"', en: 'e.g. "extra.csv"' } },
  { name: 'second extension on a table', edit: copy(ADMIN, 'units/extra.csv.csv'), issue: { file: 'units/extra.csv.csv', field: '(tên tệp / file name)', found: '"extra.csv.csv"', vi: 'một phần mở rộng duy nhất, ví dụ "extra.csv"', en: 'a single extension, e.g. "extra.csv"' } },
  { name: 'second extension on a document', edit: copy(DOC, 'documents/ke-hoach-moi.md.md'), issue: { file: 'documents/ke-hoach-moi.md.md', field: '(tên tệp / file name)', vi: 'ví dụ "ke-hoach-moi.md"', en: 'e.g. "ke-hoach-moi.md"' } },
  { name: 'the only table of a folder in upper case', edit: (dir) => renameSync(join(dir, 'succession/admin.csv'), join(dir, 'succession/ADMIN.CSV')), issue: { file: 'succession/ADMIN.CSV', field: '(tên tệp / file name)', vi: 'ví dụ "admin.csv"', en: 'e.g. "admin.csv"' } },
  { name: 'budget table saved with an upper-case extension', edit: (dir) => renameSync(join(dir, BUDGET), join(dir, 'disclosures/xa-c/ngan-sach-2025.CSV')), issue: { file: 'disclosures/xa-c/ngan-sach-2025.CSV', field: '(tên tệp / file name)', found: '"ngan-sach-2025.CSV"', vi: 'tên tệp viết thường: "ngan-sach-2025.csv"', en: 'a lower-case file name: "ngan-sach-2025.csv"' } },
  { name: 'unknown extension', edit: (dir) => writeFile(dir, 'units/ghi-chu.txt', 'Bảng đơn vị cập nhật tháng 7.\n'), issue: { file: 'units/ghi-chu.txt', field: '(tên tệp / file name)', vi: 'một tệp .csv, .yaml', en: 'a .csv, .yaml file' } },
  { name: 'spreadsheet left beside its CSV', edit: (dir) => writeFile(dir, 'units/admin.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04])), issue: { file: 'units/admin.xlsx', field: '(tên tệp / file name)', vi: 'tệp khác không được đăng', en: 'any other file is not published' } },
  { name: 'file in a folder nothing reads', edit: (dir) => {
    mkdirSync(join(dir, 'van-ban-moi'));
    copy(DOC, 'van-ban-moi/ke-hoach-moi.md')(dir);
  }, issue: { file: 'van-ban-moi/ke-hoach-moi.md', field: '(tên tệp / file name)', found: '"van-ban-moi/" (thư mục cổng không đọc / a folder the portal does not read)', vi: 'thư mục cổng đọc: ./ (.yaml), disclosures/ (.csv, .yaml), documents/ (.md)', en: 'a folder the portal reads: ./ (.yaml)' } },
  // Symbolic links: refused, never followed
  { name: 'link to a file outside the content folder', edit: (dir) => symlinkSync(outsideFile(), join(dir, 'units/extra.csv')), issue: { file: 'units/extra.csv', field: '(tệp / file)', vi: 'liên kết', en: 'never reads through a link' } },
  { name: 'link that points at itself', edit: (dir) => symlinkSync('loop.yaml', join(dir, 'units/loop.yaml')), issue: { file: 'units/loop.yaml', field: '(tệp / file)', found: 'một liên kết tượng trưng (symlink) / a symbolic link', vi: 'một tệp hoặc thư mục thật', en: 'a real file or folder' } },
  { name: 'folder link back to its parent', edit: (dir) => symlinkSync('..', join(dir, 'units/vong')), issue: { file: 'units/vong', field: '(tệp / file)', vi: 'một tệp hoặc thư mục thật', en: 'a real file or folder' } },
  // YAML that cannot be expanded
  { name: 'YAML alias bomb', edit: (dir) => writeFile(dir, 'corrections.yaml', aliasBomb), issue: { file: 'corrections.yaml', field: '(YAML)', vi: 'không dùng bí danh lồng nhau', en: 'without nested aliases' } },
  // Whole-file problems said once, before any row
  { name: 'empty units list', edit: (dir) => writeFile(dir, ORGS, ''), issue: { file: ORGS, field: '(tệp / file)', found: 'tệp trống, 0 byte / an empty file, 0 bytes', vi: 'nội dung của tệp', en: 'the content of the file' } },
  { name: 'document of blank lines', edit: (dir) => writeFile(dir, DOC, '\n\n  \n'), issue: { file: DOC, field: '(tệp / file)', found: 'tệp chỉ có khoảng trắng / a file of blank space only', vi: 'nội dung của tệp', en: 'the content of the file' } },
  { name: 'units table emptied to zero bytes', edit: (dir) => writeFile(dir, ADMIN, ''), issue: { file: ADMIN, field: '(tệp / file)', vi: 'nội dung của tệp', en: 'restore the previous version' } },
  { name: 'units table emptied to its header', edit: (dir) => editFile(dir, ADMIN, (t) => `${t.split('\n')[0]}\n`), issue: { file: ADMIN, field: '(CSV)', line: 2, vi: 'ít nhất một hàng dữ liệu', en: 'at least one data row' } },
  { name: 'table saved as UTF-16 by Excel', edit: (dir) => writeFile(dir, ADMIN, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(dir, ADMIN), 'utf8'), 'utf16le')])), issue: { file: ADMIN, field: '(tệp / file)', found: 'tệp UTF-16 (có BOM, thường do "Unicode Text" của Excel hoặc "Unicode" của Notepad) / a UTF-16 file (with a BOM, as Excel "Unicode Text" or Notepad "Unicode" save)', vi: 'UTF-8', en: 'saved as UTF-8' } },
  { name: 'table separated by semicolons', edit: (dir) => editFile(dir, ADMIN, (t) => t.replace(/,/g, ';')), issue: { file: ADMIN, field: '(CSV)', line: 1, vi: 'cột ngăn cách bằng dấu phẩy', en: 'columns separated by commas' } },
  { name: 'table separated by tabs', edit: (dir) => editFile(dir, ADMIN, (t) => t.replace(/,/g, '\t')), issue: { file: ADMIN, field: '(CSV)', line: 1, vi: 'cột ngăn cách bằng dấu phẩy', en: 'Comma delimited' } },
  { name: 'spaces after the commas', edit: (dir) => editFile(dir, ADMIN, (t) => t.replace(/,/g, ', ')), issue: { file: ADMIN, field: '(CSV)', line: 1, found: 'tên cột có khoảng trắng / a column name with spaces: " kind"', vi: 'dấu phẩy không có khoảng trắng', en: 'commas without spaces' } },
  // Amounts typed by hand
  { name: 'amount with a thousands dot', edit: replace(BUDGET, 'A.I.1,A.I,"Thu từ thuế, phí, lệ phí",6237,', 'A.I.1,A.I,"Thu từ thuế, phí, lệ phí",6.237,'), issue: { file: BUDGET, field: 'estimate', row: 4, column: 'estimate', found: '"6.237"', vi: 'không có dấu chấm ngăn cách hàng nghìn: 6237', en: 'an amount without a thousands dot: 6237' } },
];


corpus('whole-file problems stop loading with one precise, bilingual message', CASES);

describe('what may sit beside the data', () => {
  it('SOURCE.md and README files are not content errors', () => {
    const dir = copyFixture();
    writeFile(dir, 'units/SOURCE.md', '# Nguồn\n');
    writeFile(dir, 'disclosures/xa-c/README.md', '# Ghi chú\n');
    expect(problemsOf(dir)).toEqual([]);
  });

  it('a link is never read: the file it points to does not reach the portal', () => {
    const dir = copyFixture();
    const target = outsideFile();
    symlinkSync(target, join(dir, 'units/extra.csv'));
    const issues = problemsOf(dir);
    expect(issues).toHaveLength(1);
    expect(JSON.stringify(issues)).not.toContain('bi-mat');
    expect(readFileSync(target, 'utf8')).toContain('bi-mat');
  });

  it('an amount with a decimal comma or a plain decimal point is still read', () => {
    const dir = copyFixture();
    replace(BUDGET, 'A.I.1,A.I,"Thu từ thuế, phí, lệ phí",6237,', 'A.I.1,A.I,"Thu từ thuế, phí, lệ phí","6.237,0",')(dir);
    expect(problemsOf(dir)).toEqual([]);
  });
});
