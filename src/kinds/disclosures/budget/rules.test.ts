import { describe, expect, it } from 'vitest';
import { UNLIKELY } from '../rules.ts';
import { stageDateProblems } from './rules.ts';
import type { BudgetMeta, BudgetStage } from './schema.ts';

const meta = (dates: Partial<Record<BudgetStage, string>>): Pick<BudgetMeta, 'year' | 'stages'> => ({
  year: 2025,
  stages: Object.fromEntries(
    Object.entries(dates).map(([stage, published]) => [
      stage,
      { published, document: 'Báo cáo', revenue_total: 1, spending_total: 1 },
    ]),
  ),
});

describe('budget stage dates', () => {
  it('accept the stages published in turn, the settlement after the year', () => {
    expect(
      stageDateProblems(
        meta({
          estimate: '2024-12-20',
          exec_3m: '2025-04-10',
          exec_6m: '2025-07-10',
          exec_9m: '2025-10-10',
          exec_year: '2025-12-20',
          settlement: '2026-07-18',
        }),
      ),
    ).toEqual([]);
    // Posted on one day (a commune that started publishing late) is in turn.
    expect(stageDateProblems(meta({ exec_3m: '2025-10-10', exec_6m: '2025-10-10', exec_9m: '2025-10-10' }))).toEqual(
      [],
    );
  });
  it('name an execution published before its year began', () => {
    const [p, ...rest] = stageDateProblems(meta({ exec_3m: '2024-12-10', exec_6m: '2025-07-10' }));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ path: ['stages', 'exec_3m', 'published'], found: '2024-12-10' });
    expect(p!.expected.vi).toContain('từ 2025-01-01 trở đi');
  });
  it('name a settlement published before the year ended', () => {
    const [p] = stageDateProblems(meta({ exec_9m: '2025-10-10', settlement: '2025-12-30' }));
    expect(p).toMatchObject({ path: ['stages', 'settlement', 'published'] });
    expect(p!.expected.en).toContain('comes only after 2025 has ended');
  });
  it('name a period published before the one it follows, as a judgement', () => {
    const [p, ...rest] = stageDateProblems(
      meta({ exec_3m: '2025-04-10', exec_6m: '2025-11-10', exec_9m: '2025-10-10' }),
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ path: ['stages', 'exec_9m', 'published'], found: '2025-10-10' });
    expect(p!.expected.vi).toContain('không sớm hơn ngày công bố thực hiện 6 tháng (2025-11-10)');
    expect(p!.expected.vi).toContain(UNLIKELY.vi);
  });
});
