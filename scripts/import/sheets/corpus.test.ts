/**
 * The spreadsheet corpus, made by the tests: templates filled in as an official would, real
 * offices' layouts (headers merged over two or three rows, the unit above the table in its many
 * spellings, Vietnamese numbers and numbers typed as text, "(1.234)", "-" and empty for not
 * published, Roman and letter line codes, notes above and signatures below, a legacy .xls), each
 * imported into a copy of the minimal instance and compared with the content it must give; and
 * malformed files, each refused with one precise message (file, sheet, cell, field, found,
 * expected in Vietnamese and English) and nothing written.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../../src/base/content/errors.ts';
import { formatIssue } from '../../../src/base/content/errors.ts';
import { shownCode } from '../../../src/base/sheets/codes.ts';
import { parseCsvText } from '../../../src/base/sheets/files.ts';
import type { FormLists } from '../../../src/base/sheets/form.ts';
import { writeTemplate } from '../../../src/base/sheets/template.ts';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { allForms, instanceLists, runImport, type ImportRun } from './instance.ts';
import { fillTemplate, headerRow, rowsAt, workbook, type CellSpec } from './workbooks.ts';

let dir: string;
let lists: FormLists;
const form = (key: string) => allForms.find((f) => f.key === key)!;

beforeAll(() => {
  dir = copyFixture();
  lists = instanceLists(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file of the instance, by path, to show that a refused import wrote nothing. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(abs.slice(root.length), readFileSync(abs, 'utf8'));
    }
  };
  walk(root);
  return out;
}

function run(
  file: string,
  bytes: Uint8Array,
  options: { kind?: string; commune?: string; dryRun?: boolean } = {},
): ImportRun {
  return runImport({ contentDir: dir, file, bytes, lists, dryRun: options.dryRun ?? true, ...options });
}

/** A refused file: one problem, placed as expected, in both languages; nothing written even without --dry-run. */
function refused(
  file: string,
  bytes: Uint8Array,
  place: Partial<ContentIssue>,
  options: { kind?: string; commune?: string } = {},
) {
  const before = snapshot(dir);
  const result = run(file, bytes, { ...options, dryRun: false });
  expect(result.written).toBe(false);
  expect(snapshot(dir)).toEqual(before);
  expect(result.issues.length, result.issues.map(formatIssue).join('\n')).toBeGreaterThan(0);
  const issue = result.issues[0]!;
  expect(issue).toMatchObject({ file, ...place });
  expect(issue.expected.vi.length).toBeGreaterThan(5);
  expect(issue.expected.en.length).toBeGreaterThan(5);
  expect(issue.found.length).toBeGreaterThan(0);
  const text = formatIssue(issue);
  expect(text).toContain('[vi] Tìm thấy');
  expect(text).toContain('[en] Found');
  if (place.cell) expect(text).toContain(`ô/cell ${place.cell}`);
  return issue;
}

const changeOf = (result: ImportRun, path: string) => result.changes.find((c) => c.path === path);

// The fixture's budget, as a form shows it.
function fixtureBudget() {
  const csv = parseCsvText(readFileSync(join(dir, 'disclosures/xa-c/ngan-sach-2025.csv'), 'utf8'));
  return csv.rows.map((r) => {
    const [code, , name, estimate, m3, m6, m9] = r.cells;
    return {
      code: shownCode(code!),
      name: name!,
      estimate: Number(estimate),
      m3: Number(m3),
      m6: Number(m6),
      m9: Number(m9),
    };
  });
}
const vn = (n: number) => n.toLocaleString('de-DE');

const BUDGET = 'disclosures/xa-c/ngan-sach-2025.csv';
const POOR = 'disclosures/xa-c/ho-ngheo-2025.csv';
const PRICES = 'disclosures/xa-c/bang-gia-dat-2025.csv';

