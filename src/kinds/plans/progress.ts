/**
 * Figures derived from plans and reports as of a date, computed here once so that pages only
 * present them: each task's status, overdue tasks, reporting compliance per unit and period,
 * per-plan and per-unit tallies. "Not reported" is its own state, never a 0.
 */
import type { Plan, PlanTask } from './load.ts';
import { daysBetween } from '../../base/dates.ts';
import { reportingPeriods, timeliness, type Period, type Timeliness } from './periods.ts';
import type { ProgressReport, TaskStatus } from './schema.ts';

/** One report's word on one task. */
export interface TaskUpdate {
  unit: string;
  period: string;
  submitted: string;
  status: TaskStatus;
  progress: number | null;
  account: string;
  evidence: string[];
}

/** A task's state as of the date. */
export interface TaskProgress {
  task: PlanTask;
  /** Reports on it filed by the date, oldest first. */
  updates: TaskUpdate[];
  latest: TaskUpdate | null;
  /** The status to show: the latest report's, or "qua-han" once a stated deadline has passed without completion; null = no report. */
  status: TaskStatus | null;
  /** Its deadline has passed and no report says it is done. */
  overdue: boolean;
  /** Reported done on or before its deadline (null when it has no deadline or is not done). */
  doneOnTime: boolean | null;
  /** The reports are illustrative. */
  sample: boolean;
  /**
   * Whether any unit has reported on the task's plan by the date. When none has, the plan says
   * so once, with what a report would show, and its tasks show no "no report" of their own.
   */
  planReported: boolean;
}

function updatesOf(plan: Plan, asOf: string): Map<string, TaskUpdate[]> {
  const out = new Map<string, TaskUpdate[]>();
  const byFiled = [...plan.reports]
    .filter((r) => r.submitted <= asOf)
    .sort((a, b) => a.submitted.localeCompare(b.submitted));
  for (const report of byFiled) {
    for (const item of report.items) {
      const list = out.get(item.task) ?? [];
      list.push({ unit: report.unit, period: report.period, submitted: report.submitted, ...item });
      out.set(item.task, list);
    }
  }
  return out;
}

export function taskProgress(plan: Plan, asOf: string): TaskProgress[] {
  const updates = updatesOf(plan, asOf);
  const planReported = plan.reports.some((r) => r.submitted <= asOf);
  return plan.tasks.map((task) => {
    const list = updates.get(task.id) ?? [];
    // The lead's word counts over a cooperating unit's on the same day.
    const latest =
      [...list]
        .sort(
          (a, b) =>
            a.submitted.localeCompare(b.submitted) ||
            Number(task.leads.includes(a.unit)) - Number(task.leads.includes(b.unit)),
        )
        .at(-1) ?? null;
    const done = latest?.status === 'hoan-thanh';
    const overdue = task.deadline !== null && task.deadline < asOf && !done;
    const firstDone = list.find((u) => u.status === 'hoan-thanh');
    return {
      task,
      updates: list,
      latest,
      status: overdue ? 'qua-han' : (latest?.status ?? null),
      overdue,
      doneOnTime: done && task.deadline ? firstDone!.submitted <= task.deadline : null,
      sample: plan.sampleTasks || (plan.sample && list.length > 0),
      planReported,
    };
  });
}

/** Counts of tasks by status; "none" is tasks without any report. */
export type StatusCounts = Record<TaskStatus | 'none', number>;

/** Whether any of the counted tasks has a status from a report (or a deadline passed): not all "none". */
export function anyReported(counts: StatusCounts): boolean {
  return Object.entries(counts).some(([status, n]) => status !== 'none' && n > 0);
}

export function countStatuses(items: TaskProgress[]): StatusCounts {
  const counts: StatusCounts = { 'chua-trien-khai': 0, 'dang-thuc-hien': 0, 'hoan-thanh': 0, 'qua-han': 0, none: 0 };
  for (const item of items) counts[item.status ?? 'none']++;
  return counts;
}

/** Per-plan progress: the whole plan and each of its sections. */
export function planProgress(plan: Plan, asOf: string) {
  const items = taskProgress(plan, asOf);
  return {
    items,
    total: countStatuses(items),
    sections: plan.sections.map((_, s) => countStatuses(items.filter((i) => i.task.section === s))),
    overdue: items.filter((i) => i.overdue),
  };
}

