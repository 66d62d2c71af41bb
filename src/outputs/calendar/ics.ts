/** iCalendar text (RFC 5545): CRLF lines folded at 75 octets, text values escaped. */
import type { CalendarEvent } from '../../base/calendar-event.ts';
import { withoutForbiddenCharacters } from '../../base/content/characters.ts';

/**
 * The one escaping of a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a
 * backslash; every line break — CRLF, LF or a bare CR — becomes "\n", because a raw CR would
 * end the content line early and break the calendar for every subscriber. Other control
 * characters (tab aside) are not allowed in TEXT and are dropped, as are characters XML
 * forbids, which content never holds anyway.
 */
export function escapeText(s: string): string {
  return (
    withoutForbiddenCharacters(s)
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (iso: string) => iso.replace(/-/g, '');

/** RRULE of a repeating event; UNTIL, with times in Viet Nam (UTC+7), is the end of its last day in UTC. */
function rrule(repeat: NonNullable<CalendarEvent['repeat']>, timed: boolean): string {
  const rule =
    'weekly' in repeat
      ? `FREQ=WEEKLY;BYDAY=${repeat.weekly.join(',')}`
      : `FREQ=MONTHLY;BYMONTHDAY=${repeat.monthly.join(',')}`;
  if (!repeat.until) return `RRULE:${rule}`;
  return `RRULE:${rule};UNTIL=${day(repeat.until)}${timed ? 'T165959Z' : ''}`;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface CalendarOptions {
  /** Host of the site, to make uids globally unique. */
  host: string;
  /** Absolute base URL for event links; null while the portal's address is to be filled (no URL is given then). */
  site: string | null;
  name: string;
  /** Stamp of every event (the as-of date), so that a rebuild of the same content is identical. */
  stamp: string;
}

export function toIcs(events: CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${options.host}//Lich cong khai//VI`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    // Viet Nam has had no daylight saving since 1975: one fixed offset describes it.
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Ho_Chi_Minh',
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:ICT',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  for (const e of sorted) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}@${options.host}`, `DTSTAMP:${day(options.stamp)}T000000Z`);
    if (e.startTime && e.endTime) {
      lines.push(
        `DTSTART;TZID=Asia/Ho_Chi_Minh:${day(e.start)}T${e.startTime.replace(':', '')}00`,
        `DTEND;TZID=Asia/Ho_Chi_Minh:${day(e.end)}T${e.endTime.replace(':', '')}00`,
      );
    } else {
      lines.push(`DTSTART;VALUE=DATE:${day(e.start)}`, `DTEND;VALUE=DATE:${day(nextDay(e.end))}`);
    }
    if (e.repeat) lines.push(rrule(e.repeat, Boolean(e.startTime && e.endTime)));
    lines.push(`SUMMARY:${escapeText(e.summary)}`, `DESCRIPTION:${escapeText(e.description)}`);
    if (options.site) lines.push(`URL:${new URL(e.path, options.site).href}`);
    if (e.categories.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