describe('templates filled in as an official would', () => {
  it('a budget for a new year: letters, Roman numerals, 1.1, a, "-", a negative in parentheses', async () => {
    const template = await writeTemplate(form('ngan-sach'), lists);
    const header = await headerRow(template, 'Ngân sách', 'STT');
    const lines: CellSpec[][] = [
      ['A', 'Tổng thu ngân sách xã', 1000],
      ['I', 'Thu cân đối', 600],
      ['1', 'Thu thuế, phí', 300],
      ['1.1', 'Lệ phí trước bạ', 100],
      ['1.2', 'Phí, lệ phí khác', 200],
      ['2', 'Thu khác', 300],
      ['a', 'Thu phạt', 305],
      ['b', 'Hoàn trả', '(5)'],
      ['II', 'Thu bổ sung', 400],
      ['-', 'Bổ sung cân đối', 250],
      ['-', 'Bổ sung có mục tiêu', 150],
      ['B', 'Tổng chi ngân sách xã', 1000],
      ['I', 'Chi đầu tư phát triển', 400],
      ['II', 'Chi thường xuyên', '600'],
    ];
    const bytes = await fillTemplate(template, {
      'Ngân sách': { B2: 'Xã C', B3: 2026, ...rowsAt(header + 1, lines) },
      'Công bố': {
        A5: 'Dự toán năm',
        B5: new Date(Date.UTC(2026, 0, 15)),
        C5: 'Nghị quyết số 05/NQ-HĐND ngày 15/1/2026',
        D5: 1000,
        E5: 1000,
      },
      'Thông tin': { B3: 1, B5: 'Nghị quyết 05/NQ-HĐND niêm yết tại trụ sở UBND xã', B6: 'Không', B7: 10 },
    });
    const result = run('ngan-sach-2026.xlsx', bytes, { dryRun: false });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.written).toBe(true);
    expect(readFileSync(join(dir, 'disclosures/xa-c/ngan-sach-2026.csv'), 'utf8')).toBe(
      [
        'code,parent,name,estimate,exec_3m,exec_6m,exec_9m,exec_year,settlement',
        'A,,Tổng thu ngân sách xã,1000,,,,,',
        'A.I,A,Thu cân đối,600,,,,,',
        'A.I.1,A.I,"Thu thuế, phí",300,,,,,',
        'A.I.1.1,A.I.1,Lệ phí trước bạ,100,,,,,',
        'A.I.1.2,A.I.1,"Phí, lệ phí khác",200,,,,,',
        'A.I.2,A.I,Thu khác,300,,,,,',
        'A.I.2.a,A.I.2,Thu phạt,305,,,,,',
        'A.I.2.b,A.I.2,Hoàn trả,-5,,,,,',
        'A.II,A,Thu bổ sung,400,,,,,',
        'A.II.g1,A.II,Bổ sung cân đối,250,,,,,',
        'A.II.g2,A.II,Bổ sung có mục tiêu,150,,,,,',
        'B,,Tổng chi ngân sách xã,1000,,,,,',
        'B.I,B,Chi đầu tư phát triển,400,,,,,',
        'B.II,B,Chi thường xuyên,600,,,,,',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'disclosures/xa-c/ngan-sach-2026.yaml'), 'utf8')).toBe(
      [
        'sample: false',
        'year: 2026',
        'unit: triệu đồng',
        'rounding: 1',
        'explanation: null',
        'source: Nghị quyết 05/NQ-HĐND niêm yết tại trụ sở UBND xã',
        'variance_threshold_percent: 10',
        'stages:',
        '  estimate:',
        '    published: 2026-01-15',
        '    document: Nghị quyết số 05/NQ-HĐND ngày 15/1/2026',
        '    revenue_total: 1000',
        '    spending_total: 1000',
        '',
      ].join('\n'),
    );
    rmSync(join(dir, 'disclosures/xa-c/ngan-sach-2026.csv'));
    rmSync(join(dir, 'disclosures/xa-c/ngan-sach-2026.yaml'));
  });

  it('poor households for a new year, with the year entry in cong-khai.yaml', async () => {
    const template = await writeTemplate(form('ho-ngheo'), lists);
    const header = await headerRow(template, 'Hộ nghèo', 'Thôn, tổ dân phố');
    const bytes = await fillTemplate(template, {
      'Hộ nghèo': {
        B2: 'Xã C',
        B3: 2026,
        ...rowsAt(header + 1, [
          ['Thôn 1', 3, 8, 5, 14, 1, 0, 'Có hộ nghèo không có khả năng lao động'],
          ['Thôn 2', 0, 0, 2, 6, 0, 1, null],
        ]),
      },
      'Thông tin': {
        B3: 'Quyết định số 12/QĐ-UBND ngày 10/12/2026',
        B4: '20/11/2026',
        B5: '26/11/2026',
        B6: new Date(Date.UTC(2026, 11, 15)),
      },
    });
    const result = run('ho-ngheo-2026.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, 'disclosures/xa-c/ho-ngheo-2026.csv')?.after).toBe(
      'village,poor_households,poor_persons,near_poor_households,near_poor_persons,exited_poor_households,exited_near_poor_households,note\n' +
        'Thôn 1,3,8,5,14,1,0,Có hộ nghèo không có khả năng lao động\nThôn 2,0,0,2,6,0,1,\n',
    );
    const info = changeOf(result, 'disclosures/xa-c/cong-khai.yaml')!;
    expect(info.after).toContain(
      '    published: 2025-12-20\n  - year: 2026\n    decision: Quyết định số 12/QĐ-UBND ngày 10/12/2026\n    posted_from: 2026-11-20\n    posted_to: 2026-11-26\n    published: 2026-12-15\ncontributions:',
    );
    // Everything else in the file, comment included, stays as it was.
    expect(info.after.replace(/ {2}- year: 2026\n(?: {4}.*\n){4}/, '')).toBe(info.before);
  });

  it('land prices for a new year, the unit in nghìn đồng/m²', async () => {
    const template = await writeTemplate(form('bang-gia-dat'), lists);
    const header = await headerRow(template, 'Bảng giá đất', 'Tên đường, khu vực');
    const bytes = await fillTemplate(template, {
      'Bảng giá đất': {
        B2: 'Xã C',
        B3: 2026,
        ...rowsAt(header + 1, [
          ['Quốc lộ 9', 'Từ ngã tư Sòng đến cầu Đông Hà', 'Đất ở đô thị', 10200, 5600, 3500, 2300],
          ['Quốc lộ 9', 'Từ ngã tư Sòng đến cầu Đông Hà', 'Đất thương mại, dịch vụ', 8100, '4.450,5', null, '-'],
        ]),
      },
      'Thông tin': { B3: 'Quyết định số 9/QĐ-UBND ngày 20/12/2025', B4: '01/01/2026', B5: '10/01/2026' },
    });
    const result = run('bang-gia-dat-2026.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, 'disclosures/xa-c/bang-gia-dat-2026.csv')?.after).toBe(
      'road,segment,land_type,position_1,position_2,position_3,position_4\n' +
        'Quốc lộ 9,Từ ngã tư Sòng đến cầu Đông Hà,Đất ở đô thị,10200,5600,3500,2300\n' +
        'Quốc lộ 9,Từ ngã tư Sòng đến cầu Đông Hà,"Đất thương mại, dịch vụ",8100,"4450,5",,\n',
    );
    expect(changeOf(result, 'disclosures/xa-c/cong-khai.yaml')?.after).toContain(
      '  - year: 2026\n    decision: Quyết định số 9/QĐ-UBND ngày 20/12/2025\n    valid_from: 2026-01-01\n    published: 2026-01-10\n    unit: nghìn đồng/m²\n',
    );
  });

  it('the empty template is refused: the commune and year cells are named', async () => {
    refused('mau-ngan-sach.xlsx', await writeTemplate(form('ngan-sach'), lists), {
      sheet: 'Ngân sách',
      cell: 'B2',
      field: 'Xã/phường',
    });
  });

  it('a commune the portal does not have is refused at its cell', async () => {
    const bytes = await fillTemplate(await writeTemplate(form('ho-ngheo'), lists), {
      'Hộ nghèo': { B2: 'Xã Không Có', B3: 2025 },
    });
    refused('ho-ngheo.xlsx', bytes, { sheet: 'Hộ nghèo', cell: 'B2', field: 'Xã/phường', found: '"Xã Không Có"' });
  });
});

