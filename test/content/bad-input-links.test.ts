/**
 * Malformed content about links and characters, in the pattern of bad-input.test.ts: each
 * case stops loading with exactly one problem, named by file, place and field, with what was
 * found and what was expected in Vietnamese and English. A link that could run code or lead
 * to another site never reaches a page.
 */
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/portal.ts';
import { copyFixture, writeFile } from '../helpers/fixture.ts';
import { corpus, replace, type CorpusCase } from '../helpers/corpus.ts';

const SITE = 'site.yaml';
const DISCLOSURE = 'disclosures/xa-c/cong-khai.yaml';
const DISCUSSION = 'disclosures/xa-c/gop-y.yaml';
const REPORTS = 'reports/ke-hoach-thu.yaml';
const ORGS = 'units/organisations.yaml';
const ADMIN = 'units/admin.csv';
const DOC = 'documents/ke-hoach-thu.md';
const POOR = 'disclosures/xa-c/ho-ngheo-2025.csv';



const CHAR = (label: string) => ({ vi: `ký tự điều khiển hay ký tự không hợp lệ (${label})`, en: `text without control or invalid characters (${label})` });

const LINK = { vi: 'một liên kết an toàn', en: 'a safe link' };
const WEB = { vi: 'một địa chỉ web đầy đủ, bắt đầu bằng https://', en: 'a full web address starting with https://' };

