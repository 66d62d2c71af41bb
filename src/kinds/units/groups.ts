/** How the units index groups units: today's administrative units, bodies, and those before 2025. */
import type { Unit, UnitKind } from './schema.ts';
import { territorialKinds, unitKinds } from './schema.ts';
import type { UnitTree } from './tree.ts';

export interface UnitGroups {
  /** The province this instance serves and its communes today. */
  current: { province: Unit; communes: Unit[] };
  /** Bodies (not territories), by kind in a fixed order. */
  bodies: { kind: UnitKind; units: Unit[] }[];
  /** Provinces that ended with the 2025 reorganisation, with their districts. */
  former: { province: Unit; districts: { district: Unit; communes: Unit[] }[] }[];
}

const isTerritory = (u: Unit) => territorialKinds.includes(u.kind);

export function groupUnits(tree: UnitTree, provinceId: string): UnitGroups {
  const province = tree.must(provinceId);
  const bodies = unitKinds
    .filter((kind) => !territorialKinds.includes(kind))
    .map((kind) => ({ kind, units: tree.all.filter((u) => u.kind === kind) }))
    .filter((g) => g.units.length > 0);
  const former = tree.all
    .filter((u) => u.kind === 'province' && u.valid_to !== null)
    .map((old) => ({
      province: old,
      districts: tree
        .children(old.id)
        .filter((d) => d.kind === 'district')
        .map((district) => ({ district, communes: tree.children(district.id).filter(isTerritory) })),
    }));
  return {
    current: { province, communes: tree.children(province.id).filter((u) => u.kind === 'commune') },
    bodies,
    former,
  };
}
