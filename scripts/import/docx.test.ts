/**
 * import-word end to end: Word files made by the tests (docx-samples.ts) imported into a copy of
 * test/fixtures/minimal, the front matter compared whole, the missing fields null and listed,
 * and the drafts loaded by the portal's own loader — refused, naming exactly the fields the
 * command listed to fill, until they are filled, then accepted.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError } from '../../src/base/content/errors.ts';
import { loadPortal } from '../../src/portal.ts';
import { copyFixture, projectRoot } from '../../test/helpers/fixture.ts';
import { draftDispatch, fullPlan } from './docx-samples.ts';
import { importWord, type ImportResult } from './docx.ts';

const TODAY = '2026-01-15';
let files: string;

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'import-word-'));
  writeFileSync(join(files, 'ke-hoach-12.docx'), await fullPlan());
  writeFileSync(join(files, 'cong-van-nhap.docx'), await draftDispatch());
  writeFileSync(join(files, 'ghi-chu.docx'), 'KẾ HOẠCH\nkhông phải tệp Word');
});

function run(dir: string, ...argv: string[]): ImportResult {
  return importWord(argv, { cwd: files, env: { PORTAL_CONTENT: dir }, today: TODAY });
}

function frontMatter(path: string): unknown {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))![1]!);
}

/** The field names in the lines "  - <field>" of a titled list in the command's output. */
function listed(out: string[], title: RegExp): string[] {
  const start = out.findIndex((l) => title.test(l));
  if (start < 0) return [];
  const fields: string[] = [];
  for (const line of out.slice(start + 1)) {
    if (line === '') break;
    const m = /^ {2}- (\S+)/.exec(line);
    if (m) fields.push(m[1]!);
  }
  return fields;
}

const NOT_SHOWN = /^Văn bản không ghi/;
const TO_FILL = /^Cần điền hoặc sửa trong .*documents\//;

function issueFields(dir: string): string[] {
  try {
    loadPortal({ contentDir: dir, root: projectRoot });
  } catch (error) {
    if (error instanceof ContentError)
      return error.issues.map((i) => `${i.file.split('/').slice(-2).join('/')} ${i.field}`);
    throw error;
  }
  return [];
}

