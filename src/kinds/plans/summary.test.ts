import { describe, expect, it } from 'vitest';
import type { Target } from './schema.ts';
import { periodLabel, sectionLabel, statusChart, statusSummary, targetLabel, weekendName } from './summary.ts';

describe('labels and sentences', () => {
  it('names periods in Vietnamese and English', () => {
    expect(periodLabel('2021-h1', 'vi')).toBe('6 tháng đầu năm 2021');
    expect(periodLabel('2021-q3', 'vi')).toBe('Quý III/2021');
    expect(periodLabel('2021-y', 'en')).toBe('Year 2021');
    expect(periodLabel('2024-m02', 'vi')).toBe('Tháng 2/2024');
    expect(periodLabel('2021-h2', 'vi')).toBe('6 tháng cuối năm 2021');
    expect(periodLabel('2021-h2', 'en')).toBe('Second half of 2021');
    expect(periodLabel('2021-q3', 'en')).toBe('Q3 2021');
    expect(periodLabel('2024-m02', 'en')).toBe('Month 2 2024');
  });
  it("names a weekend deadline's day, and none on a working day", () => {
    expect(weekendName('2021-06-20', 'vi')).toBe('Chủ nhật');
    expect(weekendName('2021-06-19', 'en')).toBe('Saturday');
    expect(weekendName('2021-06-21', 'vi')).toBeNull();
  });
  it('names sections with their part numeral', () => {
    expect(
      sectionLabel({ part: 'IV. TỔ CHỨC THỰC HIỆN', group: null, number: '8', heading: null, tasks: [] }, 0, 'vi'),
    ).toBe('Mục IV.8');
    expect(sectionLabel({ part: null, group: null, number: null, heading: null, tasks: [] }, 5, 'en')).toBe(
      'Section 6',
    );
    expect(sectionLabel({ part: null, group: null, number: '3', heading: null, tasks: [] }, 0, 'vi')).toBe('Mục 3');
  });
  it('writes targets with Vietnamese numbers', () => {
    expect(targetLabel({ text: '', comparator: 'range', value: 20, value_max: 25, unit: '%', year: null }, 'vi')).toBe(
      '20–25%',
    );
    expect(
      targetLabel({ text: '', comparator: 'at-least', value: 5, value_max: null, unit: 'bậc', year: 2021 }, 'vi'),
    ).toBe('≥ 5 bậc (2021)');
    expect(
      targetLabel({ text: '', comparator: 'exactly', value: 12.5, value_max: null, unit: '%', year: null }, 'vi'),
    ).toBe('12,50%');
    const top: Target = {
      text: '',
      comparator: 'top',
      value: 20,
      value_max: null,
      unit: 'tỉnh, thành phố',
      year: 2025,
    };
    expect(targetLabel(top, 'vi')).toBe('nhóm 20 tỉnh, thành phố đứng đầu (2025)');
    expect(targetLabel(top, 'en')).toBe('top 20 tỉnh, thành phố (2025)');
  });
  it('says how many tasks are in each state, tasks without report apart', () => {
    const counts = { 'chua-trien-khai': 1, 'dang-thuc-hien': 2, 'hoan-thanh': 3, 'qua-han': 1, none: 40 };
    expect(statusSummary(counts, 'vi')).toBe(
      '47 nhiệm vụ: 3 hoàn thành, 2 đang thực hiện, 1 chưa triển khai, 1 quá hạn, 40 chưa có báo cáo.',
    );
    const spec = statusChart(['Mục II.1'], [counts], 'vi');
    expect(spec.series.map((s) => [s.label, s.values[0]])).toEqual([
      ['Chưa triển khai', 1],
      ['Đang thực hiện', 2],
      ['Hoàn thành', 3],
      ['Quá hạn', 1],
      ['Chưa có báo cáo', 40],
    ]);
  });
});
