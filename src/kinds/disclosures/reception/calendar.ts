/**
 * A commune's citizen-reception days (lịch tiếp công dân) as repeating calendar events: "Thứ Năm
 * hằng tuần" is every Thursday, "Ngày 10 và 25 hằng tháng" the 10th and 25th of each month, at
 * each time range the schedule gives, from the day it applies until it ends. A day written
 * otherwise is left out of the calendar (the commune's page still shows it): it is never guessed.
 */
import type { CalendarEvent, Repeat, Weekday } from '../../../base/calendar-event.ts';
import { routes } from '../../../base/routes.ts';
import { shownPhone } from '../../../base/contact/show.ts';
import { markSample } from '../../../base/sample.ts';
import { withoutMarks } from '../../../base/text.ts';
import { communeSections, type CommuneDisclosures } from '../model.ts';
import { timeRanges } from './rules.ts';

/** Vietnamese weekday names (marks removed, lower case) → iCalendar's. */
const WEEKDAYS: [RegExp, Weekday][] = [
  [/\bthu hai\b|\bthu 2\b/, 'MO'],
  [/\bthu ba\b|\bthu 3\b/, 'TU'],
  [/\bthu tu\b|\bthu 4\b/, 'WE'],
  [/\bthu nam\b|\bthu 5\b/, 'TH'],
  [/\bthu sau\b|\bthu 6\b/, 'FR'],
  [/\bthu bay\b|\bthu 7\b/, 'SA'],
  [/\bchu nhat\b/, 'SU'],
];

/** "Thứ Năm hằng tuần" → weekly on Thursdays; "Ngày 10 và 25 hằng tháng" → monthly on the 10th and 25th; else null. */
export function receptionRepeat(dayText: string, until: string | null): Repeat | null {
  const text = withoutMarks(dayText.normalize('NFC')).toLowerCase();
  if (/\b(hang|moi) tuan\b/.test(text)) {
    const days = WEEKDAYS.filter(([re]) => re.test(text)).map(([, d]) => d);
    return days.length ? { weekly: days, until } : null;
  }
  if (/\b(hang|moi) thang\b/.test(text)) {
    const m = /\bngay ((?:\d{1,2}(?:\s*(?:,|va)\s*)?)+)/.exec(text);
    const days = m ? [...m[1]!.matchAll(/\d{1,2}/g)].map((d) => Number(d[0])) : [];
    return days.length && days.every((d) => d >= 1 && d <= 31) ? { monthly: [...new Set(days)], until } : null;
  }
  return null;
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The first day on or after `from` the rule falls on (within a year; none for a day no month has). */
export function firstOccurrence(repeat: Repeat, from: string): string | null {
  for (let i = 0; i < 366; i++) {
    const date = addDays(from, i);
    const d = new Date(`${date}T00:00:00Z`);
    if (
      'weekly' in repeat ? repeat.weekly.includes(WEEKDAY_OF[d.getUTCDay()]!) : repeat.monthly.includes(d.getUTCDate())
    )
      return date;
  }
  return null;
}
const WEEKDAY_OF: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const hhmm = (t: { hour: number; minute: number }) =>
  `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** Every reception day of the communes' schedules published by the as-of date, one event per day rule and time range. */
export function receptionEvents(
  disclosures: CommuneDisclosures[],
  communeName: (id: string) => string,
  asOf: string,
): CalendarEvent[] {
  return disclosures.flatMap((d) =>
    d.info.reception
      .filter((r) => r.published <= asOf)
      .flatMap((r, i) =>
        r.schedule.flatMap((s, k) => {
          const repeat = receptionRepeat(s.day, r.valid_to);
          const start = repeat && firstOccurrence(repeat, r.valid_from);
          if (!repeat || !start || (r.valid_to !== null && start > r.valid_to)) return [];
          const name = communeName(d.commune);
          const phone = shownPhone(s.office_phone, d.info.sample);
          return timeRanges(s.time).map((range, t) => ({
            uid: `tiep-cong-dan/${d.commune}/${i + 1}-${k + 1}-${t + 1}`,
            summary: markSample(d.info.sample, `Tiếp công dân: ${s.person_title} – ${name}`),
            description: `${s.day}, ${s.time}. ${s.person_title} tiếp công dân tại ${s.place}.${phone ? ` Điện thoại: ${phone}.` : ''}`,
            start,
            end: start,
            startTime: hhmm(range.start),
            endTime: hhmm(range.end),
            path: routes.communeAnchor(d.commune, communeSections.reception),
            categories: ['Tiếp công dân'],
            location: `${s.place}, ${name}`,
            repeat,
          }));
        }),
      ),
  );
}
