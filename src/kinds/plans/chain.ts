/**
 * The chain for one PAPI dimension: the plans and tasks that address it, how far they got,
 * and the PAPI years around each plan (the score it responded to, the next year's score).
 */
import type { PlansScope } from './index.ts';
import { papiSeries, type SeriesPoint } from '../papi/series.ts';
import type { Unit } from '../units/schema.ts';
import type { Plan } from './load.ts';
import { countStatuses, taskProgress, type StatusCounts, type TaskProgress } from './progress.ts';
import type { ReformArea } from './schema.ts';

/**
 * Reform areas whose subject a PAPI dimension measures. Tasks filed only under the area are
 * shown apart, as related: the document itself does not tie them to the dimension.
 */
export const relatedAreas: Partial<Record<number, ReformArea>> = {
  5: 'thu-tuc-hanh-chinh',
  8: 'chinh-quyen-so',
};

export interface ChainLink {
  plan: Plan;
  /** Tasks the document places under this dimension. */
  items: TaskProgress[];
  /** Tasks in the related reform area that carry no PAPI dimension. */
  related: TaskProgress[];
  counts: StatusCounts;
  /** The PAPI year the plan aims at and the one before it (the score it responded to); null when the plan names no year. */
  years: { before: number; target: number } | null;
}

export function dimensionChain(plans: Plan[], dimension: number, asOf: string): ChainLink[] {
  const area = relatedAreas[dimension];
  return plans
    .map((plan): ChainLink => {
      const all = taskProgress(plan, asOf);
      const items = all.filter((i) => i.task.dimensions.includes(dimension));
      const related = area ? all.filter((i) => i.task.dimensions.length === 0 && i.task.areas.includes(area)) : [];
      return { plan, items, related, counts: countStatuses(items), years: plan.papi_year ? { before: plan.papi_year - 1, target: plan.papi_year } : null };
    })
    .filter((link) => link.items.length + link.related.length > 0);
}

/** The pre-2025 province a plan belongs to (the issuer's province), whose PAPI scores it answers to. */
export function provinceOfPlan(portal: Pick<PlansScope, 'units' | 'documents'>, plan: Plan): Unit | null {
  const doc = portal.documents.find((d) => d.id === plan.id);
  if (!doc) return null;
  const issuer = portal.units.must(doc.issuer);
  return [issuer, ...portal.units.ancestors(issuer.id)].find((u) => u.kind === 'province' && u.code !== null) ?? null;
}

export interface ChainScores {
  province: Unit;
  /** The score the plan responded to (the year before its PAPI year) and the next year's score. */
  before: SeriesPoint;
  after: SeriesPoint;
}

/** The dimension's scores around a plan: before it and the year it aimed at; null when the plan names no PAPI year or province. */
export function chainScores(portal: Pick<PlansScope, 'units' | 'documents' | 'papi'>, link: ChainLink, dimension: number): ChainScores | null {
  const province = provinceOfPlan(portal, link.plan);
  if (!province || !link.years) return null;
  const series = papiSeries(portal, province.code!, dimension);
  const at = (year: number): SeriesPoint => series.find((p) => p.year === year) ?? { year, score: null, rank: null, ranked: 0, band: null };
  return { province, before: at(link.years.before), after: at(link.years.target) };
}
