/**
 * The spreadsheet corpus, made by the tests (1 of 3): the budget and other templates filled in as an
 * official would, and files that are no form — each imported into a copy of the
 * minimal instance and compared with the content it must give, or refused with one precise
 * message (file, sheet, cell, field, found, expected in Vietnamese and English) and nothing
 * written. Shared pieces: corpus-harness.ts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/base/content/errors.ts';
import { writeTemplate } from '../../../src/base/sheets/template.ts';
import { fillTemplate, headerRow, rowsAt, workbook, type CellSpec } from './workbooks.ts';
import { changeOf, form, useCorpus } from './corpus-harness.ts';

const { corpus, run, refused } = useCorpus();

describe('templates filled in as an official would', () => {
  it('a budget for a new year: letters, Roman numerals, 1.1, a, "-", a negative in parentheses', async () => {
    const template = await writeTemplate(form('ngan-sach'), corpus.lists);
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
    expect(readFileSync(join(corpus.dir, 'disclosures/xa-c/ngan-sach-2026.csv'), 'utf8')).toBe(
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
    expect(readFileSync(join(corpus.dir, 'disclosures/xa-c/ngan-sach-2026.yaml'), 'utf8')).toBe(
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
    rmSync(join(corpus.dir, 'disclosures/xa-c/ngan-sach-2026.csv'));
    rmSync(join(corpus.dir, 'disclosures/xa-c/ngan-sach-2026.yaml'));
  });

  it('poor households for a new year, with the year entry in cong-khai.yaml', async () => {
    const template = await writeTemplate(form('ho-ngheo'), corpus.lists);
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
    const template = await writeTemplate(form('bang-gia-dat'), corpus.lists);
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
    refused('mau-ngan-sach.xlsx', await writeTemplate(form('ngan-sach'), corpus.lists), {
      sheet: 'Ngân sách',
      cell: 'B2',
      field: 'Xã/phường',
    });
  });

  it('a commune the portal does not have is refused at its cell', async () => {
    const bytes = await fillTemplate(await writeTemplate(form('ho-ngheo'), corpus.lists), {
      'Hộ nghèo': { B2: 'Xã Không Có', B3: 2025 },
    });
    refused('ho-ngheo.xlsx', bytes, { sheet: 'Hộ nghèo', cell: 'B2', field: 'Xã/phường', found: '"Xã Không Có"' });
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
