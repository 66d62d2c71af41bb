/**
 * Plans in the list of changes: a plan's tasks come with its document (added the day the
 * document was published, updated when it was), and each progress report the day it was filed
 * (reports filed after the as-of date are not filed yet, as everywhere else). A change alters
 * the plan's pages, its tasks' pages, the task index, the chains of its PAPI dimensions and the
 * pages of the units concerned.
 */
import { latestDate, type ContentChange } from '../../base/content-change.ts';
import type { Plan } from './load.ts';
import { routes } from '../../base/routes.ts';
import type { PlansScope } from './index.ts';
import { periodLabel, planDocument } from './summary.ts';
import { planWords } from './words.ts';

export function planChanges(scope: PlansScope): ContentChange[] {
  return scope.plans.flatMap((plan) => changesOfPlan(scope, plan));
}

/**
 * The day a plan's content last changed (its document, its reports): what its tables and
 * datasets give as their date, never the day of the build.
 */
export function planUpdated(scope: PlansScope, plan: Plan): string {
  return latestDate(changesOfPlan(scope, plan).map((c) => c.date))!;
}

/** The latest of several plans' days (a unit's tasks span plans); the as-of date when there are none. */
export function plansUpdated(scope: PlansScope, plans: readonly Plan[]): string {
  return latestDate(plans.map((p) => planUpdated(scope, p))) ?? scope.asOf;
}

function changesOfPlan(scope: PlansScope, plan: Plan): ContentChange[] {
  const vi = planDocument(scope, plan.id, 'vi');
  const en = planDocument(scope, plan.id, 'en');
  const planPages = [
    routes.plan(plan.id),
    ...(plan.reporting ? [routes.planReports(plan.id)] : []),
    routes.plans(),
    routes.tasks(),
  ];
  const taskPages = plan.tasks.flatMap((t) => [
    routes.task(t.id),
    ...t.dimensions.map((n) => routes.chain(n)),
    ...[...t.leads, ...t.cooperating].map((u) => routes.unit(u)),
  ]);
  const tasks: ContentChange = {
    date: vi.doc.published,
    kind: 'added',
    title: {
      vi: planWords('vi')('changes.tasks', { n: plan.tasks.length, title: vi.title }),
      en: planWords('en')('changes.tasks', { n: plan.tasks.length, title: en.title }),
    },
    path: routes.plan(plan.id),
    pages: [...planPages, ...taskPages],
  };
  const reports = plan.reports
    .filter((r) => r.submitted <= scope.asOf)
    .map((r): ContentChange => ({
      date: r.submitted,
      kind: 'added',
      title: {
        vi: planWords('vi')('changes.report', {
          unit: scope.units.label(r.unit),
          // Inside a sentence: "năm 2021", "quý III/2021".
          period: periodLabel(r.period, 'vi').replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
          title: vi.title,
        }),
        en: planWords('en')('changes.report', {
          unit: scope.units.label(r.unit),
          period: periodLabel(r.period, 'en'),
          title: en.title,
        }),
      },
      path: plan.reporting ? routes.planReports(plan.id) : routes.plan(plan.id),
      pages: [...planPages, routes.unit(r.unit), ...r.items.map((i) => routes.task(i.task))],
      sample: plan.sample,
    }));
  const updated = vi.doc.updated ? [{ ...tasks, date: vi.doc.updated, kind: 'updated' as const }] : [];
  return [tasks, ...updated, ...reports];
}
