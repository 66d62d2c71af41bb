import { describe, expect, it } from 'vitest';
import { checkBudget } from './check.ts';
import { budgetGroupRows } from './datasets.ts';
import { budgetRows, budgetsNewestFirst, budgetSummary, budgetTotals, budgetVariances, sheetStages } from './derive.ts';
import type { BudgetLine, CommuneBudget } from './schema.ts';

const line = (
  code: string,
  parent: string | null,
  name: string,
  estimate: number,
  exec_year: number | null = null,
): BudgetLine => ({
  code,
  parent,
  name,
  estimate,
  exec_3m: null,
  exec_6m: null,
  exec_9m: null,
  exec_year,
  settlement: null,
});

function budget(lines: BudgetLine[], withYear = true): CommuneBudget {
  return {
    commune: 'xa-c',
    sample: true,
    year: 2025,
    unit: 'triệu đồng',
    rounding: 1,
    explanation: null,
    source: 'thử',
    variance_threshold_percent: 10,
    stages: {
      estimate: { published: '2025-01-10', document: 'NQ 1', revenue_total: 100, spending_total: 100 },
      ...(withYear
        ? { exec_year: { published: '2026-01-10', document: 'BC 2', revenue_total: 130, spending_total: 95 } }
        : {}),
    },
    lines,
  };
}

const good = () => [
  line('A', null, 'Tổng thu ngân sách xã', 100, 130),
  line('A.I', 'A', 'Thu cân đối ngân sách', 60, 90),
  line('A.I.1', 'A.I', 'Thu phí, lệ phí', 20, 30),
  line('A.I.2', 'A.I', 'Thu từ quỹ đất công ích', 40, 60),
  line('A.II', 'A', 'Thu bổ sung từ ngân sách cấp trên', 40, 40),
  line('B', null, 'Tổng chi ngân sách xã', 100, 95),
  line('B.I', 'B', 'Chi đầu tư phát triển', 30, 25),
  line('B.II', 'B', 'Chi thường xuyên', 70, 70),
];

describe('commune budget checks', () => {
  it('accepts a table whose parents equal their children and the stated totals', () => {
    expect(checkBudget(budget(good()), good())).toEqual([]);
  });
  it('names the row and the stage when a parent is not the sum of its children', () => {
    const lines = good();
    lines[1] = { ...lines[1]!, estimate: 70 }; // A.I 70 ≠ 20 + 40; A 100 ≠ 70 + 40 too
    const problems = checkBudget(budget(lines), lines);
    const aI = problems.find((p) => p.index === 1)!;
    expect(aI).toMatchObject({ column: 'estimate', found: '70' });
    expect(aI.expected.vi).toContain('A.I.1 + A.I.2 = 60');
    expect(aI.expected.en).toContain('off by 10');
    expect(problems.find((p) => p.index === 0)?.expected.en).toContain('A.I + A.II = 110');
  });
  it('allows the drift rounding causes but not more', () => {
    const lines = good();
    lines[2] = { ...lines[2]!, estimate: 20.6 };
    lines[0] = { ...lines[0]!, estimate: 100.6 };
    lines[1] = { ...lines[1]!, estimate: 60.6 };
    expect(checkBudget(budget(lines), lines)).toEqual([]);
    lines[2] = { ...lines[2]!, estimate: 22 };
    expect(checkBudget(budget(lines), lines).map((p) => p.index)).toContain(1);
  });
  it('checks the top lines against the totals the decision states', () => {
    const meta = budget(good());
    meta.stages.estimate!.spending_total = 90;
    const [problem] = checkBudget(meta, good());
    expect(problem).toMatchObject({ index: 5, column: 'estimate', found: '100' });
    expect(problem!.expected.en).toContain('total spending 90');
  });
  it('a published stage needs every line; an unpublished stage has an empty column', () => {
    const lines = good();
    lines[3] = { ...lines[3]!, exec_year: null };
    expect(checkBudget(budget(lines), lines).some((p) => p.index === 3 && p.column === 'exec_year')).toBe(true);
    const early = good();
    const problems = checkBudget(budget(early, false), early);
    expect(problems[0]).toMatchObject({ index: 0, column: 'exec_year', found: '130' });
  });
  it('a parent that does not exist is named', () => {
    const lines = [...good(), line('B.III', 'B.X', 'Dự phòng', 0)];
    expect(checkBudget(budget(lines), lines)[0]).toMatchObject({ index: 8, column: 'parent', found: '"B.X"' });
  });
});

describe('derived budget figures', () => {
  it('totals come from the top lines, never from adding every row', () => {
    const b = budget(good());
    expect(budgetTotals(b, 'estimate')).toEqual({ revenue: 100, spending: 100 });
    const everyRevenueRow = good()
      .filter((l) => l.code.startsWith('A'))
      .reduce((s, l) => s + l.estimate!, 0);
    expect(everyRevenueRow).toBe(260); // what a naive sum would have shown
  });
  it('orders lines parent first with their depth', () => {
    const shuffled = [...good()].reverse();
    expect(budgetRows(shuffled).map((r) => `${r.code}:${r.depth}`)).toEqual([
      'B:0',
      'B.II:1',
      'B.I:1',
      'A:0',
      'A.II:1',
      'A.I:1',
      'A.I.2:2',
      'A.I.1:2',
    ]);
  });
  it('flags variances beyond the threshold in words', () => {
    const flags = budgetVariances(budget(good()));
    expect(flags.map((f) => f.line.code)).toEqual(['A', 'A.I', 'A.I.1', 'A.I.2', 'B.I']);
    expect(flags[0]!.text.vi).toBe('Tổng thu ngân sách xã: thu vượt dự toán 30,0%');
    expect(flags.at(-1)!.text.vi).toBe('Chi đầu tư phát triển: chi thấp hơn dự toán 16,7% (mới đạt 83,3%)');
    expect(budgetVariances(budget(good(), false))).toEqual([]);
  });
  it('says the totals in one sentence', () => {
    expect(budgetSummary(budget(good()), 'vi')).toBe(
      'Năm 2025, dự toán thu 100 và chi 100 triệu đồng; thực hiện cả năm: thu 130 (130,0% dự toán), chi 95 (95,0% dự toán).',
    );
    expect(budgetSummary(budget(good()), 'en')).toBe(
      'In 2025 the estimate was 100 revenue and 100 spending (triệu đồng); execution for the year: revenue 130 (130.0% of the estimate), spending 95 (95.0% of the estimate).',
    );
  });
});

describe('what a budget page and its notice sheet show', () => {
  it('a sheet shows the estimate and the latest stage, once when they are the same', () => {
    expect(sheetStages(budget(good()))).toEqual(['estimate', 'exec_year']);
    expect(sheetStages(budget(good(), false))).toEqual(['estimate']);
  });
  it('the chart table has the groups under total revenue and total spending, in form order', () => {
    expect(budgetGroupRows(budget(good())).map((r) => r.ma)).toEqual(['A.I', 'A.II', 'B.I', 'B.II']);
    expect(budgetGroupRows(budget(good()))[0]).toMatchObject({
      noi_dung: 'Thu cân đối ngân sách',
      estimate: 60,
      exec_year: 90,
    });
  });
  it('lists the latest year first', () => {
    expect(budgetsNewestFirst([{ year: 2024 }, { year: 2026 }, { year: 2025 }]).map((b) => b.year)).toEqual([
      2026, 2025, 2024,
    ]);
  });
});
