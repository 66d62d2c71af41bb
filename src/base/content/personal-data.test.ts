import { describe, expect, it } from 'vitest';
import { findPersonalData, isOfficePhone } from './personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => m.kind);

describe('personal data in public text', () => {
  it('finds identity numbers: CCCD with or without groups, CMND', () => {
    expect(kinds('Ông A, CCCD 044095001234, thôn 1')).toEqual(['identity-number']);
    expect(kinds('số 044 095 001 234')).toEqual(['identity-number']);
    expect(kinds('CMND: 197123456')).toEqual(['identity-number']);
  });
  it('finds mobile numbers in every usual form', () => {
    for (const phone of ['0912345678', '0912 345 678', '091.234.5678', '+84 912 345 678', '+84912345678', '0388-123-456']) {
      expect(kinds(`liên hệ ${phone}.`), phone).toEqual(['mobile-phone']);
    }
  });
  it('leaves alone landlines, hotlines, amounts, dates and document numbers', () => {
    for (const text of [
      'Văn phòng UBND: 0233 3852 111',
      '(0233) 3.852.111',
      'Đường dây nóng 1022',
      'Tổng thu 12.345,6 triệu đồng; 1.234.567.890 đồng',
      'ngày 2025-12-31, Quyết định 1234/QĐ-UBND',
      'mã 19333, diện tích 12,5 ha, 45 hộ',
      '12345678', // 8 digits: neither CMND nor a phone
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });
  it('masks what it found, so the error message does not repeat the number', () => {
    expect(findPersonalData('0912345678')[0]!.masked).toBe('•••••••678');
  });
});

describe('office phone fields', () => {
  it('take a landline or a hotline', () => {
    expect(isOfficePhone('0233 3852 111')).toBe(true);
    expect(isOfficePhone('(0233) 3.852.111')).toBe(true);
    expect(isOfficePhone('+84 233 3852 111')).toBe(true);
    expect(isOfficePhone('1022')).toBe(true);
    expect(isOfficePhone('1900 1234')).toBe(true);
  });
  it('refuse a mobile number or a short fragment', () => {
    expect(isOfficePhone('0912 345 678')).toBe(false);
    expect(isOfficePhone('+84 912 345 678')).toBe(false);
    expect(isOfficePhone('3852111')).toBe(false);
  });
});
