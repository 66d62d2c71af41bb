/** Investment projects of a commune, with the result of community supervision. */
import { z } from 'astro/zod';
import { id, isoDate, text } from '../../../base/content/fields.ts';

export const investmentProjectSchema = z.strictObject({
  id,
  name: text,
  /** Total investment (tổng mức đầu tư) in `unit`. */
  total_investment: z.number().positive(),
  unit: text,
  /** Funding sources: "ngân sách xã 60%, nhân dân đóng góp 40%". */
  funding: text,
  /** Where the work stands: "Đang thi công, đạt 70% khối lượng". */
  progress: text,
  /** Result of community investment supervision (giám sát đầu tư của cộng đồng), if any yet. */
  supervision: z
    .strictObject({
      /** The board, e.g. "Ban Giám sát đầu tư của cộng đồng xã". */
      board: text,
      date: isoDate,
      result: text,
    })
    .nullable(),
});
export type InvestmentProject = z.output<typeof investmentProjectSchema>;
