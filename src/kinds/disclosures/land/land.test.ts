import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from './fold.ts';
import type { RecoveryProject } from './schema.ts';
import { currentStep, timelineProblems } from './timeline.ts';

const timeline = (t: Partial<RecoveryProject['timeline']>): RecoveryProject['timeline'] => ({
  notice: null,
  inventory: null,
  plan_posted: null,
  approval: null,
  payment: null,
  handover: null,
  ...t,
});

describe('land recovery timeline', () => {
  it('accepts steps in order, with steps not yet taken', () => {
    expect(
      timelineProblems(timeline({ notice: '2025-03-01', inventory: '2025-04-01', plan_posted: '2025-05-02' })),
    ).toEqual([]);
  });
  it('names a step dated before the step it follows', () => {
    expect(
      timelineProblems(timeline({ notice: '2025-03-01', inventory: '2025-02-01', approval: '2025-06-01' })),
    ).toEqual([{ step: 'inventory', date: '2025-02-01', after: 'notice', afterDate: '2025-03-01' }]);
    // A gap does not hide the disorder: payment before the posted plan.
    expect(
      timelineProblems(timeline({ notice: '2025-03-01', plan_posted: '2025-06-01', payment: '2025-05-01' }))[0],
    ).toMatchObject({ step: 'payment', after: 'plan_posted' });
  });
  it('knows the step reached as of a date', () => {
    const project = {
      timeline: timeline({ notice: '2025-03-01', inventory: '2025-04-01', approval: '2026-02-01' }),
    } as RecoveryProject;
    expect(currentStep(project, '2025-12-31')).toBe('inventory');
    expect(currentStep(project, '2025-01-01')).toBeNull();
  });
});

describe('searching without diacritics', () => {
  it('folds tone marks and đ', () => {
    expect(foldVietnamese('Đường  Lê Duẩn')).toBe('duong le duan');
    expect(matchesQuery(foldVietnamese('Đường Lê Duẩn, đoạn từ cầu Đông Hà'), 'le duan dong ha')).toBe(true);
    expect(matchesQuery(foldVietnamese('Đường Lê Duẩn'), 'Lê Lợi')).toBe(false);
  });
});
