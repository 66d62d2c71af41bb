import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../outputs/calendar/ics.ts';
import { loadPortal } from '../../../portal.ts';
import { calendarEvents } from '../../../outputs/calendar/registry.ts';
import { firstOccurrence, receptionRepeat } from './calendar.ts';

describe('reception days as a repeating rule', () => {
  it('reads the weekday and month-day forms the schedules use, and nothing else', () => {
    expect(receptionRepeat('Thứ Năm hằng tuần', null)).toEqual({ weekly: ['TH'], until: null });
    expect(receptionRepeat('Thứ Hai và Thứ Sáu hàng tuần', '2026-06-30')).toEqual({
      weekly: ['MO', 'FR'],
      until: '2026-06-30',
    });
    expect(receptionRepeat('Ngày 10 và 25 hằng tháng', null)).toEqual({ monthly: [10, 25], until: null });
    expect(receptionRepeat('ngay 5, 15 va 25 hang thang', null)).toEqual({ monthly: [5, 15, 25], until: null });
    // Not understood: left out of the calendar rather than guessed.
    expect(receptionRepeat('Theo lịch của Ban Tiếp công dân', null)).toBeNull();
    expect(receptionRepeat('Ngày 32 hằng tháng', null)).toBeNull();
    expect(receptionRepeat('Thứ Năm tuần đầu tiên của tháng', null)).toBeNull();
  });

  it('starts on the first day the rule falls on from the day the schedule applies', () => {
    // 1 July 2025 was a Tuesday.
    expect(firstOccurrence({ weekly: ['TH'], until: null }, '2025-07-01')).toBe('2025-07-03');
    expect(firstOccurrence({ monthly: [10, 25], until: null }, '2025-07-01')).toBe('2025-07-10');
    expect(firstOccurrence({ monthly: [10, 25], until: null }, '2025-07-11')).toBe('2025-07-25');
  });
});

describe('the reception days in /lich.ics', () => {
  const qt = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
  const events = calendarEvents(qt).filter((e) => e.uid.startsWith('tiep-cong-dan/'));

  it("are there for every commune's schedule, sample data marked as on every page", () => {
    const communes = qt.disclosures.filter((d) => d.info.reception.some((r) => r.published <= qt.asOf));
    expect(communes.length).toBeGreaterThan(0);
    for (const d of communes) expect(events.some((e) => e.uid.startsWith(`tiep-cong-dan/${d.commune}/`))).toBe(true);
    for (const e of events) {
      expect(e.summary).toMatch(/^\[Dữ liệu minh họa\] Tiếp công dân: /);
      expect(e.path).toMatch(/^\/cong-khai\/[a-z0-9-]+\/#tiep-cong-dan$/);
    }
  });

  it('expand, in a calendar reader, to the Thursdays and the 10th and 25th, at the schedule’s hours', () => {
    const text = toIcs(calendarEvents(qt), { host: 'x.example.vn', site: null, name: 'Thử', stamp: qt.asOf });
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const dong = vevents.filter((v) =>
      String(v.getFirstPropertyValue('uid')).startsWith('tiep-cong-dan/phuong-dong-ha/'),
    );
    expect(dong).toHaveLength(2);
    const next = (v: ICAL.Component, n: number) => {
      const it = new ICAL.Event(v).iterator();
      return Array.from({ length: n }, () => it.next()!.toString());
    };
    const [weekly, monthly] = dong.sort((a, b) =>
      String(a.getFirstPropertyValue('uid')).localeCompare(String(b.getFirstPropertyValue('uid'))),
    );
    expect(next(weekly!, 3)).toEqual(['2025-07-03T07:30:00', '2025-07-10T07:30:00', '2025-07-17T07:30:00']);
    expect(next(monthly!, 3)).toEqual(['2025-07-10T13:30:00', '2025-07-25T13:30:00', '2025-08-10T13:30:00']);
    // Without the portal's address, no URL is given (never a made-up one).
    expect(text).not.toMatch(/^URL:/m);
  });
});
