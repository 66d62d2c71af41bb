/**
 * Reporting periods and their deadlines, from a plan's reporting cadence. Pure date logic on
 * ISO dates (YYYY-MM-DD) in the calendar, no time zones.
 *
 * Decisions, because the plans do not spell them out:
 * - "trước ngày 20/3" is read as "by 20 March": a report that arrives on the 20th is on time,
 *   one that arrives on the 21st is late. The plans use this phrase for the last day allowed.
 * - A deadline that falls on a Saturday or Sunday is NOT moved to the next working day. The
 *   Civil Code's rule that moves the end of a period to the next working day governs civil
 *   transactions; reporting regimes in administration (Decree 09/2019/NĐ-CP on reporting)
 *   fix the dates and expect reports sent ahead (electronically, any day). The page shows
 *   the weekday, so a reader sees when a deadline was a Sunday.
 * - A fixed deadline "02-29" falls on 28 February in a common year.
 * - A period ends on the last day of its last month (31/3, 30/6, 29/2 in a leap year).
 */
import type { PeriodKind, Reporting } from './schema.ts';

export interface Period {
  /** 2021-q1, 2021-h1, 2021-y, 2024-m02. */
  id: string;
  year: number;
  /** First and last day the period covers. */
  start: string;
  end: string;
  /** Deadline for its report; null when the plan states none (then it is never late). */
  due: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Last day of a month (1–12): 31, 30, 29 or 28. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Adds days to an ISO date (negative to go back). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}

/** A fixed "MM-DD" in a year; 29 February falls on the 28th in a common year. */
export function dayInYear(year: number, monthDay: string): string {
  const [m, d] = monthDay.split('-').map(Number) as [number, number];
  return isoOf(year, m, Math.min(d, lastDayOfMonth(year, m)));
}

/** First and last month of a period code (q1, h1, y, m02). */
function monthsOf(code: string): [number, number] {
  if (code === 'y') return [1, 12];
  if (code === 'h1') return [1, 6];
  if (code === 'h2') return [7, 12];
  if (code.startsWith('q')) {
    const q = Number(code.slice(1));
    return [q * 3 - 2, q * 3];
  }
  const m = Number(code.slice(1));
  return [m, m];
}

/** The period codes one entry of a cadence stands for in a year. */
function codesOf(kind: PeriodKind): string[] {
  if (kind === 'year') return ['y'];
  if (kind === 'quarter') return ['q1', 'q2', 'q3', 'q4'];
  if (kind === 'month') return Array.from({ length: 12 }, (_, i) => `m${pad(i + 1)}`);
  return [kind];
}

/** Start and end of a period id, e.g. "2024-q1" → 2024-01-01 … 2024-03-31. */
export function periodBounds(id: string): { year: number; start: string; end: string } {
  const [yearText, code] = id.split('-') as [string, string];
  const year = Number(yearText);
  const [first, last] = monthsOf(code);
  return { year, start: isoOf(year, first, 1), end: isoOf(year, last, lastDayOfMonth(year, last)) };
}

/**
 * Every period the cadence asks reports for, from `first` to `last` (or, when the plan is
 * open-ended, to the last period that has started by `asOf`), in order of their end.
 */
export function reportingPeriods(reporting: Reporting, asOf: string): Period[] {
  const firstEnd = periodBounds(reporting.first).end;
  const lastEnd = reporting.last ? periodBounds(reporting.last).end : null;
  const firstYear = periodBounds(reporting.first).year;
  const lastYear = reporting.last ? periodBounds(reporting.last).year : Number(asOf.slice(0, 4));
  const out: Period[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const entry of reporting.periods) {
      for (const code of codesOf(entry.kind)) {
        const id = `${year}-${code}`;
        const { start, end } = periodBounds(id);
        if (end < firstEnd || (lastEnd && end > lastEnd)) continue;
        if (!lastEnd && start > asOf) continue;
        const due = entry.due
          ? dayInYear(year, entry.due)
          : entry.due_days_after_end !== null
            ? addDays(end, entry.due_days_after_end)
            : null;
        out.push({ id, year, start, end, due });
      }
    }
  }
  // Same end (h1 and q2): the longer period first, as reports are filed.
  return out.sort((a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start));
}

export type Timeliness = 'on-time' | 'late' | 'missing' | 'not-due' | 'no-deadline' | 'filed-no-deadline';

/**
 * How a unit did for one period: a report on or before the deadline is on time, after it is
 * late; no report is "missing" once the deadline has passed by `asOf`, "not-due" before.
 * Without a deadline nothing is late or missing: a report is simply filed.
 */
export function timeliness(due: string | null, submitted: string | null, asOf: string): Timeliness {
  if (submitted !== null && submitted > asOf) submitted = null; // not yet filed as of the date
  if (due === null) return submitted === null ? 'no-deadline' : 'filed-no-deadline';
  if (submitted === null) return due < asOf ? 'missing' : 'not-due';
  return submitted <= due ? 'on-time' : 'late';
}
