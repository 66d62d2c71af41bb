import { describe, expect, it } from 'vitest';
import type { IssueWindow } from '../documents/rules.ts';
import { planDates, planUnitsInTime, reportRules } from './rules.ts';
import type { PlanFile, ProgressReport, ReportFile, Task } from './schema.ts';

const task = (id: string, fields: Partial<Task> = {}): Task => ({
  id,
  number: null,
  text: 'Việc.',
  leads: [],
  lead_text: null,
  cooperating: [],
  cooperating_text: null,
  dimensions: [],
  areas: [],
  indices: [],
  targets: [],
  deadline: null,
  deadline_text: null,
  ...fields,
});

const plan = (tasks: Task[], reporting: Partial<NonNullable<PlanFile['reporting']>> | null = null): PlanFile => ({
  papi_year: null,
  targets: [],
  missing_annex: null,
  reporting: reporting && {
    text: 'Báo cáo.',
    section: null,
    to: null,
    first: '2021-h1',
    last: null,
    periods: [{ kind: 'h1', due: '06-20', due_days_after_end: null }],
    note_vi: null,
    note_en: null,
    ...reporting,
  },
  sections: [{ part: null, group: null, number: null, heading: null, tasks }],
});

const issuedOn = (date: string): IssueWindow => ({
  from: date,
  to: date,
  exact: true,
  why: { vi: `ngày ${date}`, en: `on ${date}` },
});
const paths = (problems: { path: readonly (string | number)[] }[]) => problems.map((p) => p.path.join('.'));

describe('planDates', () => {
  it('no task due before the plan was issued', () => {
    const problems = planDates(
      plan([task('a', { deadline: '2021-05-01' }), task('b', { deadline: '2021-05-10' })]),
      issuedOn('2021-05-10'),
    );
    expect(paths(problems)).toEqual(['sections.0.tasks.0.deadline']);
    expect(problems[0]!.expected.en).toContain('cannot fall due before the plan');
  });

  it('reporting periods in reverse', () => {
    const problems = planDates(plan([task('a')], { first: '2021-y', last: '2021-h1' }), issuedOn('2021-05-10'));
    expect(paths(problems)).toEqual(['reporting.last']);
    expect(planDates(plan([task('a')], { first: '2021-h1', last: '2021-q2' }), issuedOn('2021-05-10'))).toEqual([]);
  });

  it('a first period that ended before the plan is a judgement', () => {
    const problems = planDates(plan([task('a')], { first: '2021-q1' }), issuedOn('2021-05-10'));
    expect(paths(problems)).toEqual(['reporting.first']);
    expect(problems[0]!.expected.vi).toContain('khó có thể đúng — kiểm tra lại');
  });

  it('a PAPI year before the plan is a judgement', () => {
    const aimed = (year: number) => ({ ...plan([task('a')]), papi_year: year });
    const problems = planDates(aimed(2020), issuedOn('2021-05-10'));
    expect(paths(problems)).toEqual(['papi_year']);
    expect(problems[0]!.expected.en).toContain('unlikely to be right');
    expect(planDates(aimed(2021), issuedOn('2021-05-10'))).toEqual([]);
  });

  it('judges nothing when nothing says when the plan was issued', () => {
    const unknown: IssueWindow = { from: null, to: '2026-11-23', exact: false, why: { vi: '', en: '' } };
    const old = { ...plan([task('a', { deadline: '2000-01-01' })], { first: '2000-q1' }), papi_year: 2011 };
    expect(planDates(old, unknown)).toEqual([]);
  });
});

describe('planUnitsInTime', () => {
  const units = new Map([
    ['cu', { valid_from: null, valid_to: '2025-06-30' }],
    ['moi', { valid_from: '2025-07-01', valid_to: null }],
  ]);
  it('a 2021 plan does not assign a unit of 2025, nor a 2026 plan one that had ended', () => {
    expect(
      paths(planUnitsInTime(plan([task('a', { leads: ['cu'], cooperating: ['moi'] })]), issuedOn('2021-05-10'), units)),
    ).toEqual(['sections.0.tasks.0.cooperating.0']);
    expect(
      paths(planUnitsInTime(plan([task('a', { leads: ['moi'] })], { to: 'cu' }), issuedOn('2026-01-10'), units)),
    ).toEqual(['reporting.to']);
  });
});

