/** Whether a consultation is open as of a date, and how long an answer took. */
import type { Consultation, Question } from './schema.ts';

export type ConsultationState = 'upcoming' | 'open' | 'closed';

export function consultationState(c: Pick<Consultation, 'opens' | 'closes'>, asOf: string): ConsultationState {
  if (asOf < c.opens) return 'upcoming';
  return asOf <= c.closes ? 'open' : 'closed';
}

const DAY = 86_400_000;

/** Whole days between two ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Days from question to published answer; for an open question, days waited so far. */
export function answerDays(q: Pick<Question, 'asked' | 'answered'>, asOf: string): { days: number; answered: boolean } {
  return q.answered ? { days: daysBetween(q.asked, q.answered), answered: true } : { days: daysBetween(q.asked, asOf), answered: false };
}

/** Days left to comment (0 on the closing day); null when not open. */
export function daysLeft(c: Pick<Consultation, 'opens' | 'closes'>, asOf: string): number | null {
  return consultationState(c, asOf) === 'open' ? daysBetween(asOf, c.closes) : null;
}

/** The anchor of a consultation or a question on the consultations page: "<commune>-<id>". */
export function discussionAnchor(commune: string, id: string): string {
  return `${commune}-${id}`;
}
