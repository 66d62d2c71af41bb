/**
 * The chain for one PAPI dimension: the plans and tasks that address it, how far they got,
 * and the PAPI years around each plan (the score it responded to, the next year's score).
 */
import { formatNumber, type Lang } from '../../base/format.ts';
import type { PlansScope } from './index.ts';
import type { PapiProvince } from '../papi/model.ts';
import { unitProvinces } from '../papi/provinces.ts';
import { papiSeries, type SeriesPoint } from '../papi/series.ts';
import { papiWords } from '../papi/words.ts';
import type { Unit } from '../units/schema.ts';
import type { Plan } from './load.ts';
import { countStatuses, taskProgress, type StatusCounts, type TaskProgress } from './progress.ts';
import type { ReformArea } from './schema.ts';
import { sectionLabel } from './summary.ts';
import { planWords } from './words.ts';

/** The eight PAPI dimensions (measured since 2018), each with its chain page: plans aim tasks at them by number. */
export const papiDimensionNumbers = [1, 2, 3, 4, 5, 6, 7, 8] as const;

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
      return {
        plan,
        items,
        related,
        counts: countStatuses(items),
        years: plan.papi_year ? { before: plan.papi_year - 1, target: plan.papi_year } : null,
      };
    })
    .filter((link) => link.items.length + link.related.length > 0);
}

/** The section of each task in the chain's plans, by task id (the plan is named above its tasks). */
export function chainPlaces(chain: ChainLink[], lang: Lang): Map<string, string> {
  return new Map(
    chain.flatMap(({ plan }) =>
      plan.tasks.map((t) => [t.id, sectionLabel(plan.sections[t.section]!, t.section, lang)] as const),
    ),
  );
}

/** Some progress shown in the chain comes from illustrative reports. */
export function chainIsSample(chain: ChainLink[]): boolean {
  return chain.some((c) => [...c.items, ...c.related].some((i) => i.sample));
}

/** The province a plan belongs to: the issuer's province, as it was when the plan was issued (before or after 1/7/2025). */
export function provinceOfPlan(scope: Pick<PlansScope, 'units' | 'documents'>, plan: Plan): Unit | null {
  const doc = scope.documents.find((d) => d.id === plan.id);
  if (!doc) return null;
  const issuer = scope.units.must(doc.issuer);
  return [issuer, ...scope.units.ancestors(issuer.id)].find((u) => u.kind === 'province' && u.code !== null) ?? null;
}

/**
 * The provinces PAPI scored whose scores a plan answers to: the issuing province itself when it
 * is a province of before 1/7/2025; for a province of today, which PAPI never scored, each
 * province it was formed from. A 2025 code is never read as a pre-2025 one: new Lào Cai has
 * code 15, which was Yên Bái's.
 */
export function scoredProvincesOfPlan(
  scope: Pick<PlansScope, 'units' | 'documents' | 'papi'>,
  plan: Plan,
): PapiProvince[] {
  const province = provinceOfPlan(scope, plan);
  return province ? unitProvinces(scope.papi, province).scored : [];
}

export interface ChainScores {
  /** The province PAPI scored, with its own name: the scores below are its, never merged with another's. */
  province: PapiProvince;
  /** The score the plan responded to (the year before its PAPI year) and the next year's score. */
  before: SeriesPoint;
  after: SeriesPoint;
}

/**
 * The dimension's scores around a plan, before it and in the year it aimed at, for each province
 * it answers to (one, or the former provinces of a province of today, each under its own name);
 * none when the plan names no PAPI year or no province.
 */
export function chainScores(
  scope: Pick<PlansScope, 'units' | 'documents' | 'papi'>,
  link: ChainLink,
  dimension: number,
): ChainScores[] {
  const years = link.years;
  if (!years) return [];
  return scoredProvincesOfPlan(scope, link.plan).map((province) => {
    const series = papiSeries(scope, province.code, dimension);
    const at = (year: number): SeriesPoint =>
      series.find((p) => p.year === year) ?? { year, score: null, rank: null, ranked: 0, band: null };
    return { province, before: at(years.before), after: at(years.target) };
  });
}

/** "2020: 5,12 (hạng 6/63, nhóm cao nhất)"; a year without a score says so ("2021: không có số liệu"), never 0. */
export function pointLabel(point: SeriesPoint, lang: Lang): string {
  const w = planWords(lang);
  if (point.score === null) return `${point.year}: ${w('chain.noData')}`;
  const band = point.band ? `, ${papiWords(lang)(`papi.band.${point.band}`)}` : '';
  const rank = point.rank !== null ? ` (${w('chain.rank', { rank: point.rank, ranked: point.ranked })}${band})` : '';
  return `${point.year}: ${formatNumber(point.score, lang, 2)}${rank}`;
}
