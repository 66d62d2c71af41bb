/**
 * Consistency rules of plans and progress reports, across fields and files: deadlines and
 * reporting periods after the plan was issued and in order, units that existed at the time,
 * a report filed within its plan's life and its own period, and a status that agrees with
 * the share done. Pure functions: the loader (load.ts) files what they return at the right line.
 */
import { judgement, shown, validOn, type FieldProblem, type Validity } from '../../base/rules.ts';
import type { IssueWindow } from '../documents/rules.ts';
import { periodBounds } from './periods.ts';
import type { PlanFile, ReportFile, Task } from './schema.ts';

/** Where a task sits in its plan file. */
const taskPath = (s: number, t: number) => ['sections', s, 'tasks', t];

/**
 * A plan's own dates: no task due before the plan was issued, reporting periods not in
 * reverse, and (judgements) no PAPI survey year already over and no first period that
 * ended before the plan existed.
 */
export function planDates(plan: PlanFile, issued: IssueWindow): FieldProblem[] {
  const problems: FieldProblem[] = [];
  plan.sections.forEach((section, s) =>
    section.tasks.forEach((task, t) => {
      if (task.deadline && issued.from && task.deadline < issued.from)
        problems.push({
          path: [...taskPath(s, t), 'deadline'],
          found: shown(task.deadline),
          expected: {
            vi: `một hạn không sớm hơn ngày ban hành kế hoạch (${issued.why.vi}): không thể giao việc có hạn trước khi có kế hoạch`,
            en: `a deadline no earlier than the plan's issue date (${issued.why.en}): a task cannot fall due before the plan that sets it`,
          },
        });
    }),
  );
  const issuedYear = issued.from ? Number(issued.from.slice(0, 4)) : null;
  if (plan.papi_year !== null && issuedYear !== null && plan.papi_year < issuedYear)
    problems.push({
      path: ['papi_year'],
      found: String(plan.papi_year),
      expected: judgement({
        vi: `một năm khảo sát PAPI từ ${issuedYear} trở đi (${issued.why.vi}): cuộc khảo sát năm ${plan.papi_year} đã diễn ra trước khi có kế hoạch, kế hoạch không còn tác động được`,
        en: `a PAPI survey year of ${issuedYear} or later (${issued.why.en}): the ${plan.papi_year} survey took place before the plan existed, so the plan can no longer affect it`,
      }),
    });
  const reporting = plan.reporting;
  if (!reporting) return problems;
  const first = periodBounds(reporting.first);
  if (reporting.last && periodBounds(reporting.last).end < first.end)
    problems.push({
      path: ['reporting', 'last'],
      found: shown(reporting.last),
      expected: {
        vi: `kỳ báo cáo cuối không trước kỳ đầu (first: ${reporting.first})`,
        en: `a last period not before the first (first: ${reporting.first})`,
      },
    });
  else if (issued.from && first.end < issued.from)
    problems.push({
      path: ['reporting', 'first'],
      found: shown(reporting.first),
      expected: judgement({
        vi: `một kỳ báo cáo đầu tiên chưa kết thúc khi kế hoạch ban hành (${issued.why.vi}): kỳ ${reporting.first} đã kết thúc ngày ${first.end}, trước khi có kế hoạch`,
        en: `a first period that had not ended when the plan was issued (${issued.why.en}): ${reporting.first} ended on ${first.end}, before the plan existed`,
      }),
    });
  return problems;
}

/**
 * The units a plan assigns tasks to, and the body reports go to, existed when it was issued:
 * a 2021 plan cannot give a task to a commune set up in 2025.
 */
export function planUnitsInTime(
  plan: PlanFile,
  issued: IssueWindow,
  units: ReadonlyMap<string, Validity>,
): FieldProblem[] {
  const refs: [path: (string | number)[], id: string][] = plan.sections.flatMap((section, s) =>
    section.tasks.flatMap((task, t) =>
      (['leads', 'cooperating'] as const).flatMap((key) =>
        task[key].map((id, k): [(string | number)[], string] => [[...taskPath(s, t), key, k], id]),
      ),
    ),
  );
  if (plan.reporting?.to) refs.push([['reporting', 'to'], plan.reporting.to]);
  const problems: FieldProblem[] = [];
  for (const [path, id] of refs) {
    const unit = units.get(id);
    if (!unit) continue;
    if (unit.valid_from && unit.valid_from > issued.to)
      problems.push({
        path,
        found: shown(id),
        expected: {
          vi: `một đơn vị đã có khi kế hoạch ban hành (${issued.why.vi}): "${id}" chỉ bắt đầu từ ${unit.valid_from}`,
          en: `a unit that existed when the plan was issued (${issued.why.en}): "${id}" began only on ${unit.valid_from}`,
        },
      });
    else if (unit.valid_to && issued.from && unit.valid_to < issued.from)
      problems.push({
        path,
        found: shown(id),
        expected: {
          vi: `một đơn vị còn tồn tại khi kế hoạch ban hành (${issued.why.vi}): "${id}" đã kết thúc ngày ${unit.valid_to}`,
          en: `a unit that still existed when the plan was issued (${issued.why.en}): "${id}" ended on ${unit.valid_to}`,
        },
      });
  }
  return problems;
}

/**
 * Progress reports: filed after the plan was issued and not before the period they report
 * on began, by a unit that existed on that day, within what the file says it covers; each
 * task once per report, with a status that agrees with the share done and with the deadline.
 */
