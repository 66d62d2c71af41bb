/**
 * Reads tasks/<document-id>.yaml (a plan's tasks) and reports/<document-id>.yaml (progress
 * reports on them), and checks every reference: the document, units, tasks and periods.
 */
import { basename } from 'node:path';
import {
  claimAddress,
  entryOf,
  listFiles,
  relPath,
  reportField,
  tryRead,
  type Entry,
  type LoadContext,
} from '../../base/content/context.ts';
import { routes } from '../../base/routes.ts';
import { readYaml } from '../../base/content/read.ts';
import { fileFieldProblems, type Validity } from '../../base/rules.ts';
import type { IssueWindow } from '../documents/rules.ts';
import { reportTaskProblems } from './files.ts';
import { reportingPeriods } from './periods.ts';
import { planDates, planUnitsInTime, reportRules } from './rules.ts';
import {
  planFileSchema,
  reportFileSchema,
  type PlanFile,
  type ProgressReport,
  type ReportFile,
  type Task,
} from './schema.ts';

/** A task with where it sits: its plan (document id) and the index of its section. */
export interface PlanTask extends Task {
  plan: string;
  section: number;
}

export interface Plan extends Omit<PlanFile, 'sample'> {
  /** The document's id: the plan page is /ke-hoach/<id>/. */
  id: string;
  tasks: PlanTask[];
  reports: ProgressReport[];
  /** True when the reports are illustrative (dữ liệu minh họa). */
  sample: boolean;
  /** True when the tasks are (sample: true in the tasks file, or in the document: plans/index.ts). */
  sampleTasks: boolean;
  /** Units and periods the reports cover, when they cover only some (a sample does). */
  scope: ReportFile['scope'];
}

type Loaded<T> = { id: string; entry: Entry<T> };

const fileId = (abs: string) => basename(abs).replace(/\.ya?ml$/, '');

function loadFiles<T>(
  ctx: LoadContext,
  sub: string,
  read: (located: ReturnType<typeof readYaml>) => Entry<T> | undefined,
): Loaded<T>[] {
  const out: Loaded<T>[] = [];
  for (const abs of listFiles(ctx, sub, ['.yaml', '.yml'])) {
    const file = relPath(ctx, abs);
    const located = tryRead(ctx, () => readYaml(abs, file));
    const entry = located && read(located);
    if (entry) out.push({ id: fileId(abs), entry });
  }
  return out;
}

const missingUnit = (ref: string) => ({
  vi: `mã của một đơn vị có trong units/ (không có đơn vị "${ref}")`,
  en: `the id of a unit in units/ (there is no unit "${ref}")`,
});

/** What the rules across files (rules.ts) judge by: when each valid document was issued, when each unit existed. */
export interface PlanFacts {
  issued: ReadonlyMap<string, IssueWindow>;
  units: ReadonlyMap<string, Validity>;
}

