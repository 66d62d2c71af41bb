import { describe, expect, it } from 'vitest';
import { groupUnits, unitGroup } from './unit-groups.ts';

describe('unitGroup', () => {
  it('groups a unit by how its name starts', () => {
    expect(unitGroup('Tỉnh Quảng Trị')).toBe('tinh');
    expect(unitGroup('Thành phố Hà Nội')).toBe('tinh');
    expect(unitGroup('Thành phố Đông Hà')).toBe('huyen');
    expect(unitGroup('Thị xã Quảng Trị')).toBe('huyen');
    expect(unitGroup('Huyện Cam Lộ')).toBe('huyen');
    expect(unitGroup('Phường Đông Hà')).toBe('phuong');
    expect(unitGroup('Xã Cam Lộ')).toBe('xa');
    expect(unitGroup('Thị trấn Khe Sanh')).toBe('thi-tran');
  });

  it('an agency named after a place is an agency', () => {
    expect(unitGroup('Huyện ủy (chưa rõ tên), tỉnh Quảng Trị')).toBe('khac');
    expect(unitGroup('Sở Tư pháp tỉnh Quảng Trị')).toBe('khac');
    expect(unitGroup('Ủy ban nhân dân tỉnh Quảng Trị')).toBe('khac');
  });

  it('reads names however they were composed', () => {
    expect(unitGroup('Xã Cam Lộ'.normalize('NFD'))).toBe('xa');
  });
});

describe('groupUnits', () => {
  const names = [
    'Xã Cam Lộ',
    'Huyện Cam Lộ',
    'Phường Đông Hà',
    'Thành phố Đông Hà',
    'Sở Y tế tỉnh Quảng Trị',
    'Tỉnh Quảng Trị',
  ];

  it('lists every name by group, provinces first and agencies last', () => {
    expect(groupUnits(names)).toEqual([
      { group: 'tinh', names: ['Tỉnh Quảng Trị'] },
      { group: 'huyen', names: ['Huyện Cam Lộ', 'Thành phố Đông Hà'] },
      { group: 'phuong', names: ['Phường Đông Hà'] },
      { group: 'xa', names: ['Xã Cam Lộ'] },
      { group: 'khac', names: ['Sở Y tế tỉnh Quảng Trị'] },
    ]);
  });

  it('narrows to the names holding every word typed, with or without diacritics or đ', () => {
    expect(groupUnits(names, 'cam lo')).toEqual([
      { group: 'huyen', names: ['Huyện Cam Lộ'] },
      { group: 'xa', names: ['Xã Cam Lộ'] },
    ]);
    expect(groupUnits(names, '  DONG   ha ').flatMap((g) => g.names)).toEqual(['Thành phố Đông Hà', 'Phường Đông Hà']);
    expect(groupUnits(names, 'Đông Hà'.normalize('NFD')).flatMap((g) => g.names)).toHaveLength(2);
    expect(groupUnits(names, 'quang tri y te').flatMap((g) => g.names)).toEqual(['Sở Y tế tỉnh Quảng Trị']);
    expect(groupUnits(names, 'khong co')).toEqual([]);
  });

  it('matches the start of a word, not any part of one', () => {
    expect(groupUnits(names, 'ha').flatMap((g) => g.names)).toEqual(['Thành phố Đông Hà', 'Phường Đông Hà']);
    expect(groupUnits(names, 'lo').flatMap((g) => g.names)).toEqual(['Huyện Cam Lộ', 'Xã Cam Lộ']);
    expect(groupUnits(['Xã Hải Lệ (cũ)'], 'cu')).toHaveLength(1);
  });
});
