/**
 * The checks of the plans' files that need nothing beyond the plans' own files: each file's
 * schema, a task id used once across every plan, and a report's rows against its plan's tasks
 * (the task is the plan's, the unit leads or cooperates on it, one report per unit and
 * period). The loader runs `reportTaskProblems`; the publishing page runs `checkPlanFiles` in
 * the browser on the files an import would write. What needs the documents, the units' dates
 * or the reporting periods as of a day is the loader's alone.
 */
import { parse as parseYamlValue } from 'yaml';
import { IssueList, type ContentIssue } from '../../base/content/errors.ts';
import { parseYaml, readFiled } from '../../base/content/parse.ts';
import { validEntry } from '../../base/content/validate.ts';
import type { FieldProblem } from '../../base/rules.ts';
import type { ContentFiles, FileChange } from '../../base/sheets/form.ts';
import { planFileSchema, reportFileSchema, type ReportFile, type Task } from './schema.ts';

type TaskUnits = Pick<Task, 'leads' | 'cooperating'>;

/** A report file's rows against the plan's tasks: each task the plan's and the unit's; one report per unit and period. */
export function reportTaskProblems(
  file: ReportFile,
  tasks: ReadonlyMap<string, TaskUnits>,
  planId: string,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  file.reports.forEach((report, r) => {
    const path = ['reports', r];
    const key = `${report.unit}/${report.period}`;
    if (seen.has(key))
      out.push({
        path: [...path, 'period'],
        found: JSON.stringify(report.period),
        expected: {
          vi: `một kỳ chưa có báo cáo của đơn vị này (đã có báo cáo ${key})`,
          en: `a period this unit has not reported yet (there is already a report ${key})`,
        },
      });
    seen.add(key);
    report.items.forEach((item, i) => {
      const task = tasks.get(item.task);
      if (!task)
        out.push({
          path: [...path, 'items', i, 'task'],
          found: JSON.stringify(item.task),
          expected: {
            vi: `mã một nhiệm vụ của kế hoạch trong tasks/${planId}.yaml (không có "${item.task}")`,
            en: `the id of a task of the plan in tasks/${planId}.yaml (there is no "${item.task}")`,
          },
        });
      else if (![...task.leads, ...task.cooperating].includes(report.unit))
        out.push({
          path: [...path, 'items', i, 'task'],
          found: JSON.stringify(item.task),
          expected: {
            vi: `một nhiệm vụ mà đơn vị "${report.unit}" chủ trì hoặc phối hợp`,
            en: `a task that unit "${report.unit}" leads or cooperates on`,
          },
        });
    });
  });
  return out;
}

/** The tasks of a plan file's text, by id (none when it does not read). */
function tasksIn(text: string | undefined): Map<string, TaskUnits> {
  const out = new Map<string, TaskUnits>();
  if (text === undefined) return out;
  try {
    const value = parseYamlValue(text) as { sections?: { tasks?: Partial<Task>[] }[] } | null;
    for (const section of value?.sections ?? [])
      for (const task of section.tasks ?? [])
        if (typeof task.id === 'string' && !out.has(task.id))
          out.set(task.id, { leads: task.leads ?? [], cooperating: task.cooperating ?? [] });
  } catch {
    // A plan file that does not read is the loader's to report.
  }
  return out;
}

/** The checks of every plan file the changes write, each on its new text, against the other plans' files as the content has them. */
export function checkPlanFiles(changes: readonly FileChange[], files: ContentFiles): ContentIssue[] {
  const issues = new IssueList();
  const textOf = (path: string) => changes.find((c) => c.path === path)?.after ?? files.read(path);
  for (const change of changes) {
    const tasksFile = /^tasks\/([^/]+)\.yaml$/.exec(change.path);
    const reportsFile = /^reports\/([^/]+)\.yaml$/.exec(change.path);
    if (tasksFile) {
      const located = readFiled(issues, () => parseYaml(change.after, change.path));
      const entry = located && validEntry(planFileSchema, located, issues);
      if (!entry) continue;
      // Every task has its own page (/nhiem-vu/<id>/): an id is used once across every plan.
      const others = new Map<string, string>();
      for (const name of files.list('tasks'))
        if (`tasks/${name}` !== change.path)
          for (const id of tasksIn(textOf(`tasks/${name}`)).keys()) others.set(id, `tasks/${name}`);
      const here = new Map<string, string>();
      entry.data.sections.forEach((section, s) =>
        section.tasks.forEach((task, t) => {
          const path = ['sections', s, 'tasks', t, 'id'];
          const place = entry.at(path);
          const first = here.get(task.id) ?? others.get(task.id);
          if (first)
            issues.add({
              ...place,
              field: path.join('.'),
              found: JSON.stringify(task.id),
              expected: {
                vi: `một mã nhiệm vụ chưa dùng (đã có ở ${first})`,
                en: `a task id not used yet (already used at ${first})`,
              },
            });
          else here.set(task.id, `${entry.file}:${place.line ?? ''}`);
        }),
      );
    } else if (reportsFile) {
      const located = readFiled(issues, () => parseYaml(change.after, change.path));
      const entry = located && validEntry(reportFileSchema, located, issues);
      if (!entry) continue;
      const tasks = tasksIn(textOf(`tasks/${reportsFile[1]}.yaml`));
      for (const p of reportTaskProblems(entry.data, tasks, reportsFile[1]!))
        issues.add({ ...entry.at(p.path), field: p.path.join('.'), found: p.found, expected: p.expected });
    }
  }
  return issues.issues;
}
