import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAdminUnits } from '../admin-units.ts';
import { root } from '../build-site.ts';
import { findProvince } from './find-province.ts';

const tables = readAdminUnits(join(root, 'content/national/admin-units'));
const code = (query: string) => {
  const found = findProvince(tables, query);
  return found.ok ? found.province.code : found.message;
};

describe('which 2025 province a person means', () => {
  it('by code, by name with or without diacritics, type word or capitals, or by slug', () => {
    for (const q of ['15', 'Lao Cai', 'lào cai', 'Tỉnh Lào Cai', 'LAO-CAI', '  lao   cai '])
      expect(code(q), q).toBe('15');
    expect(code('1')).toBe('01');
    expect(code('Thành phố Hồ Chí Minh')).toBe('79');
    expect(code('tp ho chi minh')).toBe('79');
    expect(code('Đắk Lắk')).toBe('66');
    expect(code('dak lak')).toBe('66');
    // Cao Bằng was not merged: its old and new provinces share name and code; today's is meant.
    expect(code('Cao Bằng')).toBe('04');
  });

  it('does not guess a province of before 1/7/2025 into its successor: it names the successor', () => {
    expect(code('Yên Bái')).toMatch(
      /Tỉnh Yên Bái \(mã 15\) là tỉnh trước 1\/7\/2025; nay thuộc Tỉnh Lào Cai \(mã 15\)/,
    );
    expect(code('45')).toMatch(/Tỉnh Quảng Trị \(mã 45\).*nay thuộc Tỉnh Quảng Trị \(mã 44\)/);
    expect(code('Quang Binh')).toMatch(/dùng "44"/);
  });

  it('says what it cannot find, with the 34 provinces to choose from', () => {
    const message = code('Sài Gòn');
    expect(message).toMatch(/^Không tìm thấy tỉnh "Sài Gòn" \/ No province "Sài Gòn"\./);
    expect(message).toContain('15 Tỉnh Lào Cai');
    expect(message.match(/; /g)).toHaveLength(33);
    expect(code('')).toMatch(/^Cần tên hoặc mã một tỉnh/);
    expect(code('99')).toMatch(/^Không có tỉnh mã 99/);
  });
});