export function reportRules(
  file: ReportFile,
  plan: {
    /** The plan's tasks by id. */
    tasks: ReadonlyMap<string, Pick<Task, 'deadline'>>;
    /** The plan's reporting periods (a report on another one is reported by the loader). */
    periods: ReadonlySet<string>;
    issued: IssueWindow;
  },
  units: ReadonlyMap<string, Validity>,
): FieldProblem[] {
  const { tasks, periods, issued } = plan;
  const problems: FieldProblem[] = [];
  const add = (path: (string | number)[], found: string, expected: FieldProblem['expected']) =>
    problems.push({ path, found, expected });
  file.reports.forEach((report, r) => {
    const path = ['reports', r];
    const scope = file.scope;
    // An unknown unit or period is the loader's to report; it is not also out of scope.
    if (scope && units.has(report.unit) && !scope.units.includes(report.unit))
      add([...path, 'unit'], shown(report.unit), {
        vi: `một đơn vị trong phạm vi của tệp (scope.units: ${scope.units.join(', ')})`,
        en: `a unit within the file's scope (scope.units: ${scope.units.join(', ')})`,
      });
    else if (scope && periods.has(report.period) && !scope.periods.includes(report.period))
      add([...path, 'period'], shown(report.period), {
        vi: `một kỳ trong phạm vi của tệp (scope.periods: ${scope.periods.join(', ')})`,
        en: `a period within the file's scope (scope.periods: ${scope.periods.join(', ')})`,
      });
    const unit = units.get(report.unit);
    const { start } = periodBounds(report.period);
    if (periods.has(report.period) && report.submitted < start)
      add([...path, 'submitted'], shown(report.submitted), {
        vi: `một ngày không sớm hơn ngày đầu của kỳ báo cáo ${report.period} (${start}): không thể nộp báo cáo cho một kỳ chưa bắt đầu`,
        en: `a day no earlier than the first day of period ${report.period} (${start}): a report cannot be filed for a period that has not begun`,
      });
    else if (issued.from && report.submitted < issued.from)
      add([...path, 'submitted'], shown(report.submitted), {
        vi: `một ngày không sớm hơn ngày ban hành kế hoạch (${issued.why.vi}): không thể báo cáo về kế hoạch chưa có`,
        en: `a day no earlier than the plan's issue date (${issued.why.en}): no one can report on a plan not yet issued`,
      });
    else if (unit && !validOn(unit, report.submitted))
      add([...path, 'unit'], shown(report.unit), {
        vi: `một đơn vị còn tồn tại vào ngày nộp báo cáo (${report.submitted}): "${report.unit}" ${unit.valid_to && unit.valid_to < report.submitted ? `đã kết thúc ngày ${unit.valid_to}` : `chỉ bắt đầu từ ${unit.valid_from}`}`,
        en: `a unit that existed on the day the report was filed (${report.submitted}): "${report.unit}" ${unit.valid_to && unit.valid_to < report.submitted ? `ended on ${unit.valid_to}` : `began only on ${unit.valid_from}`}`,
      });
    const seen = new Map<string, number>();
    report.items.forEach((item, i) => {
      const itemPath = [...path, 'items', i];
      const first = seen.get(item.task);
      if (first !== undefined) {
        add([...itemPath, 'task'], shown(item.task), {
          vi: `mỗi nhiệm vụ một lần trong một báo cáo: "${item.task}" đã có ở items.${first} của báo cáo này`,
          en: `each task once in a report: "${item.task}" is already at items.${first} of this report`,
        });
        return;
      }
      seen.set(item.task, i);
      if (item.status === 'chua-trien-khai' && item.progress !== null && item.progress > 0)
        add([...itemPath, 'progress'], String(item.progress), {
          vi: `0 hoặc để trống: nhiệm vụ "chưa triển khai" (chua-trien-khai) thì chưa làm được phần nào`,
          en: `0 or empty: a task "not started" (chua-trien-khai) has no share done`,
        });
      else if (item.status === 'hoan-thanh' && item.progress !== null && item.progress < 100)
        add([...itemPath, 'progress'], String(item.progress), {
          vi: `100 hoặc để trống: nhiệm vụ "hoàn thành" (hoan-thanh) là đã làm xong toàn bộ`,
          en: `100 or empty: a task "done" (hoan-thanh) is done in full`,
        });
      else if (item.status === 'dang-thuc-hien' && item.progress === 100)
        add(
          [...itemPath, 'progress'],
          String(item.progress),
          judgement({
            vi: `dưới 100, hoặc trạng thái "hoan-thanh": nhiệm vụ "đang thực hiện" mà đã làm được 100%`,
            en: `less than 100, or the status "hoan-thanh": a task "in progress" with 100% done`,
          }),
        );
      const deadline = tasks.get(item.task)?.deadline;
      if (item.status === 'qua-han' && deadline && report.submitted <= deadline)
        add([...itemPath, 'status'], shown(item.status), {
          vi: `một trạng thái khác "qua-han": hạn của nhiệm vụ là ${deadline}, chưa qua vào ngày nộp báo cáo (${report.submitted})`,
          en: `a status other than "qua-han" (overdue): the task is due on ${deadline}, which had not passed when the report was filed (${report.submitted})`,
        });
    });
  });
  return problems;
}
