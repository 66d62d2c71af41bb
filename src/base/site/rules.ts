/**
 * The as-of date (site.yaml as_of, or PORTAL_AS_OF) against the content: everything "overdue",
 * "new" or "due" is judged by it, so a date typed a decade off would publish a wrong picture.
 * A judgement, not an impossibility: the range is wide, and the message says "có vẻ" / "looks".
 */
import { judgement, type FieldProblem } from '../rules.ts';

/** How far the as-of date may sit before the earliest document or after the latest content (or today). */
export const AS_OF_MARGIN_YEARS = 1;

/** The same day `years` later (or earlier); 29 February falls on the 28th in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const year = Number(y) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}

export interface ContentSpan {
  /** The day the earliest document was issued (or could at the earliest have been); null if none says. */
  earliest: string | null;
  /** The latest day the content names (published, updated, filed, corrected); null if none. */
  latest: string | null;
}

/**
 * Whether `asOf` lies within a sensible range: not more than a year before the earliest
 * document, nor more than a year after the later of today and the latest content date.
 */
export function asOfRules(asOf: string, span: ContentSpan, today: string, path: (string | number)[]): FieldProblem[] {
  const found = JSON.stringify(asOf);
  const lastSensible = addYears(span.latest && span.latest > today ? span.latest : today, AS_OF_MARGIN_YEARS);
  if (span.earliest) {
    const firstSensible = addYears(span.earliest, -AS_OF_MARGIN_YEARS);
    if (asOf < firstSensible)
      return [
        {
          path,
          found,
          expected: judgement({
            vi: `một ngày mốc từ ${firstSensible} đến ${lastSensible}: ngày ${asOf} có vẻ sai, vì văn bản sớm nhất của cổng ban hành vào hoặc sau ngày ${span.earliest}, nên với ngày này mọi nhiệm vụ và kỳ báo cáo đều chưa bắt đầu`,
            en: `an as-of date from ${firstSensible} to ${lastSensible}: ${asOf} looks wrong, as the portal's earliest document was issued on or after ${span.earliest}, so on this date no task or reporting period would have begun`,
          }),
        },
      ];
  }
  if (asOf > lastSensible)
    return [
      {
        path,
        found,
        expected: judgement({
          vi: `một ngày mốc không muộn hơn ${lastSensible}: ngày ${asOf} có vẻ sai, vì hôm nay là ${today}${span.latest ? ` và nội dung mới nhất của cổng đề ngày ${span.latest}` : ''}, nên với ngày này mọi hạn đều đã qua từ lâu`,
          en: `an as-of date no later than ${lastSensible}: ${asOf} looks wrong, as today is ${today}${span.latest ? ` and the portal's latest content is dated ${span.latest}` : ''}, so on this date every deadline would be long past`,
        }),
      },
    ];
  return [];
}
