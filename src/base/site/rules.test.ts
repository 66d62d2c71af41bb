import { describe, expect, it } from 'vitest';
import { addYears, asOfRules } from './rules.ts';

const span = { earliest: '2021-05-10', latest: '2026-11-23' };

describe('addYears', () => {
  it('moves a day by whole years; 29 February falls on the 28th in a common year', () => {
    expect(addYears('2021-05-10', -1)).toBe('2020-05-10');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('asOfRules', () => {
  it('accepts a date from a year before the earliest document to a year after today or the latest content', () => {
    for (const asOf of ['2020-05-10', '2025-12-31', '2027-11-23', '2027-12-01'])
      expect(asOfRules(asOf, span, '2026-12-01', ['as_of'])).toEqual([]);
    expect(asOfRules('2028-11-23', span, '2027-11-23', ['as_of'])).toEqual([]);
  });

  it('a date years before the content looks wrong', () => {
    const [problem] = asOfRules('2020-05-09', span, '2026-12-01', ['as_of']);
    expect(problem).toMatchObject({ path: ['as_of'], found: '"2020-05-09"' });
    expect(problem!.expected.vi).toContain('có vẻ sai');
    expect(problem!.expected.vi).toContain('khó có thể đúng — kiểm tra lại');
    expect(problem!.expected.en).toContain('from 2020-05-10 to 2027-12-01');
  });

  it('a date decades ahead looks wrong', () => {
    const [problem] = asOfRules('2045-12-31', span, '2026-12-01', ['PORTAL_AS_OF']);
    expect(problem!.expected.en).toContain('looks wrong');
    expect(problem!.expected.en).toContain('no later than 2027-12-01');
  });

  it('without dated content, only the upper bound holds', () => {
    expect(asOfRules('1990-01-01', { earliest: null, latest: null }, '2026-12-01', ['as_of'])).toEqual([]);
    expect(asOfRules('2030-01-01', { earliest: null, latest: null }, '2026-12-01', ['as_of'])).toHaveLength(1);
  });
});
