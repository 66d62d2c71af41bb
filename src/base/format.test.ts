import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format.ts';

describe('formatNumber', () => {
  it('writes Vietnamese decimals with a comma and thousands with a dot', () => {
    expect(formatNumber(44.7656, 'vi', 2)).toBe('44,77');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
  });
  it('writes English decimals with a point', () => {
    expect(formatNumber(44.7656, 'en', 2)).toBe('44.77');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});

describe('formatDate', () => {
  it('writes day/month/year without leading zeros in Vietnamese', () => {
    expect(formatDate('2024-03-20', 'vi')).toBe('20/3/2024');
    expect(formatDate('2019-07-05', 'vi')).toBe('5/7/2019');
  });
  it('writes the month name in English', () => {
    expect(formatDate('2024-02-29', 'en')).toBe('29 February 2024');
  });
});
