/**
 * Discussion (dân bàn): consultations on drafts (a draft land-use plan, a draft budget) and
 * residents' questions with the government's published answers (gop-y.yaml of a commune).
 */
import { z } from 'astro/zod';
import { expect } from '../../../base/content/error-map.ts';
import { id, isoDate, safeUrl, text } from '../../../base/content/fields.ts';
import { contactEmail, publicPhone } from '../../../base/contact/schema.ts';

export const consultationSchema = z
  .strictObject({
    id,
    title: text,
    /** What is consulted on: a draft land-use plan, a draft budget, another draft. */
    topic: z.enum(
      ['land-use-plan', 'budget', 'other'],
      expect('"land-use-plan", "budget" hoặc "other"', '"land-use-plan", "budget" or "other"'),
    ),
    summary: text,
    /** The draft, by its title and file (null: "chưa có tệp"). */
    draft: z.strictObject({ title: text, file: safeUrl.nullable() }),
    opens: isoDate,
    closes: isoDate,
    /**
     * How to comment: in writing to an address, by e-mail, by phone to the office. A null
     * e-mail or phone: the consultation names none (the commune's own contact is used, if any).
     */
    how_to_comment: z.strictObject({
      address: text,
      email: contactEmail.nullable().default(null),
      office_phone: publicPhone.nullable().default(null),
    }),
    /** After closing: what residents said and the government's replies. */
    result: z
      .strictObject({
        published: isoDate,
        comments_received: z.number().int().min(0),
        summary: text,
        replies: z.array(z.strictObject({ comment: text, reply: text })).default([]),
      })
      .nullable()
      .default(null),
  })
  .refine((c) => c.opens <= c.closes, {
    ...expect('ngày đóng không sớm hơn ngày mở', 'a closing date not before the opening date'),
    path: ['closes'],
  })
  .refine((c) => !c.result || c.result.published >= c.closes, {
    ...expect('ngày công bố kết quả sau ngày đóng góp ý', 'a result published after the consultation closed'),
    path: ['result', 'published'],
  });
export type Consultation = z.output<typeof consultationSchema>;

export const questionSchema = z
  .strictObject({
    id,
    /** The day the question was received. */
    asked: isoDate,
    /** Topic in a few words: "Đất đai", "Ngân sách", "Hộ nghèo". */
    topic: text,
    /** The question as published; the asker is never named. */
    question: text,
    /** The day the answer was published; null while unanswered. */
    answered: isoDate.nullable().default(null),
    answer: text.nullable().default(null),
    /** Who answered, by title: "Chủ tịch UBND xã". */
    answered_by: text.nullable().default(null),
  })
  .refine((q) => !q.answered || q.answered >= q.asked, {
    ...expect('ngày trả lời không sớm hơn ngày hỏi', 'an answer date not before the question date'),
    path: ['answered'],
  })
  .refine((q) => (q.answered === null) === (q.answer === null), {
    ...expect(
      'cả ngày trả lời và nội dung trả lời, hoặc không có cả hai',
      'both the answer date and the answer, or neither',
    ),
    path: ['answer'],
  });
export type Question = z.output<typeof questionSchema>;

export const discussionSchema = z.strictObject({
  consultations: z.array(consultationSchema).default([]),
  questions: z.array(questionSchema).default([]),
});
