import { describe, expect, it } from 'vitest';
import type { Row } from '../../base/dataset.ts';
import type { PapiData } from './model.ts';
import { rowAttributes, sortKeys, sortLabel, sortPath, sortRows } from './ranking.ts';

describe("a year's sorted views", () => {
  it('offers rank, name and each dimension measured that year', () => {
    expect(sortKeys(6)).toEqual(['hang', 'tinh', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    expect(sortKeys(8)).toHaveLength(10);
  });
  it('puts the ranking by rank on the year page, the others under theo/', () => {
    expect(sortPath(2020, 'hang')).toBe('/papi/2020/');
    expect(sortPath(2020, 'tinh')).toBe('/papi/2020/theo/tinh/');
    expect(sortPath(2017, 'd6')).toBe('/papi/2017/theo/d6/');
  });
  it('says what a view is sorted by', () => {
    const keys = ['hang', 'tinh', 'd3'];
    expect(keys.map((k) => sortLabel(k, 'vi'))).toEqual(['Tổng điểm', 'tên tỉnh', 'nội dung 3']);
    expect(keys.map((k) => sortLabel(k, 'en'))).toEqual(['Total', 'province name', 'dimension 3']);
  });
});

describe('sorting the rows of a year', () => {
  const rows: Row[] = [
    { hang: 1, tinh: 'Tỉnh Đắk Lắk', d1: 5 },
    { hang: 2, tinh: 'Tỉnh An Giang', d1: null },
    { hang: 3, tinh: 'Tỉnh Bắc Giang', d1: 6 },
    { hang: null, tinh: 'Tỉnh Cà Mau', d1: 4 },
  ];
  const names = (r: Row[]) => r.map((x) => x.tinh);
  it('keeps the dataset order (by rank) for the rank', () => {
    expect(sortRows(rows, 'hang')).toBe(rows);
  });
  it('sorts names the Vietnamese way (Đ after D, not after Z)', () => {
    expect(names(sortRows(rows, 'tinh'))).toEqual(['Tỉnh An Giang', 'Tỉnh Bắc Giang', 'Tỉnh Cà Mau', 'Tỉnh Đắk Lắk']);
  });
  it('sorts a dimension highest first, with gaps last, and leaves the rows it was given alone', () => {
    expect(names(sortRows(rows, 'd1'))).toEqual(['Tỉnh Bắc Giang', 'Tỉnh Đắk Lắk', 'Tỉnh Cà Mau', 'Tỉnh An Giang']);
    expect(names(rows)[0]).toBe('Tỉnh Đắk Lắk');
  });
});

describe("a row's attributes", () => {
  it('anchor the row by slug and name the 2025 province it belongs to', () => {
    const papi = {
      provinces: [
        {
          code: '45',
          name_vi: 'Tỉnh Quảng Trị',
          slug: 'quang-tri',
          successor: { code: '44', name_vi: 'Tỉnh Quảng Trị', slug: 'quang-tri' },
        },
        { code: '01', name_vi: 'Thành phố Hà Nội', slug: 'ha-noi', successor: null },
      ],
    } satisfies Pick<PapiData, 'provinces'>;
    const attrs = rowAttributes(papi);
    expect(attrs({ ma_tinh: '45' })).toEqual({ id: 'p-quang-tri', 'data-successor': 'quang-tri' });
    expect(attrs({ ma_tinh: '01' })).toEqual({ id: 'p-ha-noi', 'data-successor': '' });
  });
});
