import { describe, expect, it } from 'vitest';
import { gridOf } from '../../../base/sheets/grid.ts';
import { findTable } from '../../../base/sheets/table.ts';
import { shortCode } from './derive.ts';
import { budgetForm } from './sheet.ts';

const lines = budgetForm.tables[0]!;

describe('the budget form', () => {
  it('reads a generic "Ước thực hiện" column as the period the title names', () => {
    const grid = gridOf('a.xlsx', 'Sheet1', [
      ['BÁO CÁO THỰC HIỆN NGÂN SÁCH XÃ 6 THÁNG ĐẦU NĂM 2025'],
      ['STT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện', 'So sánh (%)'],
      ['A', 'Tổng thu', 100, 40, 40],
    ]);
    const found = findTable(grid, lines)!;
    expect(Object.fromEntries(found.columns)).toEqual({ code: 1, name: 2, estimate: 3, exec_6m: 4 });
    expect(found.dataRows).toEqual([3]);
  });

  it('shows a detail line imported from "-" as "-" on the page', () => {
    expect(shortCode('A.II.g2')).toBe('-');
    expect(shortCode('A.I.1')).toBe('1');
  });
});
