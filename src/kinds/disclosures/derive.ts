/** Figures the disclosure pages show, derived once from the loaded content. */
import type { DisclosuresScope } from './index.ts';
import { complianceTable, type ComplianceRow } from './compliance.ts';
import { publicationsOf, type CommuneDisclosures } from './model.ts';

/** The compliance table of the instance as of its date; `first` puts one commune on top. */
export function portalCompliance(
  scope: Pick<DisclosuresScope, 'disclosures' | 'asOf'>,
  first?: string,
): ComplianceRow[] {
  return complianceTable(
    scope.disclosures.map((d) => ({ id: d.commune, publications: publicationsOf(d, scope.asOf) })),
    scope.asOf,
    first,
  );
}

export function disclosuresOf(
  scope: Pick<DisclosuresScope, 'disclosures'>,
  commune: string,
): CommuneDisclosures | undefined {
  return scope.disclosures.find((d) => d.commune === commune);
}

/** The name of every commune with disclosures, by id, as the pages show it. */
export function communeNames(scope: Pick<DisclosuresScope, 'disclosures' | 'units'>): Record<string, string> {
  return Object.fromEntries(scope.disclosures.map((d) => [d.commune, scope.units.label(d.commune)]));
}

/** True when any commune's disclosures are sample data: the pages that list them all must say so. */
export function anySample(scope: Pick<DisclosuresScope, 'disclosures'>): boolean {
  return scope.disclosures.some((d) => d.info.sample);
}

/** How many current communes of the instance have no disclosures on the portal yet. */
export function communesNotEntered(scope: Pick<DisclosuresScope, 'disclosures' | 'units'>): number {
  const communes = scope.units.all.filter((u) => u.kind === 'commune' && u.valid_to === null);
  return communes.length - scope.disclosures.length;
}
