/**
 * Every task of every plan, as the task index and the task lists present them: grouped by lead
 * unit, PAPI dimension and status, each with the name of its plan and section. Derived here
 * once, so that pages only present them; pure functions, tested beside.
 */
import type { Lang } from '../../base/format.ts';
import { documentKindLabels } from '../documents/words.ts';
import type { PlansScope } from './index.ts';
import type { PlanTask } from './load.ts';
import { taskProgress, type TaskProgress } from './progress.ts';
import type { TaskStatus } from './schema.ts';
import { sectionLabel, statusOrder } from './summary.ts';

export type StatusKey = TaskStatus | 'none';

/** The status a task shows: "none" while no report exists, never a status it was not given. */
export function statusKey(item: TaskProgress): StatusKey {
  return item.status ?? 'none';
}

export interface TaskGroups {
  /** Every task, in the order of the plans and of their sections. */
  items: TaskProgress[];
  /** Units that lead a task, by name in Vietnamese alphabetical order. */
  leadUnits: string[];
  byUnit: { unit: string; items: TaskProgress[] }[];
  /** Tasks whose document names no lead unit: a group of its own, never dropped. */
  noLead: TaskProgress[];
  /** The PAPI dimensions some task addresses, in order. */
  dimensions: number[];
  byDimension: { dimension: number; items: TaskProgress[] }[];
  /** Statuses some task has, in status order ("none" last). */
  byStatus: { status: StatusKey; items: TaskProgress[] }[];
  /** Some progress comes from illustrative reports. */
  sample: boolean;
  /** Some tasks are illustrative (sample: true in their file or document). */
  sampleTasks: boolean;
}

/** The units that lead some of the tasks, each once, in the order they first appear. */
export function taskLeads(tasks: PlanTask[]): string[] {
  return [...new Set(tasks.flatMap((t) => t.leads))];
}

/** The PAPI dimensions some of the tasks address, each once, in order. */
export function taskDimensions(tasks: PlanTask[]): number[] {
  return [...new Set(tasks.flatMap((t) => t.dimensions))].sort((a, b) => a - b);
}

/** The task index's groups, as of the scope's date. A task with two leads is in both units' groups. */
export function taskGroups(scope: Pick<PlansScope, 'plans' | 'units' | 'asOf'>): TaskGroups {
  const { plans, units, asOf } = scope;
  const items = plans.flatMap((plan) => taskProgress(plan, asOf));
  const tasks = items.map((i) => i.task);
  const leadUnits = taskLeads(tasks).sort((a, b) => units.label(a).localeCompare(units.label(b), 'vi'));
  const dimensions = taskDimensions(tasks);
  return {
    items,
    leadUnits,
    byUnit: leadUnits.map((unit) => ({ unit, items: items.filter((i) => i.task.leads.includes(unit)) })),
    noLead: items.filter((i) => i.task.leads.length === 0),
    dimensions,
    byDimension: dimensions.map((dimension) => ({
      dimension,
      items: items.filter((i) => i.task.dimensions.includes(dimension)),
    })),
    byStatus: statusOrder
      .map((status) => ({ status, items: items.filter((i) => statusKey(i) === status) }))
      .filter((g) => g.items.length > 0),
    sample: plans.some((p) => p.sample),
    sampleTasks: plans.some((p) => p.sampleTasks),
  };
}

/**
 * Where each task sits, by task id: its plan's kind and issuer and its section
 * ("Kế hoạch – UBND tỉnh Quảng Trị, Mục II.1"), for lists that mix the tasks of several plans.
 */
export function taskPlaces(scope: Pick<PlansScope, 'plans' | 'documents' | 'units'>, lang: Lang): Map<string, string> {
  return new Map(
    scope.plans.flatMap((plan) => {
      const doc = scope.documents.find((d) => d.id === plan.id)!;
      const planName = `${documentKindLabels[lang][doc.kind]} – ${scope.units.label(doc.issuer)}`;
      return plan.tasks.map((t) => {
        const section = sectionLabel(plan.sections[t.section]!, t.section, lang);
        return [t.id, `${planName}, ${section}`] as const;
      });
    }),
  );
}

/**
 * Whether a task shows a status of its own: not when it is only "no report" and no unit has
 * reported on its plan at all, which the plan says once.
 */
export function showsStatus(item: TaskProgress): boolean {
  return item.planReported || statusKey(item) !== 'none';
}

/** The opening words of a task's text for a list: up to 140 characters, cut at a word, with "…". */
export function openingWords(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
}
