/** Calendar dates as the content writes them (YYYY-MM-DD), without time zones. */

/** Whole days from `a` to `b` (positive when b is later), counted on the calendar. */
export function daysBetween(a: string, b: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}
