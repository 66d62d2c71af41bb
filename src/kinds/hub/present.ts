/** Small derivations the hub's pages share: anchors, names, counts. Pure. */
import type { HubModel, NewProvince, OldProvince } from './model.ts';

/** The id of a commune's row on its province's page ("xa-19501"). */
export const communeAnchor = (code: string) => `xa-${code}`;

/** The old provinces a 2025 province was formed from, in alphabetical order. */
export function formersOf(hub: HubModel, province: NewProvince): OldProvince[] {
  const order = new Map(hub.oldProvinces.map((p, i) => [p.code, i]));
  return province.formers
    .map((code) => hub.oldByCode.get(code)!)
    .sort((a, b) => order.get(a.code)! - order.get(b.code)!);
}

/** The 2025 province an old province went into. */
export function successorOf(hub: HubModel, old: OldProvince): NewProvince {
  return hub.byCode.get(old.successor)!;
}

/** Provinces with a portal, in the hub's order. */
export const withPortal = (hub: HubModel) => hub.provinces.filter((p) => p.portal !== null);

/** One province in the list the hub's search page reads (/tinh/cac-cong.json). */
export interface PortalListEntry {
  code: string;
  slug: string;
  name: string;
  /** The portal's address, without a final slash; null: no portal yet. */
  url: string | null;
}

/** The provinces and their portals, as the hub's search page reads them. */
export function portalList(hub: HubModel): { portals: PortalListEntry[] } {
  return {
    portals: hub.provinces.map((p) => ({
      code: p.code,
      slug: p.slug,
      name: p.name_vi,
      url: p.portal ? p.portal.replace(/\/+$/, '') : null,
    })),
  };
}
