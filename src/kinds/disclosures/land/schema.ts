/**
 * Land disclosures of a commune: land-use plans (quy hoạch for a period, kế hoạch sử dụng
 * đất for a year) with their documents and maps, the land price table (bảng giá đất) by road,
 * segment and position, and land recovery projects (thu hồi đất) with their timeline.
 */
import { z } from 'astro/zod';
import { expect } from '../../../base/content/error-map.ts';
import { id, isoDate, safeUrl, text } from '../../../base/content/fields.ts';

/** A file that belongs with a disclosure; `file: null` means the file is not on the portal yet. */
const attachment = z.strictObject({
  /** What it is: "Quyết định phê duyệt", "Bản đồ kế hoạch sử dụng đất năm 2025"… */
  title: text,
  /** Path under the site (e.g. /tep/…/ban-do.pdf) or a full address; null: "chưa có tệp". */
  file: safeUrl.nullable(),
});

export const landUsePlanSchema = z.strictObject({
  id,
  /** period: quy hoạch sử dụng đất for a planning period; yearly: kế hoạch sử dụng đất hằng năm. */
  kind: z.enum(
    ['period', 'yearly'],
    expect('"period" (quy hoạch) hoặc "yearly" (kế hoạch năm)', '"period" (planning period) or "yearly" (yearly plan)'),
  ),
  title: text,
  /** First and last year the plan covers (the same year for a yearly plan). */
  from_year: z.number().int().min(2000).max(2100),
  to_year: z.number().int().min(2000).max(2100),
  /** The approving decision, e.g. "Quyết định 123/QĐ-UBND ngày 15/1/2025 của UBND tỉnh". */
  decision: text,
  /** The day the commune posted it. */
  published: isoDate,
  documents: z.array(attachment).default([]),
  maps: z.array(attachment).default([]),
});
export type LandUsePlan = z.output<typeof landUsePlanSchema>;

/** Meta of the land price table as posted by the commune. */
export const priceTableMetaSchema = z.strictObject({
  /** The provincial decision that issues the table (bảng giá đất). */
  decision: text,
  /** First day the prices apply. */
  valid_from: isoDate,
  /** The day the commune posted it. */
  published: isoDate,
  /** Unit of every price, e.g. "nghìn đồng/m²". */
  unit: text,
});

const price = z.union([z.number(), z.string(), z.null()]).transform((v, ctx) => {
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) {
    ctx.addIssue({
      code: 'custom',
      ...expect(
        'một giá dương, ví dụ 4500 (hoặc để trống nếu vị trí này không có)',
        'a positive price, e.g. 4500 (or empty when the position does not apply)',
      ),
    });
    return z.NEVER;
  }
  return n;
});

/** One row of the land price table: a road or segment, the land type, price by position. */
export const priceRowSchema = z.strictObject({
  /** Road or area name as the table writes it: "Quốc lộ 9", "Đường Lê Duẩn". */
  road: text,
  /** Segment: "Từ cầu Đông Hà đến ngã tư Lê Lợi"; empty when the price covers the whole road. */
  segment: text.nullable(),
  /** Land type, e.g. "Đất ở đô thị", "Đất thương mại, dịch vụ". */
  land_type: text,
  position_1: price,
  position_2: price,
  position_3: price,
  position_4: price,
});
export type PriceRow = z.output<typeof priceRowSchema>;
/** The columns that hold prices: they are validated as numbers, so the personal-data scan leaves them out. */
export const priceColumns = ['position_1', 'position_2', 'position_3', 'position_4'] as const;

export const recoverySteps = ['notice', 'inventory', 'plan_posted', 'approval', 'payment', 'handover'] as const;
export type RecoveryStep = (typeof recoverySteps)[number];

export const recoveryProjectSchema = z.strictObject({
  id,
  name: text,
  /** Purpose of the recovery, e.g. "xây dựng đường giao thông liên xã". */
  purpose: text,
  /** The decision that recovers the land, if issued. */
  decision: text.nullable(),
  area_ha: z.number().positive(),
  /** Households affected (a count; never names). */
  households: z.number().int().min(0),
  land_types: z.array(text).min(1),
  /** Compensation rate per land type, in the stated unit. */
  compensation: z.array(z.strictObject({ land_type: text, rate: z.number().positive(), unit: text })).default([]),
  /** Resettlement arrangements, or null when none is needed. */
  resettlement: text.nullable(),
  /** The day each step happened; null: not yet. Steps happen in this order. */
  timeline: z.strictObject({
    notice: isoDate.nullable().default(null),
    inventory: isoDate.nullable().default(null),
    plan_posted: isoDate.nullable().default(null),
    approval: isoDate.nullable().default(null),
    payment: isoDate.nullable().default(null),
    handover: isoDate.nullable().default(null),
  }),
  published: isoDate,
});
export type RecoveryProject = z.output<typeof recoveryProjectSchema>;