describe('budgets as offices make them', () => {
  function nineMonths(options: { unit: string; scale: number; change?: Record<string, number>; text?: boolean }) {
    const rows = fixtureBudget();
    const value = (n: number) => (options.text ? vn(n * options.scale) : n * options.scale);
    return [
      ['UBND XÃ C', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BÁO CÁO THỰC HIỆN DỰ TOÁN NGÂN SÁCH XÃ C 9 THÁNG ĐẦU NĂM 2025'],
      [null, null, null, null, options.unit],
      ['STT', 'Nội dung', 'Dự toán năm', 'Thực hiện', 'So sánh (%)'],
      [null, null, null, '9 tháng', null],
      ...rows.map((r) => {
        const m9 = r.m9 + (options.change?.[r.name] ?? 0);
        return [r.code, r.name, value(r.estimate), value(m9), Math.round((m9 / r.estimate) * 100)];
      }),
      [],
      ['Người lập biểu', null, null, 'TM. ỦY BAN NHÂN DÂN', null],
      [null, null, null, 'CHỦ TỊCH'],
    ] as CellSpec[][];
  }
  const merges = ['A4:A5', 'B4:B5', 'C4:C5', 'E4:E5', 'A2:E2'];
  const shift = { 'Chi quản lý nhà nước, Đảng, đoàn thể': 1, 'Chi sự nghiệp giáo dục, đào tạo': -1 };

  it('9-month execution in nghìn đồng, headers over two rows: two figures corrected, old → new', () => {
    const bytes = workbook([
      { name: 'Biểu 01', rows: nineMonths({ unit: 'Đơn vị tính: nghìn đồng', scale: 1000, change: shift }), merges },
    ]);
    const result = run('bao-cao-9-thang.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, BUDGET)!;
    expect(change.summary).toEqual([
      '~ dòng/line B.II.1, Thực hiện 9 tháng: 9623 → 9624 triệu đồng',
      '~ dòng/line B.II.2, Thực hiện 9 tháng: 1084 → 1083 triệu đồng',
    ]);
    expect(change.after).toBe(
      change
        .before!.replace(',13606,2854,6243,9623,,', ',13606,2854,6243,9624,,')
        .replace(',1537,322,704,1084,,', ',1537,322,704,1083,,'),
    );
    expect(result.changes).toHaveLength(1);
  });

  it('the same as a legacy .xls (BIFF8)', () => {
    const bytes = workbook(
      [{ name: 'Biểu 01', rows: nineMonths({ unit: 'Đơn vị tính: nghìn đồng', scale: 1000, change: shift }), merges }],
      'xls',
    );
    const result = run('bao-cao-9-thang.xls', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, BUDGET)!.summary).toHaveLength(2);
  });

  it.each([
    ['Đơn vị tính: triệu đồng', 1],
    ['ĐVT: Tr.đồng', 1],
    ['(Đơn vị tính: 1.000.000 đồng)', 1],
    ['Đơn vị: 1.000 đồng', 1000],
    ['Đơn vị tính: đồng', 1_000_000],
  ])('the unit written "%s": figures typed as text, the same content', (unit, scale) => {
    const bytes = workbook([{ name: 'Sheet1', rows: nineMonths({ unit, scale, text: true }), merges }]);
    const result = run('bao-cao.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('headers over three rows, a row numbering the columns, "-" and empty stages: the same content', () => {
    const rows = fixtureBudget();
    const bytes = workbook(
      [
        {
          name: 'Cong khai',
          rows: [
            ['ỦY BAN NHÂN DÂN XÃ C'],
            ['CÔNG KHAI TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NĂM 2025'],
            ['(Kèm theo Báo cáo số 13/BC-UBND của UBND xã)'],
            [null, null, null, null, null, null, null, 'ĐVT: Triệu đồng'],
            ['STT', 'Nội dung', 'Số liệu năm 2025'],
            [null, null, 'Dự toán', 'Thực hiện', null, null, null, 'Quyết toán'],
            [null, null, null, '3 tháng', '6 tháng', '9 tháng', 'Cả năm', null],
            ['A', 'B', '1', '2', '3', '4', '5', '6'],
            ...rows.map((r) => [r.code, r.name, vn(r.estimate), r.m3, vn(r.m6), String(r.m9), '-', null]),
            [],
            ['Ghi chú: số liệu thực hiện cả năm và quyết toán sẽ công khai sau khi có báo cáo.'],
            [null, null, null, null, null, 'Xã C, ngày 10 tháng 10 năm 2025'],
          ],
          merges: ['A5:A7', 'B5:B7', 'C5:H5', 'C6:C7', 'D6:G6', 'H6:H7', 'A1:C1', 'A2:H2', 'A3:H3', 'A29:H29'],
        },
      ],
      'xls',
    );
    const result = run('cong-khai-ngan-sach.xls', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('a figure written the English way (1,234,567) is refused at its cell', () => {
    const rows = nineMonths({ unit: 'Đơn vị tính: đồng', scale: 1_000_000, text: true });
    rows[5]![3] = '33,628,000,000';
    const issue = refused('bao-cao.xlsx', workbook([{ name: 'Sheet1', rows, merges }]), {
      sheet: 'Sheet1',
      cell: 'D6',
      field: 'Thực hiện 9 tháng',
      found: '"33,628,000,000"',
    });
    expect(issue.expected.vi).toContain('1.234.567');
  });

  it('an unknown unit is refused at the unit cell', () => {
    refused(
      'bao-cao.xlsx',
      workbook([{ name: 'Sheet1', rows: nineMonths({ unit: 'Đơn vị tính: USD', scale: 1 }), merges }]),
      {
        sheet: 'Sheet1',
        cell: 'E3',
        field: 'Đơn vị tính',
      },
    );
  });

  it('a line code no form uses is refused at its cell', () => {
    const rows = nineMonths({ unit: 'Đơn vị tính: triệu đồng', scale: 1 });
    rows[7]![0] = '§1';
    refused('bao-cao.xlsx', workbook([{ name: 'Sheet1', rows, merges }]), {
      sheet: 'Sheet1',
      cell: 'A8',
      field: 'STT',
    });
  });

  it('a code twice under one parent is refused, naming the first', () => {
    const rows = nineMonths({ unit: 'Đơn vị tính: triệu đồng', scale: 1 });
    rows[8]![0] = '1';
    const issue = refused('bao-cao.xlsx', workbook([{ name: 'Sheet1', rows, merges }]), {
      sheet: 'Sheet1',
      cell: 'A9',
      field: 'STT',
    });
    expect(issue.expected.vi).toContain('hàng 8');
  });

  it('a child changed without its parent: the build’s check, placed at the parent’s cell', () => {
    const rows = nineMonths({
      unit: 'Đơn vị tính: triệu đồng',
      scale: 1,
      change: { 'Chi quản lý nhà nước, Đảng, đoàn thể': 5 },
    });
    const issue = refused('bao-cao.xlsx', workbook([{ name: 'Sheet1', rows, merges }]), {
      sheet: 'Sheet1',
      cell: 'D17',
      field: 'exec_9m',
    });
    expect(issue.expected.vi).toContain('bằng tổng các dòng con');
  });

  it('a stage the content has not published yet needs its date and document', () => {
    const rows = fixtureBudget();
    const bytes = workbook([
      {
        name: 'Sheet1',
        rows: [
          ['ƯỚC THỰC HIỆN NGÂN SÁCH XÃ C NĂM 2025'],
          ['Đơn vị tính: triệu đồng'],
          ['STT', 'Nội dung', 'Dự toán năm', 'Ước thực hiện cả năm'],
          ...rows.map((r) => [r.code, r.name, r.estimate, r.m9]),
        ],
      },
    ]);
    refused('uoc-ca-nam.xlsx', bytes, { sheet: 'Sheet1', column: 'D', field: 'Thực hiện cả năm' });
  });
});

describe('poor households as offices make them', () => {
  const villages = () =>
    parseCsvText(readFileSync(join(dir, POOR), 'utf8')).rows.map((r) =>
      r.cells.slice(0, 7).map((c, i) => (i === 0 ? c : Number(c))),
    );
  const total = (rows: (string | number)[][]) => [
    'Tổng cộng',
    ...[1, 2, 3, 4, 5, 6].map((i) => rows.reduce((s, r) => s + Number(r[i]), 0)),
  ];

  function twoRows(rows: (string | number)[][], stt = true) {
    return [
      ['UBND XÃ C'],
      ['DANH SÁCH TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025'],
      [],
      ['STT', 'Thôn, khu phố', 'Hộ nghèo', null, 'Hộ cận nghèo', null, 'Thoát nghèo', null, 'Ghi chú'],
      [null, null, 'Số hộ', 'Số khẩu', 'Số hộ', 'Số khẩu', 'Hộ nghèo', 'Hộ cận nghèo', null],
      ...rows.map((r, i) => [stt ? i + 1 : null, ...r, i === 0 ? 'Có hộ nghèo không có khả năng lao động' : null]),
      [null, ...total(rows), null],
      [],
      [null, null, null, null, null, 'Xã C, ngày 20 tháng 12 năm 2025'],
      [null, 'Người lập', null, null, null, 'CHỦ TỊCH'],
    ] as CellSpec[][];
  }
  const merges = ['A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:H4', 'I4:I5', 'A2:I2'];

  it('headers over two rows, a total row, counts typed as text: one village corrected', () => {
    const rows = villages();
    rows[1]![1] = 3;
    rows[1]![2] = 6;
    const sheet = twoRows(rows.map((r) => r.map((c, i) => (i === 3 ? String(c) : c))));
    const result = run('ho-ngheo-2025.xlsx', workbook([{ name: 'Sheet1', rows: sheet, merges }]));
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, POOR)!.summary).toEqual([
      '~ Khu phố 2, Số hộ nghèo: 2 → 3',
      '~ Khu phố 2, Số nhân khẩu hộ nghèo: 4 → 6',
    ]);
  });

  it('headers over three rows in a legacy .xls: the same content (notes kept)', () => {
    const rows = villages();
    const sheet: CellSpec[][] = [
      ['KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025 — XÃ C'],
      ['Thôn, tổ dân phố', 'Kết quả rà soát', null, null, null, null, null],
      [null, 'Hộ nghèo', null, 'Hộ cận nghèo', null, 'Thoát nghèo', null],
      [null, 'Số hộ', 'Số nhân khẩu', 'Số hộ', 'Số nhân khẩu', 'Hộ nghèo', 'Hộ cận nghèo'],
      ...rows,
    ];
    const bytes = workbook(
      [{ name: 'Sheet1', rows: sheet, merges: ['A2:A4', 'B2:G2', 'B3:C3', 'D3:E3', 'F3:G3'] }],
      'xls',
    );
    const result = run('ho-ngheo.xls', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    // The file has no "Ghi chú" column: each village keeps its note.
    expect(result.changes).toEqual([]);
  });

  it('"-" in a count is refused: write 0 for none', () => {
    const rows = villages();
    rows[2]![5] = '-';
    refused(
      'ho-ngheo.xlsx',
      workbook([{ name: 'Sheet1', rows: twoRows(rows).map((r, i) => (i === 6 + 5 ? r : r)), merges }]),
      {
        sheet: 'Sheet1',
        cell: 'G8',
        field: 'Số hộ thoát nghèo',
        found: '"-"',
      },
    );
  });

  it('an empty count is refused, never read as 0', () => {
    const rows = villages();
    rows[0]![2] = '';
    refused('ho-ngheo.xlsx', workbook([{ name: 'Sheet1', rows: twoRows(rows), merges }]), {
      sheet: 'Sheet1',
      cell: 'D6',
      field: 'Số nhân khẩu hộ nghèo',
    });
  });

  it('a total row that does not add up is refused at the total', () => {
    const sheet = twoRows(villages());
    sheet[11]![2] = 999;
    refused('ho-ngheo.xlsx', workbook([{ name: 'Sheet1', rows: sheet, merges }]), {
      sheet: 'Sheet1',
      cell: 'C12',
      field: 'Số hộ nghèo',
      found: '999',
    });
  });

  it('a mobile number in a note is refused by the personal-data check, at its cell', async () => {
    const template = await writeTemplate(form('ho-ngheo'), lists);
    const header = await headerRow(template, 'Hộ nghèo', 'Thôn, tổ dân phố');
    const bytes = await fillTemplate(template, {
      'Hộ nghèo': {
        B2: 'Xã C',
        B3: 2025,
        ...rowsAt(header + 1, [['Khu phố 1', 8, 16, 12, 37, 2, 3, 'Liên hệ ông Ba 0912 345 678']]),
      },
    });
    refused('ho-ngheo.xlsx', bytes, { sheet: 'Hộ nghèo', cell: `H${header + 1}` });
  });
});

describe('land prices as offices make them', () => {
  const priceRows = () => parseCsvText(readFileSync(join(dir, PRICES), 'utf8')).rows.map((r) => r.cells);

  it('"Đoạn đường" over "Từ" and "Đến", prices in đồng/m² typed as text: one price corrected', () => {
    const rows = priceRows();
    const sheet: CellSpec[][] = [
      ['BẢNG GIÁ ĐẤT Ở, ĐẤT THƯƠNG MẠI DỊCH VỤ TRÊN ĐỊA BÀN XÃ C NĂM 2025'],
      ['(Đơn vị tính: đồng/m2)'],
      ['STT', 'Tên đường', 'Đoạn đường', null, 'Loại đất', 'Giá đất theo vị trí', null, null, null],
      [null, null, 'Từ', 'Đến', null, 'VT1', 'VT2', 'VT3', 'VT4'],
      ...rows.map((r, i) => {
        const m = /^Từ (.+) đến (.+)$/.exec(r[1]!);
        const price = (text: string, k: number) => {
          if (text === '') return '-';
          const n = Number(text) * 1000 + (i === 10 && k === 0 ? 100_000 : 0);
          return n.toLocaleString('de-DE');
        };
        return [i + 1, r[0]!, m?.[1] ?? null, m?.[2] ?? null, r[2]!, ...r.slice(3).map(price)];
      }),
    ];
    const bytes = workbook([{ name: 'Bang gia', rows: sheet, merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:I3'] }]);
    const result = run('bang-gia-dat.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, PRICES)!;
    expect(change.summary).toEqual(['~ Đường Đặng Dung / Đất ở đô thị, Vị trí 1: 8200 → 8300']);
    expect(change.after).toBe(
      change.before!.replace('Đường Đặng Dung,,Đất ở đô thị,8200,', 'Đường Đặng Dung,,Đất ở đô thị,8300,'),
    );
  });

  it('land types as heading rows ("I. ĐẤT Ở TẠI ĐÔ THỊ"), unit "1.000 đ/m2", a legacy .xls: the same prices', () => {
    const rows = priceRows();
    const types = ['Đất ở đô thị', 'Đất thương mại, dịch vụ'];
    const sheet: CellSpec[][] = [
      ['BẢNG GIÁ ĐẤT NĂM 2025 - XÃ C'],
      ['Đơn vị tính: 1.000 đ/m2'],
      ['STT', 'Tên đường, phố', 'Đoạn đường', 'VT 1', 'VT 2', 'VT 3', 'VT 4'],
      ...types.flatMap((type, t) => [
        [['I', 'II'][t]!, type === 'Đất ở đô thị' ? 'ĐẤT Ở TẠI ĐÔ THỊ' : 'ĐẤT THƯƠNG MẠI, DỊCH VỤ'],
        ...rows
          .filter((r) => r[2] === type)
          .map((r, i) => [i + 1, r[0]!, r[1] || null, ...r.slice(3).map((p) => (p === '' ? null : Number(p)))]),
      ]),
    ];
    const result = run('bang-gia-dat.xls', workbook([{ name: 'Sheet1', rows: sheet }], 'xls'));
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, PRICES);
    // Grouped by land type, the rows come in another order; not one of them changes.
    expect(change?.summary ?? []).toEqual([]);
    if (change) {
      const sorted = (text: string) =>
        parseCsvText(text)
          .rows.map((r) => r.cells.join('|'))
          .sort();
      expect(sorted(change.after)).toEqual(sorted(change.before!));
    }
  });

  it('a land type outside the list is refused at its cell, with the list', async () => {
    const template = await writeTemplate(form('bang-gia-dat'), lists);
    const header = await headerRow(template, 'Bảng giá đất', 'Tên đường, khu vực');
    const bytes = await fillTemplate(template, {
      'Bảng giá đất': {
        B2: 'Xã C',
        B3: 2025,
        ...rowsAt(header + 1, [['Quốc lộ 9', null, 'Đất ở', 9800, 5400, 3400, 2200]]),
      },
    });
    const issue = refused('bang-gia-dat.xlsx', bytes, {
      sheet: 'Bảng giá đất',
      cell: `C${header + 1}`,
      field: 'Loại đất',
      found: '"Đất ở"',
    });
    expect(issue.expected.vi).toContain('Đất ở đô thị');
  });

  it('a negative price "(1.234)" is refused at its cell', async () => {
    const template = await writeTemplate(form('bang-gia-dat'), lists);
    const header = await headerRow(template, 'Bảng giá đất', 'Tên đường, khu vực');
    const bytes = await fillTemplate(template, {
      'Bảng giá đất': {
        B2: 'Xã C',
        B3: 2025,
        ...rowsAt(header + 1, [['Quốc lộ 9', null, 'Đất ở đô thị', 9800, '(1.234)', 3400, 2200]]),
      },
    });
    refused('bang-gia-dat.xlsx', bytes, { sheet: 'Bảng giá đất', cell: `E${header + 1}`, field: 'Vị trí 2' });
  });
});

describe('files that are no form', () => {
  it('bytes that are not a spreadsheet', () => {
    refused('bao-cao.xlsx', new TextEncoder().encode('STT;Nội dung\n'), { field: '(tệp / file)' });
  });

  it('a table of no known form, with the forms to choose from', () => {
    const issue = refused(
      'danh-sach.xlsx',
      workbook([
        {
          name: 'Sheet1',
          rows: [
            ['Họ tên', 'Ngày sinh'],
            ['Nguyễn Văn A', '1/1/1990'],
          ],
        },
      ]),
      {
        field: '(mẫu / form)',
      },
    );
    expect(issue.expected.en).toContain('--kind');
  });

  it('--kind that names no form', () => {
    refused('x.xlsx', workbook([{ name: 'Sheet1', rows: [['a']] }]), { field: '--kind' }, { kind: 'ngan-sach-xa' });
  });
});

describe('the other forms, filled in', () => {
  const INFO = 'disclosures/xa-c/cong-khai.yaml';

  it('contributions for a year, in nghìn đồng: written in the triệu đồng the content uses', async () => {
    const template = await writeTemplate(form('dong-gop'), lists);
    const header = await headerRow(template, 'Đóng góp', 'Mã');
    const bytes = await fillTemplate(template, {
      'Đóng góp': {
        B2: 'Xã C',
        B3: 2025,
        A4: 'Đơn vị tính: nghìn đồng',
        ...rowsAt(header + 1, [
          [null, 'Làm đường giao thông thôn 3', 450000, '398.500'],
          ['quy-khuyen-hoc', 'Quỹ khuyến học', 90000, 61000],
        ]),
      },
      'Thông tin': { B3: '20/01/2026', B4: 'Báo cáo số 5/BC-UBND ngày 20/1/2026' },
    });
    const result = run('dong-gop-2025.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const after = changeOf(result, INFO)!.after;
    expect(after).toContain(
      '  - year: 2025\n    published: 2026-01-20\n    document: Báo cáo số 5/BC-UBND ngày 20/1/2026\n    items:\n      - id: lam-duong-giao-thong-thon-3\n        purpose: Làm đường giao thông thôn 3\n        mobilised: 450\n        spent: 398.5\n        unit: triệu đồng\n',
    );
  });

  it('investment as an office lists it (Tr.đồng): one project’s progress corrected, the rest of the file as it was', () => {
    const sheet: CellSpec[][] = [
      ['DANH MỤC CÔNG TRÌNH ĐẦU TƯ NĂM 2025 - XÃ C'],
      ['ĐVT: Tr.đồng'],
      [
        'STT',
        'Mã',
        'Tên công trình',
        'Tổng mức đầu tư',
        'Nguồn vốn',
        'Tiến độ thực hiện',
        'Ban giám sát',
        'Ngày giám sát',
        'Kết quả giám sát',
      ],
      [
        1,
        'duong-lien-thon',
        'Nâng cấp đường liên khu phố phố–phố',
        '7.980',
        'Ngân sách tỉnh hỗ trợ 70%, ngân sách xã 20%, nhân dân đóng góp 10%',
        'Đã hoàn thành, chờ nghiệm thu',
        'Ban Giám sát đầu tư của cộng đồng',
        '18/09/2025',
        'Thi công đúng thiết kế; đề nghị nhà thầu bổ sung biển báo an toàn và tưới nước chống bụi ở đoạn qua khu dân cư.',
      ],
      [
        2,
        'nha-van-hoa',
        'Sửa chữa nhà văn hóa khu phố 4',
        1365,
        'Ngân sách xã',
        'Chưa khởi công, đang lựa chọn nhà thầu',
        null,
        '-',
        null,
      ],
    ];
    const result = run('dau-tu.xlsx', workbook([{ name: 'Sheet1', rows: sheet }]));
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, INFO)!;
    expect(change.summary).toEqual([
      'investment.0.items.0.progress: "Đang thi công, đạt khoảng 65% khối lượng" → "Đã hoàn thành, chờ nghiệm thu"',
    ]);
    expect(change.after).toBe(
      change.before!.replace('Đang thi công, đạt khoảng 65% khối lượng', 'Đã hoàn thành, chờ nghiệm thu'),
    );
  });

  it('a new reception schedule and the hotlines', async () => {
    const template = await writeTemplate(form('tiep-cong-dan'), lists);
    const header = await headerRow(template, 'Lịch tiếp công dân', 'Ngày tiếp');
    const hot = await headerRow(template, 'Đường dây nóng', 'Nơi nhận');
    const bytes = await fillTemplate(template, {
      'Lịch tiếp công dân': {
        B2: 'Xã C',
        ...rowsAt(header + 1, [
          ['Thứ Ba hằng tuần', '8 giờ – 11 giờ', 'Chủ tịch UBND xã', 'Trụ sở UBND xã C', '0233 3000 101'],
        ]),
      },
      'Đường dây nóng': rowsAt(hot + 1, [['Văn phòng UBND xã', '0233 3000 101', 'Giờ hành chính']]),
      'Thông tin': { B3: '01/01/2026', B5: '20/12/2025' },
    });
    const result = run('tiep-cong-dan.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const after = changeOf(result, INFO)!.after;
    expect(after).toContain(
      '  - valid_from: 2026-01-01\n    valid_to: null\n    published: 2025-12-20\n    schedule:\n      - day: Thứ Ba hằng tuần\n',
    );
    expect(after).toContain(
      'hotlines:\n  - name: Văn phòng UBND xã\n    phone: 0233 3000 101\n    hours: Giờ hành chính\nanti_corruption_reports:',
    );
  });

  it("the commune's contact channels, from the reception form's information sheet", async () => {
    const template = await writeTemplate(form('tiep-cong-dan'), lists);
    const bytes = await fillTemplate(template, {
      'Lịch tiếp công dân': { B2: 'Xã C' },
      'Thông tin': { B6: 'Trụ sở UBND xã C', B7: '(0233) 3.852.111', B9: 'vanphong.xac@quangtri.gov.vn' },
    });
    const result = run('tiep-cong-dan.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, INFO)!.after).toContain(
      'contact:\n  address: Trụ sở UBND xã C\n  phone: (0233) 3.852.111\n  hotline: null\n  email: vanphong.xac@quangtri.gov.vn\n',
    );
  });

  it("a contact number that is not a public body's is refused at its cell; nothing written", async () => {
    const template = await writeTemplate(form('tiep-cong-dan'), lists);
    const bytes = await fillTemplate(template, {
      'Lịch tiếp công dân': { B2: 'Xã C' },
      'Thông tin': { B7: '3852 111' },
    });
    refused('tiep-cong-dan.xlsx', bytes, { sheet: 'Thông tin', cell: 'B7' });
  });

  it('a land recovery project with compensation in đồng/m², written in nghìn đồng/m²', async () => {
    const template = await writeTemplate(form('thu-hoi-dat'), lists);
    const header = await headerRow(template, 'Dự án', 'Mã dự án');
    const rates = await headerRow(template, 'Bồi thường', 'Mã dự án');
    const row: CellSpec[] = [
      null,
      'Xây dựng trường mầm non thôn 2',
      'Xây trường mầm non',
      null,
      '0,85',
      12,
      'Đất trồng lúa; Đất ở nông thôn',
      null,
    ];
    const bytes = await fillTemplate(template, {
      'Dự án': {
        B2: 'Xã C',
        ...rowsAt(header + 1, [[...row, '02/02/2026', '15/03/2026', null, null, null, null, '03/02/2026']]),
      },
      'Bồi thường': {
        A2: 'Đơn vị tính: đồng/m²',
        ...rowsAt(rates + 1, [
          ['xay-dung-truong-mam-non-thon-2', 'Đất trồng lúa', '62.500'],
          ['xay-dung-truong-mam-non-thon-2', 'Đất ở nông thôn', 1200000],
        ]),
      },
    });
    const result = run('thu-hoi-dat.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const after = changeOf(result, 'disclosures/xa-c/thu-hoi-dat.yaml')!.after;
    expect(after).toContain('- id: xay-dung-truong-mam-non-thon-2\n  name: Xây dựng trường mầm non thôn 2\n');
    expect(after).toContain(
      '    - land_type: Đất trồng lúa\n      rate: 62.5\n      unit: nghìn đồng/m²\n    - land_type: Đất ở nông thôn\n      rate: 1200\n',
    );
    expect(after).toContain('  area_ha: 0.85\n  households: 12\n');
  });

  it('land recovery steps out of order are refused by the build’s check; nothing written', async () => {
    const template = await writeTemplate(form('thu-hoi-dat'), lists);
    const header = await headerRow(template, 'Dự án', 'Mã dự án');
    const bytes = await fillTemplate(template, {
      'Dự án': {
        B2: 'Xã C',
        ...rowsAt(header + 1, [
          [
            null,
            'Dự án X',
            'Mở đường',
            null,
            1,
            3,
            'Đất trồng lúa',
            null,
            '15/03/2026',
            '02/02/2026',
            null,
            null,
            null,
            null,
            '03/02/2026',
          ],
        ]),
      },
    });
    const issue = refused('thu-hoi-dat.xlsx', bytes, {
      sheet: 'Dự án',
      cell: `J${header + 1}`,
      field: 'timeline.inventory',
    });
    expect(issue.expected.vi).toContain('theo thứ tự');
  });

  it('a resident’s question and its answer', async () => {
    const template = await writeTemplate(form('gop-y'), lists);
    const header = await headerRow(template, 'Câu hỏi', 'Mã');
    const bytes = await fillTemplate(template, {
      'Lấy ý kiến': { B2: 'Xã C' },
      'Câu hỏi': rowsAt(header + 1, [
        [
          'hoi-nuoc-sach',
          '02/01/2026',
          'Hạ tầng',
          'Khi nào thôn 3 có nước sạch?',
          '09/01/2026',
          'Quý II/2026.',
          'Chủ tịch UBND xã',
        ],
      ]),
    });
    const result = run('gop-y.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, 'disclosures/xa-c/gop-y.yaml')!.after).toContain(
      '  - id: hoi-nuoc-sach\n    asked: 2026-01-02\n    topic: Hạ tầng\n    question: Khi nào thôn 3 có nước sạch?\n    answered: 2026-01-09\n    answer: Quý II/2026.\n    answered_by: Chủ tịch UBND xã\n',
    );
  });

  it('a plan’s tasks: a deadline added, units by name', async () => {
    const template = await writeTemplate(form('nhiem-vu'), lists);
    const header = await headerRow(template, 'Nhiệm vụ', 'Phần');
    const section = ['II. NHIỆM VỤ', null, '1', 'Quản trị điện tử'];
    const bytes = await fillTemplate(template, {
      'Nhiệm vụ': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [
          [
            ...section,
            'thu-1-a',
            'a)',
            'Nâng cấp cổng thông tin điện tử.',
            'Sở Nội vụ',
            null,
            'Ủy ban nhân dân tỉnh Cũ',
            null,
            '8',
            null,
            null,
            null,
            null,
          ],
          [
            ...section,
            'thu-1-b',
            null,
            'Tuyên truyền.',
            null,
            'Các sở, ngành',
            null,
            null,
            null,
            null,
            null,
            '30/06/2021',
            'trước ngày 30/6/2021',
          ],
        ]),
      },
    });
    const result = run('nhiem-vu.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, 'tasks/ke-hoach-thu.yaml')!;
    expect(change.summary).toEqual([
      'sections.0.tasks.1.deadline: (không có / none) → "2021-06-30"',
      'sections.0.tasks.1.deadline_text: (không có / none) → "trước ngày 30/6/2021"',
    ]);
    // The task's targets, written by hand, stay.
    expect(change.after).toContain('targets:');
  });

  it('a unit the portal does not have, among the lead units, is refused at its cell', async () => {
    const template = await writeTemplate(form('nhiem-vu'), lists);
    const header = await headerRow(template, 'Nhiệm vụ', 'Phần');
    const bytes = await fillTemplate(template, {
      'Nhiệm vụ': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [[null, null, '1', null, 'thu-1-a', null, 'Nâng cấp.', 'Sở Nội vụ; Sở Không Có']]),
      },
    });
    refused('nhiem-vu.xlsx', bytes, {
      sheet: 'Nhiệm vụ',
      cell: `H${header + 1}`,
      field: 'Đơn vị chủ trì',
      found: '"Sở Không Có"',
    });
  });

  it('a progress report for the year, added beside the six-month one', async () => {
    const template = await writeTemplate(form('bao-cao'), lists);
    const header = await headerRow(template, 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(template, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [
          ['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-1-a', 'Hoàn thành', 100, 'Đã nâng cấp cổng.', null],
        ]),
      },
    });
    const result = run('bao-cao.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, 'reports/ke-hoach-thu.yaml')!.after).toContain(
      '  - unit: so-noi-vu\n    period: 2021-y\n    submitted: 2021-11-25\n    items:\n      - task: thu-1-a\n        status: hoan-thanh\n        progress: 100\n        account: Đã nâng cấp cổng.\n',
    );
  });

  it('a task the plan does not have: the build’s check, placed at the report’s row', async () => {
    const template = await writeTemplate(form('bao-cao'), lists);
    const header = await headerRow(template, 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(template, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-9-z', 'Hoàn thành', 100, 'Đã làm.']]),
      },
    });
    refused('bao-cao.xlsx', bytes, { sheet: 'Báo cáo', cell: `D${header + 1}` });
  });

  it('a status outside the list is refused at its cell', async () => {
    const template = await writeTemplate(form('bao-cao'), lists);
    const header = await headerRow(template, 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(template, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-1-a', 'Xong', 100, 'Đã làm.']]),
      },
    });
    refused('bao-cao.xlsx', bytes, { sheet: 'Báo cáo', cell: `E${header + 1}`, field: 'Tình trạng', found: '"Xong"' });
  });
});
