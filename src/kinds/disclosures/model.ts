/** One commune's disclosures after loading, and what it has published (for compliance). */
import { routes } from '../../base/routes.ts';
import type { CommuneBudget } from './budget/schema.ts';
import type { Consultation, Question } from './consultations/schema.ts';
import type { PriceRow, RecoveryProject } from './land/schema.ts';
import type { PoorHouseholdRow, PoorHouseholdsMeta } from './poor-households/schema.ts';
import { receptionInForce } from './reception/derive.ts';
import type { Publication } from './compliance.ts';
import type { CommuneDisclosure } from './schema.ts';

/** One year of the poor-household review: its meta from cong-khai.yaml and its villages. */
export interface PoorHouseholdsYear {
  meta: PoorHouseholdsMeta;
  rows: PoorHouseholdRow[];
}

/** One year's land price table: its meta from cong-khai.yaml and its rows. */
export interface PriceTable {
  meta: CommuneDisclosure['land_prices'][number];
  rows: PriceRow[];
}

export interface CommuneDisclosures {
  commune: string;
  info: CommuneDisclosure;
  /** Poor-household counts by year, newest first. */
  poorHouseholds: PoorHouseholdsYear[];
  budgets: CommuneBudget[];
  /** Land price rows by the year they apply to, newest first. */
  prices: PriceTable[];
  recovery: RecoveryProject[];
  consultations: Consultation[];
  questions: Question[];
}

/**
 * The anchors of the sections of a commune's page: the sections, the compliance table's
 * links and the notice-board sheets' QR codes must agree on them.
 */
export const communeSections = {
  contact: 'lien-he',
  consultations: 'lay-y-kien',
  compliance: 'tinh-hinh',
  budget: 'ngan-sach',
  poorHouseholds: 'ho-ngheo',
  land: 'dat-dai',
  investment: 'dau-tu',
  contributions: 'dong-gop',
  reception: 'tiep-cong-dan',
  antiCorruption: 'phong-chong-tham-nhung',
} as const;

const stagePeriod = { exec_3m: 'q1', exec_6m: 'q2', exec_9m: 'q3', exec_year: 'year' } as const;

/** Everything the commune published, as the compliance rules count it. */
export function publicationsOf(d: CommuneDisclosures, asOf: string): Publication[] {
  const out: Publication[] = [];
  const section = (anchor: string) => routes.communeAnchor(d.commune, anchor);
  for (const b of d.budgets) {
    const path = routes.communeBudget(d.commune, b.year);
    if (b.stages.estimate)
      out.push({ kind: 'budget-estimate', period: String(b.year), published: b.stages.estimate.published, path });
    for (const [stage, suffix] of Object.entries(stagePeriod) as [keyof typeof stagePeriod, string][]) {
      const s = b.stages[stage];
      if (s) out.push({ kind: 'budget-execution', period: `${b.year}-${suffix}`, published: s.published, path });
    }
    if (b.stages.settlement)
      out.push({ kind: 'budget-settlement', period: String(b.year), published: b.stages.settlement.published, path });
  }
  for (const p of d.poorHouseholds)
    out.push({
      kind: 'poor-households',
      period: String(p.meta.year),
      published: p.meta.published,
      path: section(communeSections.poorHouseholds),
    });
  for (const plan of d.info.land_use_plans.filter((p) => p.kind === 'yearly'))
    out.push({
      kind: 'land-use-plan',
      period: String(plan.from_year),
      published: plan.published,
      path: section(communeSections.land),
    });
  for (const p of d.prices)
    out.push({
      kind: 'land-prices',
      period: String(p.meta.year),
      published: p.meta.published,
      path: routes.landPrices(d.commune),
    });
  for (const i of d.info.investment)
    out.push({
      kind: 'investment',
      period: String(i.year),
      published: i.published,
      path: section(communeSections.investment),
    });
  for (const c of d.info.contributions)
    out.push({
      kind: 'contributions',
      period: String(c.year),
      published: c.published,
      path: section(communeSections.contributions),
    });
  for (const r of d.info.anti_corruption_reports)
    out.push({
      kind: 'anti-corruption',
      period: String(r.year),
      published: r.published,
      path: section(communeSections.antiCorruption),
    });
  // Reception: a schedule in force on the as-of date and at least one hotline with its number.
  // Sample data shows that a hotline exists without making a number up, so there a named
  // hotline counts; in real data a hotline without a number is not published.
  const inForce = receptionInForce(d.info.reception, asOf);
  if (inForce.length && d.info.hotlines.some((h) => h.phone !== null || d.info.sample)) {
    const published = inForce.map((r) => r.published).sort()[0]!;
    out.push({ kind: 'reception', period: 'current', published, path: section(communeSections.reception) });
  }
  return out;
}
