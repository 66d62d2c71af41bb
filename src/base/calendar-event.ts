/**
 * Calendar events the portal publishes as iCalendar (RFC 5545): reporting deadlines,
 * consultation windows, citizen-reception days. Slices contribute them through
 * src/outputs/calendar/registry.ts.
 */
export interface CalendarEvent {
  /** Stable unique id, e.g. "han-bao-cao/bg-2021/2026-q1"; the calendar makes it globally unique. */
  uid: string;
  summary: string;
  description: string;
  /** First day (YYYY-MM-DD). */
  start: string;
  /** Last day, inclusive (YYYY-MM-DD); the same as start for a one-day event. */
  end: string;
  /** Time of day for timed events (reception hours): "07:30"–"11:00", Viet Nam time. */
  startTime?: string;
  endTime?: string;
  /** Path of the page about it. */
  path: string;
  categories: string[];
  location?: string;
  /**
   * For a schedule that repeats (a commune's reception days): on which weekdays or days of the
   * month, until which day (inclusive; null while it applies). `start` is then the first day it
   * happens on, and the times are those of each day.
   */
  repeat?: Repeat;
}

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

export type Repeat = { weekly: Weekday[]; until: string | null } | { monthly: number[]; until: string | null };
