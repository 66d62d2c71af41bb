import { describe, expect, it } from 'vitest';
import type { CommuneDisclosures } from '../model.ts';
import {
  answerDays,
  consultationLists,
  consultationState,
  daysLeft,
  discussionAnchor,
  questionsNewestFirst,
} from './derive.ts';
import type { Consultation, Question } from './schema.ts';

describe('consultations and questions', () => {
  const c = { opens: '2025-12-01', closes: '2026-01-15' };
  it('is open between its dates, inclusive', () => {
    expect(consultationState(c, '2025-11-30')).toBe('upcoming');
    expect(consultationState(c, '2025-12-01')).toBe('open');
    expect(consultationState(c, '2026-01-15')).toBe('open');
    expect(consultationState(c, '2026-01-16')).toBe('closed');
    expect(daysLeft(c, '2025-12-31')).toBe(15);
    expect(daysLeft(c, '2026-02-01')).toBeNull();
  });
  it('counts the days an answer took, or has been waited for', () => {
    expect(answerDays({ asked: '2025-02-27', answered: '2025-03-03' }, '2025-12-31')).toEqual({
      days: 4,
      answered: true,
    });
    expect(answerDays({ asked: '2025-12-01', answered: null }, '2025-12-31')).toEqual({ days: 30, answered: false });
  });
});

describe('the consultations page lists', () => {
  const consultation = (id: string, opens: string, closes: string) => ({ id, opens, closes }) as Consultation;
  const question = (id: string, asked: string) => ({ id, asked }) as Question;
  const communes = [
    {
      commune: 'xa-a',
      consultations: [
        consultation('a-closed', '2025-01-01', '2025-02-01'),
        consultation('a-soon', '2026-01-10', '2026-02-10'),
      ],
      questions: [question('a1', '2025-03-01')],
    },
    {
      commune: 'xa-b',
      consultations: [
        consultation('b-open', '2025-12-01', '2026-01-05'),
        consultation('b-closed', '2025-05-01', '2025-06-01'),
      ],
      questions: [question('b1', '2025-11-01'), question('b2', '2025-01-01')],
    },
  ] as unknown as CommuneDisclosures[];
  it('open before upcoming, then the closed ones, the latest closing first', () => {
    const { open, closed } = consultationLists({ disclosures: communes, asOf: '2025-12-31' });
    expect(open.map((x) => `${x.commune}/${x.c.id}`)).toEqual(['xa-b/b-open', 'xa-a/a-soon']);
    expect(closed.map((x) => x.c.id)).toEqual(['b-closed', 'a-closed']);
  });
  it('questions of every commune, the latest asked first', () => {
    const order = questionsNewestFirst({ disclosures: communes }).map((x) => `${x.commune}/${x.q.id}`);
    expect(order).toEqual(['xa-b/b1', 'xa-a/a1', 'xa-b/b2']);
  });
  it('a consultation and a question are found by commune and id', () => {
    expect(discussionAnchor('xa-a', 'a1')).toBe('xa-a-a1');
  });
});
