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
}
