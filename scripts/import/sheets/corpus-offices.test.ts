/**
 * The spreadsheet corpus, made by the tests (2 of 3): budgets, poor households and land prices as
 * real offices lay them out (headers merged over two or three rows, the unit above the table in
 * its many spellings, Vietnamese numbers and numbers typed as text, "(1.234)", "-" and empty for
 * not published, Roman and letter line codes, notes above and signatures below, a legacy .xls),
 * each imported into a copy of the minimal instance and compared with the content it must give,
 * or refused with one precise message and nothing written. Shared pieces: corpus-harness.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/base/content/errors.ts';
import { parseCsvText } from '../../../src/base/sheets/files.ts';
import { writeTemplate } from '../../../src/base/sheets/template.ts';
import { fillTemplate, headerRow, rowsAt, workbook, type CellSpec } from './workbooks.ts';
import { BUDGET, changeOf, form, POOR, PRICES, useCorpus, vn } from './corpus-harness.ts';

const { corpus, run, refused, fixtureBudget } = useCorpus();

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
    parseCsvText(readFileSync(join(corpus.dir, POOR), 'utf8')).rows.map((r) =>
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
    const template = await writeTemplate(form('ho-ngheo'), corpus.lists);
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
  const priceRows = () => parseCsvText(readFileSync(join(corpus.dir, PRICES), 'utf8')).rows.map((r) => r.cells);

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
    const template = await writeTemplate(form('bang-gia-dat'), corpus.lists);
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
    const template = await writeTemplate(form('bang-gia-dat'), corpus.lists);
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
