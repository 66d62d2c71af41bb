/** Voluntary contributions (đóng góp tự nguyện) a commune mobilised, and what it spent. */
import { z } from 'astro/zod';
import { id, text } from '../../../base/content/fields.ts';

export const contributionSchema = z.strictObject({
  id,
  /** What the money is for: "Bê tông hóa đường thôn 3", "Quỹ khuyến học". */
  purpose: text,
  /** Amount mobilised (vận động được) and spent, in `unit`. */
  mobilised: z.number().min(0),
  spent: z.number().min(0),
  unit: text,
});
export type Contribution = z.output<typeof contributionSchema>;
