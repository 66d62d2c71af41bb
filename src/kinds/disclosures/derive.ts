/** Figures the disclosure pages show, derived once from the loaded content. */
import type { DisclosuresScope } from './index.ts';
import { foldVietnamese } from './land/fold.ts';
import type { PriceRow } from './land/schema.ts';
import { slugify } from '../../base/slug.ts';
import { complianceTable, type ComplianceRow } from './compliance.ts';
import { publicationsOf, type CommuneDisclosures } from './model.ts';
import type { PoorHouseholdRow } from './schema.ts';

/** The compliance table of the instance as of its date; `first` puts one commune on top. */
export function portalCompliance(portal: Pick<DisclosuresScope, 'disclosures' | 'asOf'>, first?: string): ComplianceRow[] {
  return complianceTable(
    portal.disclosures.map((d) => ({ id: d.commune, publications: publicationsOf(d, portal.asOf) })),
    portal.asOf,
    first,
  );
}

export function disclosuresOf(portal: Pick<DisclosuresScope, 'disclosures'>, commune: string): CommuneDisclosures | undefined {
  return portal.disclosures.find((d) => d.commune === commune);
}

/** What is left of a contribution: mobilised minus spent. */
export function contributionBalance(c: { mobilised: number; spent: number }): number {
  return c.mobilised - c.spent;
}

type Counts = Omit<PoorHouseholdRow, 'village' | 'note'>;

/** The whole commune: the villages' counts added up (villages are the only rows). */
export function poorTotals(rows: PoorHouseholdRow[]): Counts {
  const keys = ['poor_households', 'poor_persons', 'near_poor_households', 'near_poor_persons', 'exited_poor_households', 'exited_near_poor_households'] as const;
  return Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Counts;
}

export interface PriceListing extends PriceRow {
  commune: string;
  year: number;
  unit: string;
  /** Anchor of the road on the search page: "<commune>-<road slug>". */
  anchor: string;
  /** Road, segment, land type and commune without diacritics, for the filter. */
  folded: string;
}

/** Every commune's current land price rows, for the search page and its download. */
export function priceListings(portal: Pick<DisclosuresScope, 'disclosures'>, communeName: (id: string) => string): PriceListing[] {
  return portal.disclosures.flatMap((d) => {
    const latest = d.prices[0];
    if (!latest) return [];
    return latest.rows.map((row) => ({
      ...row,
      commune: d.commune,
      year: latest.meta.year,
      unit: latest.meta.unit,
      anchor: `${d.commune}-${slugify(row.road)}`,
      folded: foldVietnamese([row.road, row.segment ?? '', row.land_type, communeName(d.commune)].join(' ')),
    }));
  });
}

/** Roads of a commune's listings, once each, in table order, with their anchor. */
export function roadsOf(listings: PriceListing[]): { road: string; anchor: string }[] {
  const seen = new Map<string, string>();
  for (const l of listings) if (!seen.has(l.anchor)) seen.set(l.anchor, l.road);
  return [...seen].map(([anchor, road]) => ({ road, anchor }));
}
