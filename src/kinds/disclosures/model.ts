/** One commune's disclosures after loading, and what it has published (for compliance). */
import type { CommuneBudget } from './budget/schema.ts';
import type { Consultation, Question } from './consultations/schema.ts';
import type { PriceRow, RecoveryProject } from './land/schema.ts';
import type { Publication } from './compliance.ts';
import type { CommuneDisclosure, PoorHouseholdRow } from './schema.ts';

export interface CommuneDisclosures {
  commune: string;
  info: CommuneDisclosure;
  /** Poor-household counts by year, each with its meta from cong-khai.yaml. */
  poorHouseholds: { meta: CommuneDisclosure['poor_households'][number]; rows: PoorHouseholdRow[] }[];
  budgets: CommuneBudget[];
  /** Land price rows by the year they apply to. */
  prices: { meta: CommuneDisclosure['land_prices'][number]; rows: PriceRow[] }[];
  recovery: RecoveryProject[];
  consultations: Consultation[];
  questions: Question[];
}

const stagePeriod = { exec_3m: 'q1', exec_6m: 'q2', exec_9m: 'q3', exec_year: 'year' } as const;

export function disclosurePath(commune: string, rest = ''): string {
  return `/cong-khai/${commune}/${rest}`;
}

/** Everything the commune published, as the compliance rules count it. */
export function publicationsOf(d: CommuneDisclosures, asOf: string): Publication[] {
  const out: Publication[] = [];
  const home = disclosurePath(d.commune);
  for (const b of d.budgets) {
    const path = disclosurePath(d.commune, `ngan-sach/${b.year}/`);
    if (b.stages.estimate) out.push({ kind: 'budget-estimate', period: String(b.year), published: b.stages.estimate.published, path });
    for (const [stage, suffix] of Object.entries(stagePeriod) as [keyof typeof stagePeriod, string][]) {
      const s = b.stages[stage];
      if (s) out.push({ kind: 'budget-execution', period: `${b.year}-${suffix}`, published: s.published, path });
    }
    if (b.stages.settlement) out.push({ kind: 'budget-settlement', period: String(b.year), published: b.stages.settlement.published, path });
  }
  for (const p of d.poorHouseholds) out.push({ kind: 'poor-households', period: String(p.meta.year), published: p.meta.published, path: `${home}#ho-ngheo` });
  for (const plan of d.info.land_use_plans.filter((p) => p.kind === 'yearly'))
    out.push({ kind: 'land-use-plan', period: String(plan.from_year), published: plan.published, path: `${home}#dat-dai` });
  for (const p of d.prices) out.push({ kind: 'land-prices', period: String(p.meta.year), published: p.meta.published, path: `/cong-khai/bang-gia-dat/#${d.commune}` });
  for (const i of d.info.investment) out.push({ kind: 'investment', period: String(i.year), published: i.published, path: `${home}#dau-tu` });
  for (const c of d.info.contributions) out.push({ kind: 'contributions', period: String(c.year), published: c.published, path: `${home}#dong-gop` });
  for (const r of d.info.anti_corruption_reports) out.push({ kind: 'anti-corruption', period: String(r.year), published: r.published, path: `${home}#phong-chong-tham-nhung` });
  // Reception: a schedule in force on the as-of date and at least one hotline.
  const inForce = d.info.reception.filter((r) => r.valid_from <= asOf && (r.valid_to === null || r.valid_to >= asOf));
  if (inForce.length && d.info.hotlines.length) {
    const published = inForce.map((r) => r.published).sort()[0]!;
    out.push({ kind: 'reception', period: 'current', published, path: `${home}#tiep-cong-dan` });
  }
  return out;
}
