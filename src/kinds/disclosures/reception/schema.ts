/** The citizen-reception schedule (lịch tiếp công dân) of a commune, and its hotlines. */
import { z } from 'astro/zod';
import { isoDate, text } from '../../../base/content/fields.ts';
import { publicPhone } from '../../../base/contact/schema.ts';

/** A phone of an office or a public hotline, never a personal mobile (contact/schema.ts). */
const officePhone = publicPhone;

export const receptionSchema = z.strictObject({
  /** The first day this schedule applies; null end: until replaced. */
  valid_from: isoDate,
  valid_to: isoDate.nullable().default(null),
  published: isoDate,
  schedule: z
    .array(
      z.strictObject({
        /** "Thứ Năm hằng tuần", "Ngày 10 và 25 hằng tháng". */
        day: text,
        /** "7 giờ 30 – 11 giờ 00". */
        time: text,
        /** A title, never a person's name: "Chủ tịch UBND xã". */
        person_title: text,
        place: text,
        /** The office's landline, never a personal mobile; null: not published (never a made-up number). */
        office_phone: officePhone.nullable().default(null),
      }),
    )
    .min(1),
});
export type Reception = z.output<typeof receptionSchema>;

export const hotlineSchema = z.strictObject({
  /** Whom it reaches: "Văn phòng HĐND và UBND xã", "Công an xã". */
  name: text,
  /** null: the number is not published (in sample data: never made up). */
  phone: officePhone.nullable(),
  /** When it answers: "Giờ hành chính", "24/24". */
  hours: text,
});
export type Hotline = z.output<typeof hotlineSchema>;
