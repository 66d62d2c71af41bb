import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { allResultsDataset, subDimensionRows } from './datasets.ts';

describe('the all-results PAPI dataset', () => {
  const portal = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
  const data = allResultsDataset(portal.papi, portal.asOf);
  const row = (year: number, name: string) => data.rows.find((r) => r.nam === year && r.tinh === name);

  it('has one row per province and survey year, and no embed', () => {
    expect(data.rows).toHaveLength(portal.papi.provinces.length * portal.papi.years.length);
    expect(data.embed).toBe(false);
  });

  it('carries the published figures: Quảng Trị 2020 44,77, 6th of 63; Bắc Giang 2019 4th', () => {
    expect(row(2020, 'Tỉnh Quảng Trị')).toMatchObject({ hang: 6, so_tinh_xep_hang: 63 });
    expect((row(2020, 'Tỉnh Quảng Trị')?.tong_diem as number).toFixed(2)).toBe('44.77');
    expect(row(2019, 'Tỉnh Bắc Giang')).toMatchObject({ hang: 4 });
  });

  it('leaves gaps empty, never 0: Bắc Giang 2021, and dimensions 7 and 8 before 2018', () => {
    expect(row(2021, 'Tỉnh Bắc Giang')).toMatchObject({ tong_diem: null, hang: null, nhom: null });
    expect(row(2017, 'Tỉnh Quảng Trị')).toMatchObject({ d7: null, d8: null });
    expect(row(2018, 'Tỉnh Quảng Trị')?.d8).toEqual(expect.any(Number));
  });
});

describe("a province-year's sub-dimension rows", () => {
  it("are the rows of that year only, with that year's names", () => {
    const rows = [
      { nam: 2017, ma: 'SC21', ten: 'Danh sách hộ nghèo' },
      { nam: 2018, ma: 'SC21', ten: 'Tiếp cận thông tin' },
      { nam: 2018, ma: 'SC24', ten: 'Công khai quy hoạch' },
    ];
    expect(subDimensionRows({ rows }, 2018).map((r) => r.ma)).toEqual(['SC21', 'SC24']);
    expect(subDimensionRows({ rows }, 2018)[0]!.ten).toBe('Tiếp cận thông tin');
    expect(subDimensionRows({ rows }, 2024)).toEqual([]);
  });
});
