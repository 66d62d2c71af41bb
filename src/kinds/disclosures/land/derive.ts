/** The land price rows as the search page and its download list them. */
import { slugify } from '../../../base/slug.ts';
import type { DisclosuresScope } from '../index.ts';
import type { CommuneDisclosures } from '../model.ts';
import { foldVietnamese } from './fold.ts';
import type { PriceRow } from './schema.ts';

export interface PriceListing extends PriceRow {
  commune: string;
  year: number;
  unit: string;
  /** Anchor of the road on the search page: "<commune>-<road slug>". */
  anchor: string;
  /** Road, segment, land type and commune without diacritics, for the filter. */
  folded: string;
}

/** A commune's current land price rows (the latest year's table); `name` is the commune's name. */
export function communePriceListings(d: Pick<CommuneDisclosures, 'commune' | 'prices'>, name: string): PriceListing[] {
  const latest = d.prices[0];
  if (!latest) return [];
  return latest.rows.map((row) => ({
    ...row,
    commune: d.commune,
    year: latest.meta.year,
    unit: latest.meta.unit,
    anchor: `${d.commune}-${slugify(row.road)}`,
    folded: foldVietnamese([row.road, row.segment ?? '', row.land_type, name].join(' ')),
  }));
}

/** Every commune's current land price rows, for the search page and its download. */
export function priceListings(
  scope: Pick<DisclosuresScope, 'disclosures'>,
  communeName: (id: string) => string,
): PriceListing[] {
  return scope.disclosures.flatMap((d) => communePriceListings(d, communeName(d.commune)));
}

/** A commune's listings, each commune once, in the order of the listings. */
export function listingsByCommune(listings: PriceListing[]): { commune: string; rows: PriceListing[] }[] {
  const communes = [...new Set(listings.map((l) => l.commune))];
  return communes.map((commune) => ({ commune, rows: listings.filter((l) => l.commune === commune) }));
}

/** Roads of a commune's listings, once each, in table order, with their anchor. */
export function roadsOf(listings: PriceListing[]): { road: string; anchor: string }[] {
  const seen = new Map<string, string>();
  for (const l of listings) if (!seen.has(l.anchor)) seen.set(l.anchor, l.road);
  return [...seen].map(([anchor, road]) => ({ road, anchor }));
}

/** The id of each row on the search page: the road's anchor, on the road's first row only. */
export function rowIds(listings: PriceListing[]): (string | undefined)[] {
  const seen = new Set<string>();
  return listings.map((l) => {
    if (seen.has(l.anchor)) return undefined;
    seen.add(l.anchor);
    return l.anchor;
  });
}
