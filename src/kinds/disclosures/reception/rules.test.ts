import { describe, expect, it } from 'vitest';
import { receptionProblems, timeProblem, timeRanges } from './rules.ts';
import type { Hotline, Reception } from './schema.ts';

const entry = (day: string, time: string, person_title = 'Chủ tịch UBND xã') => ({
  day,
  time,
  person_title,
  place: 'Phòng tiếp công dân',
  office_phone: '0233 3000 101',
});

const reception = (over: Partial<Reception> = {}): Reception => ({
  valid_from: '2025-07-01',
  valid_to: null,
  published: '2025-07-05',
  schedule: [
    entry('Thứ Năm hằng tuần', '7 giờ 30 – 11 giờ 00'),
    entry('Ngày 10 và 25 hằng tháng', '13 giờ 30 – 16 giờ 30', 'Phó Chủ tịch UBND xã'),
  ],
  ...over,
});

const hotline = (name: string): Hotline => ({ name, phone: '0233 3000 101', hours: 'Giờ hành chính' });

describe('time ranges of a schedule', () => {
  it('are read in the ways schedules write them', () => {
    const at = (time: string) =>
      timeRanges(time).map((r) => [r.start, r.end].map((t) => `${t.hour}:${t.minute}`).join('-'));
    expect(at('7 giờ 30 – 11 giờ 00')).toEqual(['7:30-11:0']);
    expect(at('Sáng từ 7h30 đến 11h, chiều từ 13g30 tới 17g')).toEqual(['7:30-11:0', '13:30-17:0']);
    expect(at('07:30-11:30')).toEqual(['7:30-11:30']);
    expect(at('7 giờ 30 phút đến 11 giờ')).toEqual(['7:30-11:0']);
    expect(at('Giờ hành chính')).toEqual([]);
  });
  it('accept a range that ends after it starts, or on the twelve-hour clock', () => {
    expect(timeProblem('7 giờ 30 – 11 giờ 00')).toBeNull();
    expect(timeProblem('Sáng 7 giờ 30 – 11 giờ, chiều 1 giờ 30 – 4 giờ 30')).toBeNull();
    expect(timeProblem('10 giờ – 2 giờ chiều')).toBeNull();
    expect(timeProblem('Cả ngày thứ Năm')).toBeNull();
  });
  it('name a range that ends before or when it starts, and a time that does not exist', () => {
    expect(timeProblem('11 giờ 00 – 7 giờ 30')?.vi).toContain(
      'giờ kết thúc sau giờ bắt đầu; trong "11 giờ 00 – 7 giờ 30"',
    );
    expect(timeProblem('7 giờ 30 – 7 giờ 30')?.en).toContain('an end time after the start time');
    expect(timeProblem('7 giờ 30 – 25 giờ')?.en).toContain('real times of day');
    expect(timeProblem('7 giờ 75 – 11 giờ')?.en).toContain('real times of day');
  });
});

describe('reception rules', () => {
  it('accept the schedules and hotlines a commune posts', () => {
    const old = reception({ valid_from: '2024-01-01', valid_to: '2025-06-30' });
    expect(receptionProblems([old, reception()], [hotline('Văn phòng UBND xã'), hotline('Công an xã')])).toEqual([]);
  });
  it('name a schedule that ends before it starts', () => {
    const [p] = receptionProblems([reception({ valid_to: '2025-06-30' })], []);
    expect(p).toMatchObject({ path: ['reception', 0, 'valid_to'], found: '2025-06-30' });
    expect(p!.expected.vi).toContain('không sớm hơn valid_from (2025-07-01)');
  });
  it('name an entry whose time ends before it starts', () => {
    const [p] = receptionProblems([reception({ schedule: [entry('Thứ Năm', '13 giờ 30 – 11 giờ 00')] })], []);
    expect(p).toMatchObject({ path: ['reception', 0, 'schedule', 0, 'time'], found: '"13 giờ 30 – 11 giờ 00"' });
  });
  it('name an official listed twice for one day and time', () => {
    const twice = [
      entry('Thứ Năm hằng tuần', '7 giờ 30 – 11 giờ 00'),
      entry('thứ Năm  hằng tuần', '7 giờ 30 – 11 giờ 00'),
    ];
    const [p] = receptionProblems([reception({ schedule: twice })], []);
    expect(p).toMatchObject({ path: ['reception', 0, 'schedule', 1, 'person_title'] });
    expect(p!.expected.en).toContain('entry 1 of this schedule already has');
    // Two officials at one time are two entries.
    expect(
      receptionProblems([reception({ schedule: [twice[0]!, { ...twice[1]!, person_title: 'Phó Chủ tịch' }] })], []),
    ).toEqual([]);
  });
  it('name a hotline listed twice', () => {
    expect(receptionProblems([], [hotline('Công an xã'), hotline('Công an  xã')])).toMatchObject([
      { path: ['hotlines', 1, 'name'], found: '"Công an  xã"' },
    ]);
  });
});