describe('reportRules', () => {
  const report = (fields: Partial<ProgressReport> = {}): ProgressReport => ({
    unit: 'so',
    period: '2021-h1',
    submitted: '2021-06-18',
    items: [{ task: 'a', status: 'dang-thuc-hien', progress: null, account: 'Đang làm.', evidence: [] }],
    ...fields,
  });
  const item = (fields: Partial<ProgressReport['items'][number]>) => ({
    task: 'a',
    status: 'dang-thuc-hien' as const,
    progress: null,
    account: 'Đang làm.',
    evidence: [],
    ...fields,
  });
  const file = (reports: ProgressReport[], scope: ReportFile['scope'] = null): ReportFile => ({
    sample: false,
    scope,
    reports,
  });
  const units = new Map([
    ['so', { valid_from: null, valid_to: null }],
    ['cu', { valid_from: null, valid_to: '2025-06-30' }],
  ]);
  const context = {
    tasks: new Map([
      ['a', { deadline: '2021-09-30' }],
      ['b', { deadline: null }],
    ]),
    periods: new Set(['2021-h1', '2021-y', '2025-y']),
    issued: issuedOn('2021-05-10'),
  };
  const check = (reports: ProgressReport[], scope: ReportFile['scope'] = null) =>
    reportRules(file(reports, scope), context, units);

  it('accepts a report filed within its period', () => {
    expect(check([report()])).toEqual([]);
  });

  it('a report filed before its period began, or before the plan', () => {
    expect(
      paths(check([report({ period: '2025-y', submitted: '2021-06-18' }), report({ submitted: '2021-05-01' })])),
    ).toEqual(['reports.0.submitted', 'reports.1.submitted']);
  });

  it('a report by a unit that had ended', () => {
    const problems = check([report({ unit: 'cu', period: '2025-y', submitted: '2025-11-20' })]);
    expect(paths(problems)).toEqual(['reports.0.unit']);
    expect(problems[0]!.expected.vi).toContain('đã kết thúc ngày 2025-06-30');
  });

  it('a report outside the scope the file states', () => {
    const scope = { units: ['so'], periods: ['2021-h1'] };
    expect(
      paths(
        check(
          [report({ unit: 'cu' }), report({ period: '2021-y', submitted: '2021-11-20' }), report({ period: '2020-y' })],
          scope,
        ),
      ),
    ).toEqual(['reports.0.unit', 'reports.1.period']);
  });

  it('a task twice in one report', () => {
    expect(paths(check([report({ items: [item({}), item({ task: 'b' }), item({ status: 'hoan-thanh' })] })]))).toEqual([
      'reports.0.items.2.task',
    ]);
  });

  it('a status that contradicts the share done', () => {
    const problems = check([
      report({
        items: [
          item({ status: 'chua-trien-khai', progress: 100 }),
          item({ task: 'b', status: 'hoan-thanh', progress: 0 }),
          item({ task: 'c', status: 'dang-thuc-hien', progress: 100 }),
          item({ task: 'd', status: 'chua-trien-khai', progress: 0 }),
          item({ task: 'e', status: 'hoan-thanh', progress: 100 }),
        ],
      }),
    ]);
    expect(paths(problems)).toEqual([
      'reports.0.items.0.progress',
      'reports.0.items.1.progress',
      'reports.0.items.2.progress',
    ]);
    expect(problems[0]!.expected.vi).not.toContain('khó có thể đúng');
    expect(problems[2]!.expected.vi).toContain('khó có thể đúng');
  });

  it('overdue before the deadline', () => {
    const problems = check([report({ items: [item({ status: 'qua-han' }), item({ task: 'b', status: 'qua-han' })] })]);
    expect(paths(problems)).toEqual(['reports.0.items.0.status']);
    expect(problems[0]!.expected.en).toContain('due on 2021-09-30');
    expect(
      check([report({ period: '2021-y', submitted: '2021-11-30', items: [item({ status: 'qua-han' })] })]),
    ).toEqual([]);
  });
});