describe('import-word', () => {
  it('imports a plan with every header field: the front matter exactly, nothing listed as missing', () => {
    const dir = copyFixture();
    const result = run(dir, 'ke-hoach-12.docx');
    expect(result.code).toBe(0);
    expect(frontMatter(join(dir, 'documents/ke-hoach-12.md'))).toEqual({
      kind: 'ke-hoach',
      title_vi: 'Kế hoạch Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) tỉnh Cũ năm 2021',
      summary_vi: null,
      summary_en: null,
      number: '12/KH-UBND',
      date: '2021-05-10',
      published: TODAY,
      place: 'Cũ',
      issuer: 'ubnd-tinh-cu',
      signer: { name: 'Nguyễn Văn A', title: 'PHÓ CHỦ TỊCH', authority: 'TM. ỦY BAN NHÂN DÂN – KT. CHỦ TỊCH' },
      addressees: [],
      recipients: [
        { text: 'Như trên', units: [] },
        { text: 'Sở Nội vụ', units: ['so-noi-vu'] },
        { text: 'Lưu: VT, NC', units: [] },
      ],
      implements: [],
      papi_dimensions: [],
      concerns: [],
      source: {
        kind: null,
        note_vi: 'Nội dung lấy từ tệp Word "ke-hoach-12.docx" (nhập bằng npm run import-word).',
        note_en: 'Text taken from the Word file "ke-hoach-12.docx" (imported with npm run import-word).',
      },
    });
    expect(listed(result.out, NOT_SHOWN)).toEqual([]);
    expect(listed(result.out, TO_FILL)).toEqual(['summary_vi', 'summary_en', 'source.kind']);
    expect(result.written).toEqual([`${dir}/documents/ke-hoach-12.md`, `${dir}/tasks/ke-hoach-12.yaml`]);

    const body = readFileSync(join(dir, 'documents/ke-hoach-12.md'), 'utf8').split('\n---\n\n')[1];
    expect(body).toBe(
      [
        'Thực hiện Quyết định số 1682/QĐ-UBND ngày 05/7/2019 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
        '## I. MỤC ĐÍCH, YÊU CẦU',
        'Nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
        '## II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '### 1. Quản trị điện tử',
        'a) Nâng cấp Cổng thông tin điện tử của tỉnh, bảo đảm 100% hồ sơ được tiếp nhận trực tuyến.',
        'b) Công khai số đường dây nóng trên Cổng thông tin điện tử.',
        '### 2. Công khai, minh bạch',
        '- Công khai danh sách hộ nghèo tại trụ sở UBND xã.',
        '- Công khai thu, chi ngân sách xã và các khoản đóng góp của Nhân dân.',
        '## III. TỔ CHỨC THỰC HIỆN',
        'Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này; báo cáo UBND tỉnh trước ngày 20/6 hằng năm./.',
        '| STT | Nhiệm vụ | Chủ trì |\n| --- | --- | --- |\n| 1 | Nâng cấp Cổng thông tin điện tử | Sở Nội vụ |\n',
      ].join('\n\n'),
    );
  });

  it('imports a dispatch whose number and date are left blank: both null, and listed in both languages', () => {
    const dir = copyFixture();
    const result = run(dir, 'cong-van-nhap.docx', '--id', 'cong-van-tuyen-truyen-papi');
    expect(result.code).toBe(0);
    expect(frontMatter(join(dir, 'documents/cong-van-tuyen-truyen-papi.md'))).toEqual({
      kind: 'cong-van',
      title_vi: 'V/v tuyên truyền kết quả Chỉ số PAPI năm 2020',
      summary_vi: null,
      summary_en: null,
      number: null,
      date: null,
      published: TODAY,
      place: 'Cũ',
      issuer: 'ubnd-tinh-cu',
      signer: { name: 'Trần Thị B', title: 'CHỦ TỊCH', authority: null },
      addressees: [
        { text: 'Sở Nội vụ', units: ['so-noi-vu'] },
        { text: 'UBND các huyện, thị xã', units: [] },
      ],
      recipients: [
        { text: 'Như trên', units: [] },
        { text: 'Lưu: VT', units: [] },
      ],
      implements: [],
      papi_dimensions: [],
      concerns: [],
      source: {
        kind: null,
        note_vi: 'Nội dung lấy từ tệp Word "cong-van-nhap.docx" (nhập bằng npm run import-word).',
        note_en: 'Text taken from the Word file "cong-van-nhap.docx" (imported with npm run import-word).',
      },
    });
    expect(listed(result.out, NOT_SHOWN)).toEqual(['number', 'date', 'signer.authority']);
    const text = result.out.join('\n');
    expect(text).toContain('[vi] số hiệu để trống ("Số: /UBND-NC")');
    expect(text).toContain('[en] the number is left blank ("Số: /UBND-NC")');
    expect(text).toContain('[vi] ngày ban hành để trống hoặc không có thật ("Cũ, ngày tháng năm 2021")');
    expect(text).toContain('[en] the issue date is blank or not a real date ("Cũ, ngày tháng năm 2021")');
  });

  it('writes drafts the loader refuses naming exactly the fields listed to fill, and accepts once they are filled', () => {
    const dir = copyFixture();
    const plan = run(dir, 'ke-hoach-12.docx');
    const dispatch = run(dir, 'cong-van-nhap.docx');
    const toFill = (result: ImportResult, id: string) => [
      ...listed(result.out, TO_FILL).map((f) => `documents/${id}.md ${f}`),
      ...result.out
        .flatMap((l) => /^ {2}- (sections\.\d+\.tasks\.\d+) \(.*\): leads, cooperating$/.exec(l)?.[1] ?? [])
        .flatMap((t) => [`tasks/${id}.yaml ${t}.leads`, `tasks/${id}.yaml ${t}.cooperating`]),
    ];
    const expected = [...toFill(plan, 'ke-hoach-12'), ...toFill(dispatch, 'cong-van-nhap')];
    expect(expected).toHaveLength(3 + 2 * 5 + 3 + 2 * 2);
    expect(issueFields(dir).sort()).toEqual(expected.sort());

    for (const id of ['ke-hoach-12', 'cong-van-nhap']) {
      const doc = join(dir, 'documents', `${id}.md`);
      writeFileSync(
        doc,
        readFileSync(doc, 'utf8')
          .replace('summary_vi: null # CẦN ĐIỀN / TO FILL', 'summary_vi: "Kế hoạch thử."')
          .replace('summary_en: null # CẦN ĐIỀN / TO FILL', 'summary_en: "A test plan."')
          .replace('kind: null # CẦN ĐIỀN / TO FILL', 'kind: pdf'),
      );
      const tasks = join(dir, 'tasks', `${id}.yaml`);
      writeFileSync(
        tasks,
        readFileSync(tasks, 'utf8')
          .replace(/leads: null # CẦN ĐIỀN \/ TO FILL/g, 'leads: [so-noi-vu]')
          .replace(/cooperating: null # CẦN ĐIỀN \/ TO FILL/g, 'cooperating: []'),
      );
    }
    const portal = loadPortal({ contentDir: dir, root: projectRoot });
    const doc = portal.documents.find((d) => d.id === 'ke-hoach-12');
    expect(doc).toMatchObject({ number: '12/KH-UBND', date: '2021-05-10', issuer: 'ubnd-tinh-cu' });
    expect(doc!.body).toContain('### 1. Quản trị điện tử');
    expect(portal.plans.find((p) => p.id === 'ke-hoach-12')!.tasks.map((t) => t.number)).toEqual([
      'a)',
      'b)',
      'gạch đầu dòng 1',
      'gạch đầu dòng 2',
      'đoạn 1',
    ]);
    expect(portal.plans.find((p) => p.id === 'cong-van-nhap')!.tasks.map((t) => t.text)).toEqual([
      'Sở Nội vụ chủ trì tuyên truyền kết quả Chỉ số PAPI năm 2020 đến cán bộ, công chức.',
      'UBND các huyện, thị xã tổ chức đối thoại với Nhân dân về kết quả Chỉ số PAPI./.',
    ]);
  });

  it('writes nothing when the id is taken, unless --force; --dry-run writes nothing', () => {
    const dir = copyFixture();
    const before = readFileSync(join(dir, 'documents/ke-hoach-thu.md'), 'utf8');
    const taken = run(dir, 'ke-hoach-12.docx', '--id', 'ke-hoach-thu');
    expect(taken.code).toBe(1);
    expect(taken.written).toEqual([]);
    expect(taken.out.join('\n')).toContain(
      `[vi] Tìm thấy mã "ke-hoach-thu" đã có văn bản (${dir}/documents/ke-hoach-thu.md, ${dir}/tasks/ke-hoach-thu.yaml); cần một mã chưa dùng, đặt bằng --id; hoặc thêm --force để ghi đè.`,
    );
    expect(taken.out[0]).toBe('✗ ke-hoach-12.docx');
    expect(readFileSync(join(dir, 'documents/ke-hoach-thu.md'), 'utf8')).toBe(before);

    const dry = run(dir, 'ke-hoach-12.docx', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.written).toEqual([]);
    expect(existsSync(join(dir, 'documents/ke-hoach-12.md'))).toBe(false);
    expect(dry.out.join('\n')).toContain('number: "12/KH-UBND"');

    const forced = run(dir, 'ke-hoach-12.docx', '--id', 'ke-hoach-thu', '--force');
    expect(forced.code).toBe(0);
    expect(frontMatter(join(dir, 'documents/ke-hoach-thu.md'))).toMatchObject({ number: '12/KH-UBND' });
  });

  it('refuses a file it cannot read, naming the file and what was found, in both languages', () => {
    const dir = copyFixture();
    const cases: [string[], number, string, string][] = [
      [
        ['khong-co.docx'],
        1,
        '[vi] Tìm thấy một đường dẫn không dẫn tới tệp nào; cần đường dẫn tới một tệp .docx.',
        '[en] Found a path that leads to no file; expected the path of a .docx file.',
      ],
      [
        ['ghi-chu.docx'],
        1,
        '[vi] Tìm thấy một tệp không phải tệp nén zip (tệp .docx nào cũng là tệp nén zip), hoặc tệp đã hỏng; cần một tệp Word .docx',
        '[en] Found a file that is not a zip archive (every .docx is one), or a damaged file; expected a Word .docx file',
      ],
      [
        ['ke-hoach-12.docx', '--id', 'Kế hoạch'],
        2,
        '[vi] Tìm thấy mã "Kế hoạch"; cần một mã làm địa chỉ trang',
        '[en] Found the id "Kế hoạch"; expected an id for the page address',
      ],
      [
        ['ke-hoach-12.docx', '--out'],
        2,
        '[vi] Tìm thấy "--out", không hiểu; cần cách dùng:',
        '[en] Found "--out", not understood; expected usage:',
      ],
      [
        [],
        2,
        '[vi] Tìm thấy một lệnh không có tên tệp Word; cần cách dùng:',
        '[en] Found a command without a Word file; expected usage:',
      ],
    ];
    for (const [argv, code, vi, en] of cases) {
      const result = run(dir, ...argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.out.join('\n')).toContain(vi);
      expect(result.out.join('\n')).toContain(en);
      expect(result.out.at(-1)).toBe('Không ghi tệp nào. / Nothing was written.');
    }
    expect(run(dir, 'ghi-chu.docx').out[0]).toBe('✗ ghi-chu.docx');
    expect(run(join(files, 'khong-co-thu-muc'), 'ke-hoach-12.docx').out.join('\n')).toContain(
      "expected a portal's content folder (with a site.yaml)",
    );
    expect(issueFields(dir)).toEqual([]);
  });
});
