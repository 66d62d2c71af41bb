import { describe, expect, it } from 'vitest';
import type { Plan } from './load.ts';
import { anyReported, complianceGrid, onTimeShare, planProgress, taskProgress, unitScorecard } from './progress.ts';
import { statusSummary } from './summary.ts';
import { showsStatus } from './tasks.ts';
import type { Task } from './schema.ts';

const task = (id: string, over: Partial<Task> = {}): Plan['tasks'][number] => ({
  id,
  number: null,
  text: id,
  leads: ['so-a'],
  lead_text: null,
  cooperating: [],
  cooperating_text: null,
  dimensions: [8],
  areas: [],
  indices: [],
  targets: [],
  deadline: null,
  deadline_text: null,
  plan: 'p',
  section: 0,
  ...over,
});

const plan: Plan = {
  id: 'p',
  papi_year: 2021,
  targets: [],
  missing_annex: null,
  sample: true,
  sampleTasks: false,
  scope: null,
  reporting: {
    text: 'x',
    section: null,
    to: null,
    first: '2021-h1',
    last: '2021-y',
    note_vi: null,
    note_en: null,
    periods: [
      { kind: 'h1', due: '06-20', due_days_after_end: null },
      { kind: 'year', due: '11-30', due_days_after_end: null },
    ],
  },
  sections: [{ part: null, group: null, number: '1', heading: null, tasks: [] }],
  tasks: [
    task('t1', { deadline: '2021-05-15' }),
    task('t2'),
    task('t3', { leads: ['so-b'] }),
    task('t4', { leads: ['so-c'] }),
  ],
  reports: [
    {
      unit: 'so-a',
      period: '2021-h1',
      submitted: '2021-06-20',
      items: [
        { task: 't1', status: 'hoan-thanh', progress: 100, account: 'x', evidence: [] },
        { task: 't2', status: 'dang-thuc-hien', progress: 40, account: 'x', evidence: [] },
      ],
    },
    {
      unit: 'so-b',
      period: '2021-h1',
      submitted: '2021-06-21',
      items: [{ task: 't3', status: 'dang-thuc-hien', progress: null, account: 'x', evidence: [] }],
    },
    {
      unit: 'so-a',
      period: '2021-y',
      submitted: '2022-01-05',
      items: [{ task: 't2', status: 'hoan-thanh', progress: 100, account: 'x', evidence: [] }],
    },
  ],
};

describe('task status as of a date', () => {
  it('takes the latest report filed by the date', () => {
    const byId = (asOf: string) => Object.fromEntries(taskProgress(plan, asOf).map((p) => [p.task.id, p.status]));
    expect(byId('2021-12-31')).toEqual({ t1: 'hoan-thanh', t2: 'dang-thuc-hien', t3: 'dang-thuc-hien', t4: null });
    expect(byId('2022-01-05').t2).toBe('hoan-thanh');
  });
  it('marks a task overdue once its deadline passes without a report of completion', () => {
    const [t1] = taskProgress(plan, '2021-05-16');
    expect(t1).toMatchObject({ status: 'qua-han', overdue: true });
    // Done, but reported after the deadline: no longer overdue, not done on time.
    expect(taskProgress(plan, '2021-12-31')[0]).toMatchObject({
      status: 'hoan-thanh',
      overdue: false,
      doneOnTime: false,
    });
  });
  it('counts tasks without any report apart, never as 0% done', () => {
    expect(planProgress(plan, '2021-12-31').total).toEqual({
      'chua-trien-khai': 0,
      'dang-thuc-hien': 2,
      'hoan-thanh': 1,
      'qua-han': 0,
      none: 1,
    });
  });
});

describe('a plan nobody has reported on', () => {
  it('is told apart from a plan with reports, as of the date, and its tasks show no status of their own', () => {
    // Before any report is filed: every task is "none", and none shows it.
    const before = taskProgress(plan, '2021-05-01');
    expect(before.every((p) => !p.planReported)).toBe(true);
    expect(anyReported(planProgress(plan, '2021-05-01').total)).toBe(false);
    expect(before.filter(showsStatus)).toEqual([]);
    expect(statusSummary(planProgress(plan, '2021-05-01').total, 'vi')).toBe(
      '4 nhiệm vụ; chưa có báo cáo tiến độ nào.',
    );
    // A passed deadline still shows: "quá hạn" is known without any report.
    const overdue = taskProgress(plan, '2021-05-16');
    expect(overdue.filter(showsStatus).map((p) => p.task.id)).toEqual(['t1']);
    expect(anyReported(planProgress(plan, '2021-05-16').total)).toBe(true);
    // Once one unit reports, every task shows its status, "no report" included.
    const after = taskProgress(plan, '2021-12-31');
    expect(after.every(showsStatus)).toBe(true);
    expect(anyReported(planProgress(plan, '2021-12-31').total)).toBe(true);
  });
});

describe('reporting compliance', () => {
  const grid = complianceGrid(plan, '2021-12-31')!;
  const row = (unit: string) => grid.rows.find((r) => r.unit === unit)!;
  it('expects a report from every lead unit for every period', () => {
    expect(grid.rows.map((r) => r.unit)).toEqual(['so-a', 'so-b', 'so-c']);
    expect(grid.periods.map((p) => p.id)).toEqual(['2021-h1', '2021-y']);
  });
  it('a report on a Sunday deadline is on time; the Monday after is late by one day', () => {
    expect(row('so-a').cells[0]).toMatchObject({ state: 'on-time' });
    expect(row('so-b').cells[0]).toMatchObject({ state: 'late', daysLate: 1 });
  });
  it('a report filed after the as-of date is missing as of that date', () => {
    expect(row('so-a').cells[1]!.state).toBe('missing');
    expect(complianceGrid(plan, '2022-01-05')!.rows[0]!.cells[1]!.state).toBe('late');
  });
  it('a unit with no report at all has every due period missing, and its share is 0 of 2, not "no data"', () => {
    expect(row('so-c')).toMatchObject({ due: 2, onTime: 0, late: 0, missing: 2 });
    expect(unitScorecard([plan], 'so-c', '2021-12-31')).toMatchObject({
      reports: { due: 2, missing: 2 },
      done: 0,
      counts: { none: 1 },
    });
  });
  it('before any deadline there is nothing to judge: the share is null, not 0%', () => {
    const card = unitScorecard([plan], 'so-c', '2021-06-01');
    expect(card.reports).toBeNull();
    expect(onTimeShare(card.reports)).toBeNull();
    expect(onTimeShare(unitScorecard([plan], 'so-a', '2021-12-31').reports)).toBe(0.5);
  });
  it('a unit that leads nothing in a plan has no row and no scorecard figures', () => {
    expect(unitScorecard([plan], 'so-z', '2021-12-31')).toMatchObject({ led: [], reports: null, sample: false });
  });
});
