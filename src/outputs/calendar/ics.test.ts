import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fold, toIcs } from './ics.ts';

const options = { host: 'x.example.org', site: 'https://x.example.org', name: 'Lịch công khai', stamp: '2025-12-31' };

describe('toIcs', () => {
  it('parses, with all-day and timed events in Viet Nam time', () => {
    const ics = toIcs(
      [
        {
          uid: 'han/q1',
          summary: 'Hạn báo cáo quý I; gửi Sở Nội vụ, qua Phòng Nội vụ',
          description: 'Dòng 1\nDòng 2',
          start: '2026-03-20',
          end: '2026-03-20',
          path: '/a/',
          categories: ['Hạn báo cáo'],
        },
        {
          uid: 'tiep-dan/1',
          summary: 'Tiếp công dân',
          description: 'Chủ tịch UBND xã tiếp',
          start: '2026-01-05',
          end: '2026-01-05',
          startTime: '07:30',
          endTime: '11:00',
          path: '/b/',
          categories: ['Tiếp công dân'],
          location: 'Trụ sở UBND xã',
        },
      ],
      options,
    );
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Tiếp công dân',
      'Hạn báo cáo quý I; gửi Sở Nội vụ, qua Phòng Nội vụ',
    ]);
    expect(events[1]!.startDate.isDate).toBe(true);
    expect(events[1]!.startDate.toString()).toBe('2026-03-20');
    expect(events[1]!.description).toBe('Dòng 1\nDòng 2');
    expect(events[0]!.startDate.toString()).toBe('2026-01-05T07:30:00');
    expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
  it('an empty calendar is valid', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs([], options)));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
  it('folds long Vietnamese lines without splitting a character', () => {
    const folded = fold(`SUMMARY:${'Ủy ban nhân dân '.repeat(10)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'Ủy ban nhân dân '.repeat(10)}`);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes every line break as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('1\r\n2\n3\r4')).toBe('1\\n2\\n3\\n4');
  });
  it('drops control characters (tab aside) and characters XML forbids', () => {
    expect(escapeText('a\u0000b\u0001c\u001Fd\u007Fe\uFFFEf\uFFFFg\uD800h\ti')).toBe('abcdefgh\ti');
  });
  it('keeps the calendar valid when every text holds control characters, a bare CR and TEXT specials', () => {
    const nasty = 'A\u0001\u000B\uFFFE\uD800 x\ry\r\nz\nw ; , \\ < & end';
    const ics = toIcs(
      [
        {
          uid: nasty,
          summary: nasty,
          description: nasty,
          start: '2026-03-20',
          end: '2026-03-20',
          path: '/a/',
          categories: [nasty, 'Hạn'],
          location: nasty,
        },
      ],
      { ...options, name: nasty },
    );
    // A CR only ever ends a line, and no other control character is written.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\r/);
    // eslint-disable-next-line no-control-regex
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const kept = 'A x\ny\nz\nw ; , \\ < & end';
    expect(event!.summary).toBe(kept);
    expect(event!.description).toBe(kept);
    expect(event!.location).toBe(kept);
    expect(event!.component.getFirstProperty('categories')?.getValues()).toEqual([kept, 'Hạn']);
    // ical.js leaves an X- property as written; calendar apps read it as TEXT.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('A x\\ny\\nz\\nw \\; \\, \\\\ < & end');
  });
});