const CASES: CorpusCase[] = [
  // Site configuration
  {
    name: 'licence link that runs a script',
    edit: replace(SITE, '  url: https://creativecommons.org/licenses/by/4.0/', '  url: "javascript:alert(1)"'),
    issue: { file: SITE, field: 'data_licence.url', line: 21, found: '"javascript:alert(1)"', ...WEB },
  },
  {
    name: 'licence link in mixed case behind a space',
    edit: replace(SITE, '  url: https://creativecommons.org/licenses/by/4.0/', '  url: " JaVaScRiPt:alert(1)"'),
    issue: { file: SITE, field: 'data_licence.url', line: 21, found: '" JaVaScRiPt:alert(1)"', ...WEB },
  },
  {
    name: 'site address that is a script',
    edit: replace(SITE, 'site_url: null', 'site_url: "javascript:alert(1)"'),
    issue: { file: SITE, field: 'site_url', line: 9, ...WEB },
  },
  {
    name: 'embedding site given without its scheme',
    edit: replace(SITE, 'as_of: 2025-12-31', 'embed_origins: ["//quangtri.gov.vn"]\nas_of: 2025-12-31'),
    issue: { file: SITE, field: 'embed_origins.0', line: 22, found: '"//quangtri.gov.vn"', ...WEB },
  },
  // Commune disclosures: land-use plans and consultations
  {
    name: 'land-use plan document as a data: address',
    edit: replace(DISCLOSURE, '      - title: Quyết định phê duyệt\n        file: null', '      - title: Quyết định phê duyệt\n        file: "data:text/html,<script>alert(1)</script>"'),
    issue: { file: DISCLOSURE, field: 'land_use_plans.0.documents.0.file', line: 89, ...LINK },
  },
  {
    name: 'land-use plan map on another site without a scheme',
    edit: replace(DISCLOSURE, '      - title: Bản đồ kế hoạch sử dụng đất năm 2025\n        file: null', '      - title: Bản đồ kế hoạch sử dụng đất năm 2025\n        file: //evil.example/ban-do.pdf'),
    issue: { file: DISCLOSURE, field: 'land_use_plans.1.maps.0.file', line: 105, found: '"//evil.example/ban-do.pdf"', ...LINK },
  },
  {
    name: 'consultation draft as a local file',
    edit: replace(DISCUSSION, '      file: null', '      file: file:///C:/du-thao.docx'),
    issue: { file: DISCUSSION, field: 'consultations.0.draft.file', line: 9, ...LINK },
  },
  {
    name: 'consultation draft path with a backslash',
    edit: replace(DISCUSSION, '      file: null', '      file: /\\evil.example/du-thao.pdf'),
    issue: { file: DISCUSSION, field: 'consultations.0.draft.file', line: 9, ...LINK },
  },
  // Progress reports
  {
    name: 'report evidence as vbscript',
    edit: replace(REPORTS, '["https://example.org/minh-hoa.pdf"]', '["vbscript:msgbox(1)"]'),
    issue: { file: REPORTS, field: 'reports.0.items.0.evidence.0', line: 11, found: '"vbscript:msgbox(1)"', ...LINK },
  },
  {
    name: 'report evidence behind a tab',
    edit: replace(REPORTS, '["https://example.org/minh-hoa.pdf"]', '["\\tjavascript:alert(1)"]'),
    issue: { file: REPORTS, field: 'reports.0.items.0.evidence.0', line: 11, ...LINK },
  },
  // Corrections: the page is a link in the corrections feed
  {
    name: 'correction of a page on another site',
    edit: (dir) => writeFile(dir, 'corrections.yaml', '- date: 2025-12-01\n  page: //evil/\n  what_vi: Sửa số hiệu\n  what_en: Corrected the number\n'),
    issue: { file: 'corrections.yaml', field: 'page', line: 2, vi: 'đường dẫn trang bắt đầu và kết thúc bằng "/"', en: 'a page path starting and ending with "/"' },
  },
  // Characters XML forbids, as pasted from Word, a PDF or an old system
  {
    name: 'control character in a YAML text',
    edit: replace(ORGS, 'name_vi: Sở Nội vụ', 'name_vi: Sở Nội\u0001vụ'),
    issue: { file: ORGS, field: 'name_vi', line: 14, found: '"Sở Nội<U+0001>vụ" (ký tự U+0001 / character U+0001)', ...CHAR('U+0001') },
  },
  {
    name: 'control character written as a YAML escape',
    edit: replace(ORGS, 'name_vi: Sở Nội vụ', 'name_vi: "Sở Nội\\x0Bvụ"'),
    issue: { file: ORGS, field: 'name_vi', line: 14, found: '"Sở Nội<U+000B>vụ" (ký tự U+000B / character U+000B)', ...CHAR('U+000B') },
  },
  {
    name: 'half a surrogate pair written as a YAML escape',
    edit: replace(ORGS, 'name_vi: Sở Nội vụ', 'name_vi: "Sở Nội vụ \\uD800"'),
    issue: { file: ORGS, field: 'name_vi', line: 14, ...CHAR('U+D800') },
  },
  {
    name: 'control character in a CSV cell',
    edit: replace(ADMIN, 'xa-c,commune,xã,Xã C,', 'xa-c,commune,xã,Xã\u0008 C,'),
    issue: { file: ADMIN, field: 'name_vi', row: 6, column: 'name_vi', line: 6, ...CHAR('U+0008') },
  },
  {
    name: 'non-character in a disclosure table cell',
    edit: replace(POOR, 'Có hộ nghèo không có khả năng lao động', 'Có hộ nghèo\uFFFE không có khả năng lao động'),
    issue: { file: POOR, field: 'note', row: 2, column: 'note', ...CHAR('U+FFFE') },
  },
  {
    name: 'control character in a Markdown front matter field',
    edit: replace(DOC, 'title_vi: Kế hoạch thử', 'title_vi: Kế hoạch\u001Fthử'),
    issue: { file: DOC, field: 'title_vi', line: 3, ...CHAR('U+001F') },
  },
  {
    name: 'form feed in a Markdown body',
    edit: replace(DOC, 'Nội dung.', 'Nội\u000Cdung.'),
    issue: { file: DOC, field: '(nội dung / text)', line: 33, ...CHAR('U+000C') },
  },
];


corpus('links and characters that could harm a reader stop loading with one precise, bilingual message', CASES);

describe('safe links are accepted', () => {
  it('a path on the portal or a web address for files and evidence', () => {
    const dir = copyFixture();
    replace(DISCLOSURE, '      - title: Quyết định phê duyệt\n        file: null', '      - title: Quyết định phê duyệt\n        file: /tep/xa-c/quyet-dinh.pdf')(dir);
    replace(DISCUSSION, '      file: null', '      file: http://xa-c.example.vn/du-thao.pdf')(dir);
    replace(REPORTS, '["https://example.org/minh-hoa.pdf"]', '["/tep/minh-chung.pdf", "HTTPS://example.org/a.pdf"]')(dir);
    const portal = loadPortal({ contentDir: dir });
    const loaded = JSON.stringify(portal.disclosures);
    expect(loaded).toContain('"/tep/xa-c/quyet-dinh.pdf"');
    expect(loaded).toContain('"http://xa-c.example.vn/du-thao.pdf"');
  });
});
