/**
 * The tables beside the progress charts (per plan: tasks by status in each section; per unit:
 * its tasks by status), as datasets, so that each is also a CSV and JSON download.
 */
import type { PlansScope } from './index.ts';
import type { Dataset } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import { datasetById, type ContributionSource } from '../../outputs/data/registry.ts';
import {
  anyReported,
  planProgress,
  unitScorecard,
  unitsWithTasks,
  type Scorecard,
  type StatusCounts,
} from './progress.ts';
import { planDocument, sectionLabel, statusOrder } from './summary.ts';
import { planUpdated, plansUpdated } from './changes.ts';
import { planWords } from './words.ts';

const vi = planWords('vi');
const en = planWords('en');

export const progressDatasetIds = {
  plan: (planId: string) => `tien-do-${planId}`,
  unit: (unitId: string) => `tien-do-don-vi-${unitId}`,
};

function statusTable(opts: {
  id: string;
  title: { vi: string; en: string };
  rowLabel: { vi: string; en: string };
  labels: string[];
  counts: StatusCounts[];
  sample: boolean;
  page: string;
  /** When the plans it counts last changed. */
  updated: string;
}): Dataset {
  return {
    id: opts.id,
    title: opts.title,
    description: {
      vi: `${opts.title.vi}: số nhiệm vụ theo tình trạng, tính từ báo cáo tiến độ đến ngày số liệu của cổng.`,
      en: `${opts.title.en}: tasks by status, from the progress reports as of the portal's as-of date.`,
    },
    columns: [
      { key: 'nhom', label: opts.rowLabel, description: opts.rowLabel, type: 'text' },
      ...statusOrder.map((s) => ({
        key: s,
        label: { vi: vi(`status.${s}`), en: en(`status.${s}`) },
        description: {
          vi: `Số nhiệm vụ: ${vi(`status.${s}`).toLowerCase()}`,
          en: `Number of tasks: ${en(`status.${s}`).toLowerCase()}`,
        },
        type: 'integer' as const,
      })),
    ],
    rows: opts.labels.map((label, i) => ({
      nhom: label,
      ...Object.fromEntries(statusOrder.map((s) => [s, opts.counts[i]![s]])),
    })),
    source: { vi: 'Tính từ nhiệm vụ và báo cáo trên cổng.', en: 'Computed from the tasks and reports on the portal.' },
    sample: opts.sample,
    page: opts.page,
    updated: opts.updated,
  };
}

export function progressDatasets(scope: PlansScope): Dataset[] {
  const { plans, asOf, units } = scope;
  // A table of zeros says nothing: a plan or unit nobody has reported on has none (its page says so).
  const perPlan = plans
    .filter((plan) => anyReported(planProgress(plan, asOf).total))
    .map((plan) =>
      statusTable({
        id: progressDatasetIds.plan(plan.id),
        title: {
          vi: `${vi('chart.plan.table')} — ${planDocument(scope, plan.id, 'vi').title}`,
          en: `${en('chart.plan.table')} — ${planDocument(scope, plan.id, 'en').title}`,
        },
        rowLabel: { vi: 'Mục', en: 'Section' },
        labels: plan.sections.map((s, i) => sectionLabel(s, i, 'vi')),
        counts: planProgress(plan, asOf).sections,
        sample: plan.sample || plan.sampleTasks,
        page: routes.plan(plan.id),
        updated: planUpdated(scope, plan),
      }),
    );
  const perUnit = unitsWithTasks(plans)
    .map((unit) => ({ unit, card: unitScorecard(plans, unit, asOf) }))
    .filter(({ card }) => card.led.length > 0 && anyReported(card.counts))
    .map(({ unit, card }) =>
      statusTable({
        id: progressDatasetIds.unit(unit),
        title: {
          vi: `${vi('chart.unit.table')} — ${units.label(unit)}`,
          en: `${en('chart.unit.table')} — ${units.label(unit)}`,
        },
        rowLabel: { vi: 'Đơn vị', en: 'Unit' },
        labels: [units.label(unit)],
        counts: [card.counts],
        sample: card.sample,
        page: routes.unit(unit),
        updated: plansUpdated(
          scope,
          plans.filter((p) => p.tasks.some((t) => t.leads.includes(unit) || t.cooperating.includes(unit))),
        ),
      }),
    );
  return [...perPlan, ...perUnit];
}

/** The table beside a unit's chart; none for a unit that leads no task or none reported on, which has no chart. */
export function unitProgressTable(source: ContributionSource, card: Scorecard): Dataset | undefined {
  return card.led.length > 0 && anyReported(card.counts)
    ? datasetById(source, progressDatasetIds.unit(card.unit))
    : undefined;
}
