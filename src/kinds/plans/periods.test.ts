import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayInYear,
  isWeekend,
  lastDayOfMonth,
  periodBounds,
  reportingPeriods,
  timeliness,
  weekday,
} from './periods.ts';
import type { Reporting } from './schema.ts';

const cadence = (over: Partial<Reporting>): Reporting => ({
  text: 'x',
  section: null,
  to: null,
  first: '2021-h1',
  last: null,
  periods: [],
  note_vi: null,
  note_en: null,
  ...over,
});

describe('month ends and 29 February', () => {
  it('knows the last day of every kind of month', () => {
    expect([1, 2, 3, 4, 6, 9, 11, 12].map((m) => lastDayOfMonth(2023, m))).toEqual([31, 28, 31, 30, 30, 30, 30, 31]);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
  });
  it('ends a period on the last day of its last month', () => {
    expect(periodBounds('2024-q1')).toEqual({ year: 2024, start: '2024-01-01', end: '2024-03-31' });
    expect(periodBounds('2021-h1').end).toBe('2021-06-30');
    expect(periodBounds('2024-m02').end).toBe('2024-02-29');
    expect(periodBounds('2023-m02').end).toBe('2023-02-28');
    expect(periodBounds('2021-y').end).toBe('2021-12-31');
  });
  it('moves a 29 February deadline to the 28th in a common year', () => {
    expect(dayInYear(2024, '02-29')).toBe('2024-02-29');
    expect(dayInYear(2023, '02-29')).toBe('2023-02-28');
  });
  it('counts days after a month end across February', () => {
    expect(addDays('2024-01-31', 29)).toBe('2024-02-29');
    expect(addDays('2023-01-31', 29)).toBe('2023-03-01');
    const monthly = reportingPeriods(
      cadence({ first: '2024-m01', last: '2024-m03', periods: [{ kind: 'month', due: null, due_days_after_end: 5 }] }),
      '2025-01-01',
    );
    expect(monthly.map((p) => [p.id, p.end, p.due])).toEqual([
      ['2024-m01', '2024-01-31', '2024-02-05'],
      ['2024-m02', '2024-02-29', '2024-03-05'],
      ['2024-m03', '2024-03-31', '2024-04-05'],
    ]);
  });
});

describe('reporting periods of a cadence', () => {
  const bacGiang = cadence({
    first: '2021-h1',
    periods: [
      { kind: 'q1', due: '03-20', due_days_after_end: null },
      { kind: 'h1', due: '06-20', due_days_after_end: null },
      { kind: 'q3', due: null, due_days_after_end: null },
      { kind: 'year', due: '11-30', due_days_after_end: null },
    ],
  });
  it('starts at the first period and runs to the last period begun by the as-of date when the plan is open-ended', () => {
    const periods = reportingPeriods(bacGiang, '2022-07-01');
    expect(periods.map((p) => p.id)).toEqual([
      '2021-h1',
      '2021-q3',
      '2021-y',
      '2022-q1',
      '2022-h1',
      '2022-q3',
      '2022-y',
    ]);
    expect(periods.find((p) => p.id === '2021-y')?.due).toBe('2021-11-30');
    expect(periods.find((p) => p.id === '2021-q3')?.due).toBeNull();
  });
  it('stops at the last period when the plan names one', () => {
    const periods = reportingPeriods({ ...bacGiang, last: '2021-y' }, '2025-12-31');
    expect(periods.map((p) => p.id)).toEqual(['2021-h1', '2021-q3', '2021-y']);
  });
});

describe('deadlines on a weekend are not moved', () => {
  it('20 June 2021 was a Sunday, and stays the deadline', () => {
    expect(weekday('2021-06-20')).toBe(0);
    expect(isWeekend('2021-06-20')).toBe(true);
    const [h1] = reportingPeriods(
      cadence({ periods: [{ kind: 'h1', due: '06-20', due_days_after_end: null }] }),
      '2021-12-31',
    );
    expect(h1?.due).toBe('2021-06-20');
  });
  it('a report filed on the Monday after a Sunday deadline is late', () => {
    expect(timeliness('2021-06-20', '2021-06-21', '2021-12-31')).toBe('late');
  });
});

describe('on time, late, missing', () => {
  it('a report filed on the deadline day is on time', () => {
    expect(timeliness('2021-11-30', '2021-11-30', '2021-12-31')).toBe('on-time');
  });
  it('a report filed the day after the deadline is late', () => {
    expect(timeliness('2021-03-20', '2021-03-21', '2021-12-31')).toBe('late');
  });
  it('no report is missing only once the deadline has passed', () => {
    expect(timeliness('2021-06-20', null, '2021-06-21')).toBe('missing');
    expect(timeliness('2021-06-20', null, '2021-06-20')).toBe('not-due');
  });
  it('a report filed after the as-of date does not count yet', () => {
    expect(timeliness('2021-06-20', '2021-06-19', '2021-06-18')).toBe('not-due');
  });
  it('without a stated deadline nothing is late or missing', () => {
    expect(timeliness(null, null, '2030-01-01')).toBe('no-deadline');
    expect(timeliness(null, '2021-07-15', '2030-01-01')).toBe('filed-no-deadline');
  });
});