/** Units expected to report: the scope of the reports when they cover only some, else every lead unit, in plan order. */
export function expectedReporters(plan: Plan): string[] {
  if (plan.scope) return plan.scope.units;
  return [...new Set(plan.tasks.flatMap((t) => t.leads))];
}

export interface ComplianceCell {
  period: Period;
  report: ProgressReport | null;
  state: Timeliness;
  /** Days after the deadline for a late report. */
  daysLate: number | null;
}

export interface ComplianceRow {
  unit: string;
  cells: ComplianceCell[];
  /** Periods whose deadline has passed: the denominator for on time / late / missing. */
  due: number;
  onTime: number;
  late: number;
  missing: number;
}

/** The reporting-compliance grid of a plan (units × periods) as of the date; null when the plan asks no reports. */
export function complianceGrid(plan: Plan, asOf: string): { periods: Period[]; rows: ComplianceRow[] } | null {
  if (!plan.reporting) return null;
  const scope = plan.scope ? new Set(plan.scope.periods) : null;
  const periods = reportingPeriods(plan.reporting, asOf).filter((p) => !scope || scope.has(p.id));
  const rows = expectedReporters(plan).map((unit): ComplianceRow => {
    const cells = periods.map((period): ComplianceCell => {
      const report = plan.reports.find((r) => r.unit === unit && r.period === period.id) ?? null;
      const state = timeliness(period.due, report?.submitted ?? null, asOf);
      return {
        period,
        report: state === 'not-due' || state === 'no-deadline' ? null : report,
        state,
        daysLate: state === 'late' ? daysBetween(period.due!, report!.submitted) : null,
      };
    });
    const count = (s: Timeliness) => cells.filter((c) => c.state === s).length;
    return {
      unit,
      cells,
      onTime: count('on-time'),
      late: count('late'),
      missing: count('missing'),
      due: count('on-time') + count('late') + count('missing'),
    };
  });
  return { periods, rows };
}

/** A unit's scorecard across plans. Report counts are null when no period was due: nothing to judge, not 0%. */
export interface Scorecard {
  unit: string;
  led: TaskProgress[];
  cooperating: TaskProgress[];
  counts: StatusCounts;
  done: number;
  /** Done by their stated deadline. */
  doneOnTime: number;
  overdue: number;
  reports: { due: number; onTime: number; late: number; missing: number } | null;
  /** Some figures come from illustrative reports. */
  sample: boolean;
}

export function unitScorecard(plans: Plan[], unit: string, asOf: string): Scorecard {
  const led: TaskProgress[] = [];
  const cooperating: TaskProgress[] = [];
  let reports: Scorecard['reports'] = null;
  let sample = false;
  for (const plan of plans) {
    const items = taskProgress(plan, asOf);
    led.push(...items.filter((i) => i.task.leads.includes(unit)));
    cooperating.push(...items.filter((i) => i.task.cooperating.includes(unit) && !i.task.leads.includes(unit)));
    const row = complianceGrid(plan, asOf)?.rows.find((r) => r.unit === unit);
    if (row && row.due > 0) {
      const r: NonNullable<Scorecard['reports']> = reports ?? { due: 0, onTime: 0, late: 0, missing: 0 };
      reports = {
        due: r.due + row.due,
        onTime: r.onTime + row.onTime,
        late: r.late + row.late,
        missing: r.missing + row.missing,
      };
    }
    if ((plan.sample && row) || items.some((i) => i.sample && [...i.task.leads, ...i.task.cooperating].includes(unit)))
      sample = true;
  }
  const counts = countStatuses(led);
  return {
    unit,
    led,
    cooperating,
    counts,
    done: counts['hoan-thanh'],
    doneOnTime: led.filter((i) => i.doneOnTime === true).length,
    overdue: led.filter((i) => i.overdue).length,
    reports,
    sample,
  };
}

/** Every unit that leads or cooperates on a task, in a stable order. */
export function unitsWithTasks(plans: Plan[]): string[] {
  return [...new Set(plans.flatMap((p) => p.tasks.flatMap((t) => [...t.leads, ...t.cooperating])))];
}

/** Share of due reports filed on time, 0–1; null when nothing was due (never shown as 0%). */
export function onTimeShare(reports: Scorecard['reports']): number | null {
  return reports && reports.due > 0 ? reports.onTime / reports.due : null;
}
