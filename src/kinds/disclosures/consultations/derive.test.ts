import { describe, expect, it } from 'vitest';
import { answerDays, consultationState, daysLeft } from './derive.ts';

describe('consultations and questions', () => {
  const c = { opens: '2025-12-01', closes: '2026-01-15' };
  it('is open between its dates, inclusive', () => {
    expect(consultationState(c, '2025-11-30')).toBe('upcoming');
    expect(consultationState(c, '2025-12-01')).toBe('open');
    expect(consultationState(c, '2026-01-15')).toBe('open');
    expect(consultationState(c, '2026-01-16')).toBe('closed');
    expect(daysLeft(c, '2025-12-31')).toBe(15);
    expect(daysLeft(c, '2026-02-01')).toBeNull();
  });
  it('counts the days an answer took, or has been waited for', () => {
    expect(answerDays({ asked: '2025-02-27', answered: '2025-03-03' }, '2025-12-31')).toEqual({ days: 4, answered: true });
    expect(answerDays({ asked: '2025-12-01', answered: null }, '2025-12-31')).toEqual({ days: 30, answered: false });
  });
});
