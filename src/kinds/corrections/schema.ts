/**
 * Corrections (đính chính): when the portal changes something it published — a wrong figure,
 * a mistyped number — it says so, when and what, on the page and in the corrections feed.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { isoDate, text } from '../../base/content/fields.ts';

export const correctionSchema = z.strictObject({
  /** Day the correction was published. */
  date: isoDate,
  /**
   * Path of the corrected page, e.g. "/van-ban/qt-2021-cong-van-duy-tri-papi/". No empty
   * part: "//host/" would make the feed link to another site.
   */
  page: z
    .string()
    .regex(
      /^\/(?:[a-z0-9-]+\/)*$/,
      expect(
        'đường dẫn trang bắt đầu và kết thúc bằng "/", ví dụ "/van-ban/abc/"',
        'a page path starting and ending with "/", e.g. "/van-ban/abc/"',
      ),
    ),
  /** What was wrong and what it is now, in plain words (for a withdrawal: what and why). */
  what_vi: text,
  what_en: text,
  /**
   * corrected (the default): the page was changed; withdrawn: what the page published was taken
   * down, and the page may be gone.
   */
  change: z
    .enum(
      ['corrected', 'withdrawn'],
      expect('"corrected" (đã sửa) hoặc "withdrawn" (đã gỡ)', '"corrected" or "withdrawn"'),
    )
    .default('corrected'),
});

export type Correction = z.output<typeof correctionSchema>;
