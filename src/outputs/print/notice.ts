/**
 * The parts of an official notice (thể thức văn bản, Nghị định 30/2020/NĐ-CP) that a notice
 * sheet takes from the content: who issues it, where and when. Nothing is invented: a date or
 * number the content does not give is a dotted line, filled in by hand when the sheet is signed.
 */

/** A line left to be filled in by hand on paper. */
export const BLANK = '……';

/** The issuing body as the heading's left column prints it, the superior body first. */
export interface Issuer {
  /** Official name of the unit whose People's Committee issues the notice, e.g. "Xã Cam Lộ". */
  unit: string;
  /** Official name of its parent unit, e.g. "Tỉnh Quảng Trị"; null at the top. */
  parent: string | null;
}

/** "UBND TỈNH QUẢNG TRỊ" over "UBND XÃ CAM LỘ": the committee's name in capitals, superior first. */
export function issuerLines(issuer: Issuer): string[] {
  const committee = (name: string) => `UBND ${name}`.toLocaleUpperCase('vi');
  return [...(issuer.parent ? [committee(issuer.parent)] : []), committee(issuer.unit)];
}

const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu|thị xã|thành phố|huyện|quận|tỉnh)\s+/iu;

/** The place a notice is dated at: the unit's name without its kind ("Xã Cam Lộ" → "Cam Lộ"). */
export function placeName(unitName: string): string {
  const bare = unitName.trim().replace(UNIT_PREFIX, '');
  return bare === '' ? unitName.trim() : bare;
}

/**
 * "Cam Lộ, ngày 05 tháng 01 năm 2026": days below 10 and the months January and February
 * written with a leading zero, as the decree asks; with no date, dotted lines for each part.
 * In English, "Cam Lộ, 5 January 2026" (or "date: ……").
 */
export function placeAndDate(place: string, iso: string | null, lang: 'vi' | 'en'): string {
  if (!iso) return lang === 'vi' ? `${place}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}` : `${place}, date ${BLANK}`;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'en') {
    const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return `${place}, ${d} ${month} ${y}`;
  }
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}