export function loadPlans(
  ctx: LoadContext,
  documentIds: Set<string>,
  unitIds: Set<string>,
  asOf: string,
  facts: PlanFacts = { issued: new Map(), units: new Map() },
): Plan[] {
  const planFiles = loadFiles(ctx, 'tasks', (l) => entryOf(ctx, planFileSchema, l));
  const reportFiles = loadFiles(ctx, 'reports', (l) => entryOf(ctx, reportFileSchema, l));
  const taskPlace = new Map<string, string>();
  const plans = new Map<string, Plan>();

  for (const { id, entry } of planFiles) {
    const at = (path: (string | number)[]) => entry.at(path);
    if (!documentIds.has(id)) {
      ctx.issues.add({
        ...at([]),
        field: '(tên tệp / file name)',
        found: JSON.stringify(`${id}.yaml`),
        expected: {
          vi: `tên tệp là mã của một văn bản trong documents/ (không có văn bản "${id}")`,
          en: `a file named after a document in documents/ (there is no document "${id}")`,
        },
      });
      continue;
    }
    const tasks: PlanTask[] = [];
    entry.data.sections.forEach((section, s) =>
      section.tasks.forEach((task, t) => {
        const path = ['sections', s, 'tasks', t];
        const first = taskPlace.get(task.id);
        if (first)
          reportField(ctx, entry, [...path, 'id'], JSON.stringify(task.id), {
            vi: `một mã nhiệm vụ chưa dùng (đã có ở ${first})`,
            en: `a task id not used yet (already used at ${first})`,
          });
        else {
          taskPlace.set(task.id, `${entry.file}:${at([...path, 'id']).line ?? ''}`);
          claimAddress(ctx, entry, [...path, 'id'], routes.task(task.id), task.id);
        }
        (['leads', 'cooperating'] as const).forEach((key) =>
          task[key].forEach((ref, k) => {
            if (!unitIds.has(ref)) reportField(ctx, entry, [...path, key, k], JSON.stringify(ref), missingUnit(ref));
          }),
        );
        tasks.push({ ...task, plan: id, section: s });
      }),
    );
    const to = entry.data.reporting?.to;
    if (to && !unitIds.has(to)) reportField(ctx, entry, ['reporting', 'to'], JSON.stringify(to), missingUnit(to));
    const issued = facts.issued.get(id);
    if (issued) {
      fileFieldProblems(ctx, entry, planDates(entry.data, issued));
      fileFieldProblems(ctx, entry, planUnitsInTime(entry.data, issued, facts.units));
    }
    plans.set(id, {
      ...entry.data,
      id,
      tasks,
      reports: [],
      sample: false,
      sampleTasks: entry.data.sample === true,
      scope: null,
    });
  }

  for (const { id, entry } of reportFiles) {
    const plan = plans.get(id);
    // A plan file that failed validation was reported already; its reports wait for it.
    if (!plan && listFiles(ctx, 'tasks', ['.yaml', '.yml']).some((abs) => fileId(abs) === id)) continue;
    if (!plan) {
      ctx.issues.add({
        ...entry.at([]),
        field: '(tên tệp / file name)',
        found: JSON.stringify(`${id}.yaml`),
        expected: {
          vi: `tên tệp là mã của một kế hoạch có trong tasks/ (không có "${id}")`,
          en: `a file named after a plan in tasks/ (there is no "${id}")`,
        },
      });
      continue;
    }
    checkReports(ctx, entry, plan, unitIds, asOf);
    const issued = facts.issued.get(id);
    if (issued) {
      const tasks = tasksById(plan);
      const periods = new Set(plan.reporting ? reportingPeriods(plan.reporting, asOf).map((p) => p.id) : []);
      fileFieldProblems(ctx, entry, reportRules(entry.data, { tasks, periods, issued }, facts.units));
    }
    plans.set(id, { ...plan, reports: entry.data.reports, sample: entry.data.sample, scope: entry.data.scope });
  }
  return [...plans.values()];
}

/** A plan's tasks by id; a repeated id is reported once, as a repeat, and the first task keeps it. */
function tasksById(plan: Plan): Map<string, PlanTask> {
  const out = new Map<string, PlanTask>();
  for (const task of plan.tasks) if (!out.has(task.id)) out.set(task.id, task);
  return out;
}

function checkReports(
  ctx: LoadContext,
  entry: Entry<ReportFile>,
  plan: Plan,
  unitIds: Set<string>,
  asOf: string,
): void {
  const periods = new Set(plan.reporting ? reportingPeriods(plan.reporting, asOf).map((p) => p.id) : []);
  const badPeriod = (p: string) => ({
    vi: `một kỳ báo cáo của kế hoạch (${[...periods].join(', ') || 'kế hoạch không nêu kỳ báo cáo'}); không có "${p}"`,
    en: `one of the plan's reporting periods (${[...periods].join(', ') || 'the plan states none'}); not "${p}"`,
  });
  entry.data.scope?.units.forEach(
    (u, i) => unitIds.has(u) || reportField(ctx, entry, ['scope', 'units', i], JSON.stringify(u), missingUnit(u)),
  );
  entry.data.scope?.periods.forEach(
    (p, i) => periods.has(p) || reportField(ctx, entry, ['scope', 'periods', i], JSON.stringify(p), badPeriod(p)),
  );
  entry.data.reports.forEach((report, r) => {
    const path = ['reports', r];
    if (!unitIds.has(report.unit))
      reportField(ctx, entry, [...path, 'unit'], JSON.stringify(report.unit), missingUnit(report.unit));
    if (!periods.has(report.period))
      reportField(ctx, entry, [...path, 'period'], JSON.stringify(report.period), badPeriod(report.period));
  });
  fileFieldProblems(ctx, entry, reportTaskProblems(entry.data, tasksById(plan), plan.id));
}
