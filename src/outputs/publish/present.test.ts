/** A check's result as the publishing page shows it, in both languages. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../base/sheets/check.ts';
import { placeOf, presentCheck } from './present.ts';

const form = { key: 'ho-ngheo', title: { vi: 'Hộ nghèo, hộ cận nghèo', en: 'Poor and near-poor households' } };

const good: CheckResult = {
  form,
  issues: [],
  tables: [{ sheet: 'Hộ nghèo', title: 'KẾT QUẢ RÀ SOÁT', rows: 2 }],
  files: [
    { path: 'disclosures/xa-c/ho-ngheo-2026.csv', added: true, summary: ['+ tệp mới / new file: 2 dòng/rows'] },
    { path: 'disclosures/xa-c/cong-khai.yaml', added: false, summary: ['+ poor_households.1'] },
  ],
  notes: ['Xã C, 2026: 2 dòng/rows'],
};

const bad: CheckResult = {
  form,
  issues: [
    {
      file: 'h.xlsx',
      sheet: 'Hộ nghèo',
      cell: 'C12',
      row: 12,
      column: 'C',
      field: 'Số hộ nghèo',
      found: '"ba"',
      expected: { vi: 'một số nguyên không âm', en: 'a whole number' },
    },
  ],
  tables: [{ sheet: 'Hộ nghèo', title: 'KẾT QUẢ RÀ SOÁT', rows: 1 }],
  files: [],
  notes: [],
};

describe('a check as the page shows it', () => {
  it('a good file: no problems, its rows per table, what importing it would change', () => {
    const view = presentCheck(good, 'h.xlsx', 'vi');
    expect(view).toMatchObject({
      heading: 'Kết quả kiểm tra: h.xlsx',
      ok: true,
      summary: 'Không thấy lỗi nào.',
      form: 'Mẫu: Hộ nghèo, hộ cận nghèo.',
      tables: ['trang tính "Hộ nghèo" (KẾT QUẢ RÀ SOÁT): 2 dòng'],
      problems: [],
    });
    expect(view.changes?.map((c) => c.label)).toEqual([
      'tạo tệp disclosures/xa-c/ho-ngheo-2026.csv',
      'sửa tệp disclosures/xa-c/cong-khai.yaml',
    ]);
    expect(presentCheck(good, 'h.xlsx', 'en')).toMatchObject({
      summary: 'No problems found.',
      form: 'Form: Poor and near-poor households.',
      tables: ['sheet "Hộ nghèo" (KẾT QUẢ RÀ SOÁT): 2 rows'],
    });
  });

  it('a bad file: each problem with its cell, field, what was found and what was expected, in the reader’s language', () => {
    expect(presentCheck(bad, 'h.xlsx', 'vi')).toMatchObject({
      ok: false,
      summary: 'Có 1 lỗi cần sửa.',
      tables: ['trang tính "Hộ nghèo" (KẾT QUẢ RÀ SOÁT): 1 dòng'],
      changes: undefined,
      problems: [
        {
          place: 'Trang tính "Hộ nghèo", ô C12',
          field: 'Số hộ nghèo',
          found: '"ba"',
          expected: 'một số nguyên không âm',
        },
      ],
    });
    const en = presentCheck({ ...bad, issues: [bad.issues[0]!, bad.issues[0]!] }, 'h.xlsx', 'en');
    expect(en.summary).toBe('2 problems to correct.');
    expect(en.tables).toEqual(['sheet "Hộ nghèo" (KẾT QUẢ RÀ SOÁT): 1 row']);
    expect(en.problems[0]).toEqual({
      place: 'Sheet "Hộ nghèo", cell C12',
      field: 'Số hộ nghèo',
      found: '"ba"',
      expected: 'a whole number',
    });
  });

  it('a place without a cell: a row, a column, a sheet, the file it would write, the whole file', () => {
    const at = (place: object) => ({ file: 'h.xlsx', field: 'x', found: 'y', expected: { vi: '', en: '' }, ...place });
    expect(placeOf(at({ sheet: 'S', row: 4 }), 'vi')).toBe('Trang tính "S", hàng 4');
    expect(placeOf(at({ sheet: 'S', column: 'D' }), 'en')).toBe('Sheet "S", column D');
    expect(placeOf(at({ sheet: 'S' }), 'vi')).toBe('Trang tính "S"');
    expect(placeOf(at({ file: 'disclosures/xa-c/gop-y.yaml', line: 7 }), 'vi')).toBe(
      'Tệp sẽ ghi: disclosures/xa-c/gop-y.yaml, dòng 7',
    );
    expect(placeOf(at({ file: 'disclosures/xa-c/gop-y.yaml' }), 'en')).toBe(
      'The file it would write: disclosures/xa-c/gop-y.yaml',
    );
    expect(placeOf(at({}), 'en')).toBe('The whole file');
  });
});
