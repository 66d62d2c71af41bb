/** Whether a consultation is open as of a date, how long an answer took, and in what order they are listed. */
import type { DisclosuresScope } from '../index.ts';
import type { Consultation, Question } from './schema.ts';
import { daysBetween } from '../../../base/dates.ts';

export type ConsultationState = 'upcoming' | 'open' | 'closed';

export function consultationState(c: Pick<Consultation, 'opens' | 'closes'>, asOf: string): ConsultationState {
  if (asOf < c.opens) return 'upcoming';
  return asOf <= c.closes ? 'open' : 'closed';
}

/** Days from question to published answer; for an open question, days waited so far. */
export function answerDays(q: Pick<Question, 'asked' | 'answered'>, asOf: string): { days: number; answered: boolean } {
  return q.answered
    ? { days: daysBetween(q.asked, q.answered), answered: true }
    : { days: daysBetween(q.asked, asOf), answered: false };
}

/** Days left to comment (0 on the closing day); null when not open. */
export function daysLeft(c: Pick<Consultation, 'opens' | 'closes'>, asOf: string): number | null {
  return consultationState(c, asOf) === 'open' ? daysBetween(asOf, c.closes) : null;
}

/** The anchor of a consultation or a question on the consultations page: "<commune>-<id>". */
export function discussionAnchor(commune: string, id: string): string {
  return `${commune}-${id}`;
}

/** A consultation with the commune that holds it. */
export interface ListedConsultation {
  c: Consultation;
  commune: string;
}

const stateOrder: Record<ConsultationState, number> = { open: 0, upcoming: 1, closed: 2 };

/**
 * Every commune's consultations as the consultations page lists them: those still to come or
 * open (open first), then the closed ones; the latest closing date first within each state.
 */
export function consultationLists(scope: Pick<DisclosuresScope, 'disclosures' | 'asOf'>): {
  open: ListedConsultation[];
  closed: ListedConsultation[];
} {
  const { asOf } = scope;
  const order = (c: Consultation) => stateOrder[consultationState(c, asOf)];
  const all = scope.disclosures
    .flatMap((d) => d.consultations.map((c) => ({ c, commune: d.commune })))
    .sort((a, b) => order(a.c) - order(b.c) || b.c.closes.localeCompare(a.c.closes));
  return {
    open: all.filter(({ c }) => consultationState(c, asOf) !== 'closed'),
    closed: all.filter(({ c }) => consultationState(c, asOf) === 'closed'),
  };
}

/** Every commune's questions, the latest asked first. */
export function questionsNewestFirst(scope: Pick<DisclosuresScope, 'disclosures'>): { q: Question; commune: string }[] {
  return scope.disclosures
    .flatMap((d) => d.questions.map((q) => ({ q, commune: d.commune })))
    .sort((a, b) => b.q.asked.localeCompare(a.q.asked));
}
