import { describe, expect, it } from 'vitest';
import { BLANK, issuerLines, placeAndDate, placeName } from './notice.ts';

describe('an official notice heading', () => {
  it('names the issuing committee under its superior, in capitals with their marks', () => {
    expect(issuerLines({ unit: 'Xã Cam Lộ', parent: 'Tỉnh Quảng Trị' })).toEqual([
      'UBND TỈNH QUẢNG TRỊ',
      'UBND XÃ CAM LỘ',
    ]);
    expect(issuerLines({ unit: 'Đặc khu Cồn Cỏ', parent: 'Tỉnh Quảng Trị' })[1]).toBe('UBND ĐẶC KHU CỒN CỎ');
    expect(issuerLines({ unit: 'Tỉnh Quảng Trị', parent: null })).toEqual(['UBND TỈNH QUẢNG TRỊ']);
  });

  it('dates the notice at the place without its kind of unit', () => {
    expect(placeName('Xã Cam Lộ')).toBe('Cam Lộ');
    expect(placeName('Phường Đông Hà')).toBe('Đông Hà');
    expect(placeName('Thị trấn Ái Tử')).toBe('Ái Tử');
    expect(placeName('Phường 1')).toBe('1');
    expect(placeName('Xã')).toBe('Xã');
  });

  it('writes the date as the decree does, or leaves it to be filled in by hand', () => {
    expect(placeAndDate('Cam Lộ', '2026-01-05', 'vi')).toBe('Cam Lộ, ngày 05 tháng 01 năm 2026');
    expect(placeAndDate('Cam Lộ', '2025-12-20', 'vi')).toBe('Cam Lộ, ngày 20 tháng 12 năm 2025');
    expect(placeAndDate('Cam Lộ', '2025-03-09', 'vi')).toBe('Cam Lộ, ngày 09 tháng 3 năm 2025');
    expect(placeAndDate('Cam Lộ', null, 'vi')).toBe(`Cam Lộ, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
    expect(placeAndDate('Cam Lộ', '2025-03-09', 'en')).toBe('Cam Lộ, 9 March 2025');
    expect(placeAndDate('Cam Lộ', null, 'en')).toBe(`Cam Lộ, date ${BLANK}`);
  });
});
