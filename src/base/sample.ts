/**
 * Illustrative content (sample: true in a content file): the one label every page, list, feed,
 * calendar and download that shows it carries, in Vietnamese (what readers search for), as the
 * commune disclosures have it.
 */
export const SAMPLE_LABEL = 'Dữ liệu minh họa';

/** "[Dữ liệu minh họa] <title>" for a feed entry or calendar event of illustrative content. */
export function markSample(sample: boolean, title: string): string {
  return sample ? `[${SAMPLE_LABEL}] ${title}` : title;
}
