import { describe, expect, it } from 'vitest';
import { daysBetween } from './dates.ts';

describe('daysBetween', () => {
  it('counts calendar days, across month ends and 29 February', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });
  it('is negative when the second date is earlier, and 0 on the same day', () => {
    expect(daysBetween('2025-03-21', '2025-03-20')).toBe(-1);
    expect(daysBetween('2025-03-20', '2025-03-20')).toBe(0);
  });
});
