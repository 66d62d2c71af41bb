/**
 * A corpus of malformed content, one case a row: each stops loading with exactly one
 * problem, named by file, place (line, or row and column) and field, with what was found and
 * what was expected in Vietnamese and English. (test/e2e/build-stops.test.ts runs the real
 * build on two of them to show nothing is written.)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/portal.ts';
import { corpus, replace, type CorpusCase } from '../helpers/corpus.ts';
import { copyFixture, editFile, writeFile } from '../helpers/fixture.ts';

const DOC = 'documents/ke-hoach-thu.md';
const ADMIN = 'units/admin.csv';
const ORGS = 'units/organisations.yaml';
const SUCC = 'succession/admin.csv';

const CASES: CorpusCase[] = [
  // Units: tables (CSV) and lists (YAML)
  { name: 'empty required cell', edit: replace(ADMIN, 'xa-c,commune,xã,Xã C,', 'xa-c,commune,xã,,'), issue: { file: ADMIN, field: 'name_vi', row: 6, column: 'name_vi', vi: 'một đoạn chữ', en: 'text' } },
  { name: 'unknown unit kind', edit: replace(ADMIN, 'xa-c,commune', 'xa-c,thon'), issue: { file: ADMIN, field: 'kind', row: 6, found: '"thon"', vi: 'một trong: province', en: 'one of: province' } },
  { name: 'duplicate unit id across files', edit: (dir) => editFile(dir, ORGS, (t) => `${t}- id: xa-c\n  kind: committee\n  name_vi: Ban Thử\n`), issue: { file: ORGS, field: 'id', line: 23, vi: 'mã này đã có ở đơn vị khác (', en: 'another unit has it' } },
  { name: 'broken parent reference', edit: replace(ADMIN, '19002,tinh-moi', '19002,tinh-khac'), issue: { file: ADMIN, field: 'parent', row: 6, vi: 'không có đơn vị "tinh-khac"', en: 'there is no unit "tinh-khac"' } },
  { name: 'unit is its own parent', edit: replace(ADMIN, '19002,tinh-moi', '19002,xa-c'), issue: { file: ADMIN, field: 'parent', row: 6, vi: 'một đơn vị khác chính nó', en: 'a unit other than itself' } },
  { name: 'ends before it starts', edit: replace(ADMIN, 'tinh-moi,2025-07-01,,', 'tinh-moi,2025-07-01,2025-06-30,'), issue: { file: ADMIN, field: 'valid_to', row: 6, vi: 'valid_to không sớm hơn valid_from', en: 'valid_to not earlier than valid_from' } },
  { name: 'impossible date in a table', edit: replace(ADMIN, 'tinh-moi,2025-07-01,,', 'tinh-moi,2025-02-30,,'), issue: { file: ADMIN, field: 'valid_from', row: 6, found: '"2025-02-30"', vi: 'một ngày có thật', en: 'a real date' } },
  { name: 'date in the wrong form', edit: replace(ADMIN, 'tinh-moi,2025-07-01,,', 'tinh-moi,1/7/2025,,'), issue: { file: ADMIN, field: 'valid_from', row: 6, found: '"1/7/2025"', vi: 'dạng YYYY-MM-DD', en: 'as YYYY-MM-DD' } },
  { name: 'code with letters', edit: replace(ADMIN, '19002', '19O02'), issue: { file: ADMIN, field: 'code', row: 6, vi: 'mã số gồm 2–5 chữ số', en: 'a code of 2–5 digits' } },
  { name: 'id with diacritics', edit: (dir) => editFile(dir, ADMIN, (t) => `${t}${'xa-d,commune,xã,Xã D,,,19003,tinh-moi,2025-07-01,,\n'.replace('xa-d', 'xã-d')}`), issue: { file: ADMIN, field: 'id', row: 7, vi: 'chữ thường không dấu', en: 'without diacritics' } },
  { name: 'extra column', edit: replace(ORGS, '  kind: department\n', '  kind: department\n  website: https://snv.example.vn\n'), issue: { file: ORGS, field: 'website', line: 14, vi: 'không có trường "website"', en: 'no field "website"' } },
  { name: 'wrong type in YAML', edit: replace(ORGS, 'name_vi: Sở Nội vụ', 'name_vi: [Sở, Nội vụ]'), issue: { file: ORGS, field: 'name_vi', line: 14, vi: 'một đoạn chữ', en: 'text' } },
  { name: 'YAML file that is not a list', edit: (dir) => writeFile(dir, ORGS, 'id: so-noi-vu\nkind: department\n'), issue: { file: ORGS, field: '(tệp / file)', vi: 'một danh sách', en: 'a list' } },
  { name: 'duplicate YAML key', edit: replace(ORGS, '  kind: department\n', '  kind: department\n  kind: media\n'), issue: { file: ORGS, field: '(YAML)', line: 14, vi: 'khóa trùng lặp', en: 'duplicate keys' } },
  { name: 'broken YAML indentation', edit: replace(ORGS, '  kind: department\n', '  kind: department\n name_en: x\n'), issue: { file: ORGS, field: '(YAML)', vi: 'thụt lề', en: 'indentation' } },
  { name: 'unclosed quote in CSV', edit: replace(ADMIN, 'xa-c,commune,xã,Xã C', 'xa-c,commune,xã,"Xã C'), issue: { file: ADMIN, field: '(CSV)', vi: 'dấu ngoặc kép', en: 'quotes are closed' } },
  { name: 'CSV row with too many cells', edit: replace(ADMIN, '19002,tinh-moi,2025-07-01,,', '19002,tinh-moi,2025-07-01,,,,'), issue: { file: ADMIN, field: '(CSV)', line: 6, vi: 'cùng số cột', en: 'as many columns' } },
  { name: 'byte-order mark in the middle of a header', edit: replace(ADMIN, 'id,kind,', 'id,\uFEFFkind,'), issue: { file: ADMIN, field: '(CSV)', line: 1, found: '"<U+FEFF>kind"', vi: 'tên cột không có ký tự ẩn', en: 'column names without hidden characters' } },
  { name: 'byte-order mark in the middle of a value', edit: (dir) => editFile(dir, ADMIN, (t) => `${t}${'xa-d,commune,xã,Xã D,,,19003,tinh-moi,2025-07-01,,\n'.replace('xa-d', 'xa-\uFEFFd')}`), issue: { file: ADMIN, field: 'id', row: 7, found: '"xa-<U+FEFF>d"', vi: 'chữ thường không dấu', en: 'without diacritics' } },
  { name: 'Windows line ends in an otherwise broken table', edit: (dir) => {
    replace(ADMIN, 'tinh-moi,2025-07-01,,', 'tinh-moi,2025-02-31,,')(dir);
    editFile(dir, ADMIN, (t) => t.replace(/\n/g, '\r\n'));
  }, issue: { file: ADMIN, field: 'valid_from', row: 6, line: 6, vi: 'một ngày có thật', en: 'a real date' } },
  { name: 'table saved in Latin-1', edit: (dir) => writeFile(dir, 'units/extra.csv', Buffer.from('id,kind,name_vi\nxa-d,commune,X\xe3 D\n', 'latin1')), issue: { file: 'units/extra.csv', field: '(tệp / file)', vi: 'UTF-8', en: 'UTF-8' } },
  { name: 'document saved in UTF-16', edit: (dir) => writeFile(dir, 'documents/utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nkind: ke-hoach\n---\n', 'utf16le')])), issue: { file: 'documents/utf16.md', field: '(tệp / file)', vi: 'UTF-8', en: 'UTF-8' } },
  { name: 'identity number in a table', edit: replace(ADMIN, 'tinh-moi,2025-07-01,,', 'tinh-moi,2025-07-01,,Trưởng thôn CCCD 044091001234'), issue: { file: ADMIN, field: '(nội dung / text)', line: 6, found: '•••••••••234', vi: 'không có số CMND/CCCD', en: 'no identity-card number' } },
  { name: 'identity number in a document text', edit: replace(DOC, 'Nội dung.', 'Ông A, số định danh 001203004567, đã nhận.'), issue: { file: DOC, field: '(nội dung / text)', line: 33, found: '•••••••••567', vi: 'dữ liệu cá nhân', en: 'personal data' } },
  // Succession
  { name: 'succession to an unknown unit', edit: replace(SUCC, 'xa-b-a,xa-c', 'xa-b-a,xa-z'), issue: { file: SUCC, field: 'to', row: 3, vi: 'không có đơn vị "xa-z"', en: 'there is no unit "xa-z"' } },
  { name: 'unknown succession type', edit: replace(SUCC, 'xa-b-a,xa-c,full', 'xa-b-a,xa-c,merge'), issue: { file: SUCC, field: 'type', row: 3, found: '"merge"', vi: '"full" (toàn bộ)', en: '"full" or "partial"' } },
  { name: 'succession without its legal basis', edit: replace(SUCC, 'xa-b-a,xa-c,full,Nghị quyết 1680/NQ-UBTVQH15 ngày 16/6/2025', 'xa-b-a,xa-c,full,'), issue: { file: SUCC, field: 'basis', row: 3, vi: 'một đoạn chữ', en: 'text' } },
  // Documents
  { name: 'missing required field', edit: replace(DOC, 'summary_en: A plan for testing.\n', ''), issue: { file: DOC, field: 'summary_en', found: '(không có / missing)', vi: 'một đoạn chữ', en: 'text' } },
  { name: 'misspelt extra field', edit: replace(DOC, 'number: 12/KH-UBND', 'number: 12/KH-UBND\nnumbr: 13'), issue: { file: DOC, field: 'numbr', line: 7, vi: 'kiểm tra chính tả', en: 'check the spelling' } },
  { name: 'number out of range', edit: replace(DOC, 'papi_dimensions: [5, 8]', 'papi_dimensions: [5, 9]'), issue: { file: DOC, field: 'papi_dimensions.1', line: 24, found: '9', vi: 'số từ 1 đến 8', en: 'a number from 1 to 8' } },
  { name: 'number as text', edit: replace(DOC, 'papi_dimensions: [5, 8]', 'papi_dimensions: ["năm"]'), issue: { file: DOC, field: 'papi_dimensions.0', line: 24, vi: 'số thứ tự nội dung PAPI', en: 'a PAPI dimension number' } },
  { name: 'impossible date in front matter', edit: replace(DOC, 'date: 2021-05-10', 'date: 2021-02-30'), issue: { file: DOC, field: 'date', line: 7, found: '"2021-02-30"', vi: 'một ngày có thật', en: 'a real date' } },
  { name: 'issuer that does not exist', edit: replace(DOC, 'issuer: ubnd-tinh-cu', 'issuer: ubnd-tinh-khac'), issue: { file: DOC, field: 'issuer', line: 9, vi: 'không có đơn vị "ubnd-tinh-khac"', en: 'there is no unit "ubnd-tinh-khac"' } },
  { name: 'recipient that does not exist', edit: replace(DOC, 'units: [so-noi-vu]', 'units: [so-y-te]'), issue: { file: DOC, field: 'recipients.0.units.0', line: 17, vi: 'không có đơn vị "so-y-te"', en: 'there is no unit "so-y-te"' } },
  { name: 'implemented document that is not published', edit: replace(DOC, '    document: null', '    document: quyet-dinh-khac'), issue: { file: DOC, field: 'implements.0.document', line: 23, vi: 'hoặc null nếu cổng chưa đăng', en: 'or null if the portal does not publish it' } },
  { name: 'file name that cannot be an address', edit: (dir) => writeFile(dir, 'documents/Ke Hoach.md', '---\n---\n'), issue: { file: 'documents/Ke Hoach.md', field: '(tên tệp / file name)', vi: 'tên tệp chỉ gồm chữ thường', en: 'a file name of lower-case letters' } },
  { name: 'document without front matter', edit: (dir) => writeFile(dir, 'documents/chi-co-chu.md', '# Kế hoạch\n\nNội dung.\n'), issue: { file: 'documents/chi-co-chu.md', field: '(front matter)', line: 1, vi: 'giữa hai dòng "---"', en: 'between two "---" lines' } },
  { name: 'wrong type for the kind', edit: replace(DOC, 'kind: ke-hoach', 'kind: 5'), issue: { file: DOC, field: 'kind', line: 2, found: '5', vi: 'một trong: cong-van', en: 'one of: cong-van' } },
  // Site configuration
  { name: 'site.yaml missing', edit: (dir) => rmSync(join(dir, 'site.yaml')), issue: { file: 'site.yaml', field: '(tệp / file)', vi: 'tệp cấu hình site.yaml', en: 'a site.yaml configuration file' } },
  { name: 'publication build without the site address', edit: replace('site.yaml', 'demonstration: true', 'demonstration: false'), issue: { file: 'site.yaml', field: 'site_url', line: 9, found: '(null)', vi: 'địa chỉ thật mà cổng được công bố', en: 'the real address the portal is published at' } },
  { name: 'publication build at an example address', edit: (dir) => { replace('site.yaml', 'demonstration: true', 'demonstration: false')(dir); replace('site.yaml', 'site_url: null', 'site_url: https://thu-nghiem.example.org')(dir); }, issue: { file: 'site.yaml', field: 'site_url', line: 9, found: '"https://thu-nghiem.example.org"', vi: 'đây là địa chỉ ví dụ', en: 'this is an example' } },
  { name: 'demonstration at an example address', edit: replace('site.yaml', 'site_url: null', 'site_url: https://thu-nghiem.example.org'), issue: { file: 'site.yaml', field: 'site_url', line: 9, vi: 'null trong bản trình diễn', en: 'null in a demonstration' } },
  { name: 'site address that is not a URL', edit: replace('site.yaml', 'site_url: null', 'site_url: thu-nghiem.example.org'), issue: { file: 'site.yaml', field: 'site_url', line: 9, vi: 'một địa chỉ web đầy đủ', en: 'a full web address' } },
  { name: 'site province that is not a unit', edit: replace('site.yaml', 'province: tinh-moi', 'province: tinh-khac'), issue: { file: 'site.yaml', field: 'province', line: 2, vi: 'mã của tỉnh trong units/', en: 'the id of the province in units/' } },
  { name: 'site province of before 2025 (its PAPI pages would break half-way)', edit: replace('site.yaml', 'province: tinh-moi', 'province: tinh-cu'), issue: { file: 'site.yaml', field: 'province', line: 2, found: '"tinh-cu"', vi: 'một tỉnh hiện nay (từ 1/7/2025)', en: 'a province that ended on 2025-06-30' } },
  { name: 'site province that is a commune', edit: replace('site.yaml', 'province: tinh-moi', 'province: xa-c'), issue: { file: 'site.yaml', field: 'province', line: 2, vi: 'một đơn vị loại "commune"', en: 'the id of a current province' } },
  { name: 'contact email without @', edit: replace('site.yaml', '  email: null', '  email: ubnd.example.vn'), issue: { file: 'site.yaml', field: 'contact.email', line: 13, vi: 'một địa chỉ thư điện tử', en: 'an email address' } },
  { name: 'contact phone that is not a public number', edit: replace('site.yaml', '  phone: null', '  phone: 3852 111'), issue: { file: 'site.yaml', field: 'contact.phone', line: 14, found: '"3852 111"', vi: 'số máy bàn của cơ quan (0 + mã vùng 2xx', en: 'an office landline (0 + a 2xx area code' } },
  // A personal mobile is the personal-data rule's to refuse: reported once, masked, not again by the schema.
  { name: 'contact phone that is a personal mobile', edit: replace('site.yaml', '  phone: null', '  phone: 0912 345 678'), issue: { file: 'site.yaml', field: '(nội dung / text)', line: 14, found: '•••••••678', vi: 'không có số điện thoại di động cá nhân', en: 'no personal mobile number' } },
  { name: 'comment endpoint over http', edit: (dir) => editFile(dir, 'site.yaml', (t) => `${t}feedback:\n  endpoint: http://gopy.example.org/\n`), issue: { file: 'site.yaml', field: 'feedback.endpoint', line: 25, vi: 'một địa chỉ bắt đầu bằng https://', en: 'an address starting with https://' } },
  { name: "commune's Zalo address elsewhere than zalo.me", edit: replace('disclosures/xa-c/cong-khai.yaml', '\nreception:', '\ncontact:\n  zalo_url: https://example.org/zalo\nreception:'), issue: { file: 'disclosures/xa-c/cong-khai.yaml', field: 'contact.zalo_url', line: 53, vi: 'Zalo Official Account', en: 'Zalo Official Account' } },
  // Corrections
  { name: 'correction of a page path without slashes', edit: (dir) => writeFile(dir, 'corrections.yaml', '- date: 2025-12-01\n  page: van-ban/ke-hoach-thu\n  what_vi: Sửa số hiệu\n  what_en: Corrected the number\n'), issue: { file: 'corrections.yaml', field: 'page', line: 2, vi: 'đường dẫn trang bắt đầu và kết thúc bằng "/"', en: 'a page path starting and ending with "/"' } },
  // The as-of date given to the build
  { name: 'impossible PORTAL_AS_OF', edit: () => {}, asOf: '2025-13-01', issue: { file: 'PORTAL_AS_OF', field: 'PORTAL_AS_OF', found: '"2025-13-01"', vi: 'một ngày có thật', en: 'a real date' } },
];


corpus('malformed content stops loading with one precise, bilingual message', CASES);

describe('what Excel and Windows write is accepted', () => {
  it('a leading byte-order mark and Windows line ends in every file', () => {
    const dir = copyFixture();
    for (const file of [ADMIN, ORGS, SUCC, DOC, 'site.yaml']) editFile(dir, file, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    const portal = loadPortal({ contentDir: dir });
    expect(portal.units.get('xa-c')?.name_vi).toBe('Xã C');
    expect(portal.documents[0]?.number).toBe('12/KH-UBND');
    expect(portal.documents[0]?.body).not.toContain('\r');
  });
});
