/**
 * Consistency of the reception schedules and hotlines in cong-khai.yaml: a schedule ends no
 * earlier than it starts, each time range ends after it starts, an official is listed once
 * for one day and time, and each hotline is listed once.
 */
import { keyOf, repeats, sameText, type RuleProblem } from '../rules.ts';
import type { Hotline, Reception } from './schema.ts';

/** A time of day as the schedules write it: "7 giờ 30", "7 giờ", "7h30", "7g30", "07:30". */
const TIME = String.raw`(\d{1,2})\s*(?:giờ|h|g|:)\s*(?:(\d{1,2})(?:\s*phút)?)?`;
/** Two times joined by a dash or by "đến"/"tới": "7 giờ 30 – 11 giờ 00", "từ 13h30 đến 17h". */
const RANGE = new RegExp(`${TIME}\\s*(?:-|–|—|đến|tới)\\s*${TIME}`, 'giu');
/** Words of the twelve-hour clock: "1 giờ 30 chiều" is 13:30. */
const TWELVE_HOUR = /sáng|trưa|chiều|tối|\b[ap]\.?m\b/iu;

export interface TimeRange {
  /** The range as written. */
  text: string;
  start: { hour: number; minute: number };
  end: { hour: number; minute: number };
}

/** Every time range written in a schedule's time ("Sáng 7 giờ 30 – 11 giờ; chiều 13 giờ 30 – 17 giờ"). */
export function timeRanges(time: string): TimeRange[] {
  return [...time.normalize('NFC').matchAll(RANGE)].map((m) => ({
    text: m[0],
    start: { hour: Number(m[1]), minute: Number(m[2] ?? 0) },
    end: { hour: Number(m[3]), minute: Number(m[4] ?? 0) },
  }));
}

const minutes = (t: { hour: number; minute: number }) => t.hour * 60 + t.minute;
const real = (t: { hour: number; minute: number }) => t.hour <= 24 && t.minute <= 59 && minutes(t) <= 24 * 60;

/** What is wrong with a schedule's time, or null: a time that does not exist, or an end not after the start. */
export function timeProblem(time: string): { vi: string; en: string } | null {
  const twelveHour = TWELVE_HOUR.test(time);
  for (const range of timeRanges(time)) {
    if (!real(range.start) || !real(range.end)) {
      return {
        vi: `giờ có thật (từ 0 giờ đến 24 giờ, phút từ 00 đến 59), ví dụ "7 giờ 30 – 11 giờ 00"; "${range.text}" không phải khoảng giờ có thật`,
        en: `real times of day (hours 0 to 24, minutes 00 to 59), e.g. "7 giờ 30 – 11 giờ 00"; "${range.text}" is not a real time range`,
      };
    }
    // "11 giờ – 1 giờ chiều" is a range on the twelve-hour clock, not one that ends before it starts.
    const end =
      minutes(range.end) <= minutes(range.start) && twelveHour ? minutes(range.end) + 12 * 60 : minutes(range.end);
    if (end <= minutes(range.start)) {
      return {
        vi: `giờ kết thúc sau giờ bắt đầu; trong "${range.text}" giờ kết thúc không sau giờ bắt đầu (viết giờ theo 24 giờ, ví dụ 13 giờ 30)`,
        en: `an end time after the start time; in "${range.text}" the end is not after the start (write times on the 24-hour clock, e.g. 13 giờ 30)`,
      };
    }
  }
  return null;
}

/** Problems of the reception entries of cong-khai.yaml; paths start at its reception or hotlines. */
export function receptionProblems(reception: readonly Reception[], hotlines: readonly Hotline[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  reception.forEach((r, i) => {
    if (r.valid_to !== null && r.valid_to < r.valid_from) {
      problems.push({
        path: ['reception', i, 'valid_to'],
        found: r.valid_to,
        expected: {
          vi: `một ngày không sớm hơn valid_from (${r.valid_from}): lịch kết thúc sau khi bắt đầu (để null nếu lịch áp dụng đến khi có lịch mới)`,
          en: `a date not before valid_from (${r.valid_from}): a schedule ends after it starts (null if it applies until replaced)`,
        },
      });
    }
    r.schedule.forEach((s, k) => {
      const problem = timeProblem(s.time);
      if (problem)
        problems.push({
          path: ['reception', i, 'schedule', k, 'time'],
          found: JSON.stringify(s.time),
          expected: problem,
        });
    });
    // One official cannot receive citizens twice at one day and time.
    for (const { index, first } of repeats(r.schedule, (s) => keyOf(s.day, s.time, s.person_title))) {
      const s = r.schedule[index]!;
      problems.push({
        path: ['reception', i, 'schedule', index, 'person_title'],
        found: JSON.stringify(s.person_title),
        expected: {
          vi: `một người tiếp khác, hoặc ngày, giờ khác: mục ${first + 1} của lịch này đã ghi "${s.person_title}" tiếp vào "${s.day}", "${s.time}"`,
          en: `another official, or another day or time: entry ${first + 1} of this schedule already has "${s.person_title}" receiving on "${s.day}", "${s.time}"`,
        },
      });
    }
  });
  for (const { index, first } of repeats(hotlines, (h) => sameText(h.name))) {
    problems.push({
      path: ['hotlines', index, 'name'],
      found: JSON.stringify(hotlines[index]!.name),
      expected: {
        vi: `một đường dây nóng chưa có trong danh sách: mục ${first + 1} đã có tên này (nếu là hai số khác nhau, ghi tên riêng cho từng số, ví dụ "Công an xã — trực ban")`,
        en: `a hotline not yet listed: item ${first + 1} has this name (for two different numbers, name each, e.g. "Công an xã — trực ban")`,
      },
    });
  }
  return problems;
}
