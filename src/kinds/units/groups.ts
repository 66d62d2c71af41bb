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

export interface FormerDistrictGroup {
  /** The district before 1 July 2025, and its province then. */
  district: Unit;
  province: Unit | undefined;
  /** Today's communes that took over all or part of it (directly or through its communes). */
  communes: Unit[];
}

/**
 * Today's communes of the province by the district they were part of before 1 July 2025, as
 * residents still place themselves ("in the old Cam Lộ district"). A commune formed from parts
 * of two districts is under both. Districts in the order of their old province, then by name;
 * communes no district leads to (no succession rows) come last, with `district` undefined.
 */
export function communesByFormerDistrict(
  tree: UnitTree,
  provinceId: string,
): { groups: FormerDistrictGroup[]; unplaced: Unit[] } {
  const communes = tree.children(provinceId).filter((u) => u.kind === 'commune' && u.valid_to === null);
  const byDistrict = new Map<string, Set<string>>();
  const placed = new Set<string>();
  for (const commune of communes) {
    for (const link of tree.predecessors(commune.id)) {
      const from = link.unit;
      const district =
        from.kind === 'district' ? from : from.kind === 'commune' && from.parent ? tree.get(from.parent) : undefined;
      if (district?.kind !== 'district') continue;
      byDistrict.set(district.id, (byDistrict.get(district.id) ?? new Set()).add(commune.id));
      placed.add(commune.id);
    }
  }
  const groups = [...byDistrict.entries()]
    .map(([id, ids]) => {
      const district = tree.must(id);
      return {
        district,
        province: district.parent ? tree.get(district.parent) : undefined,
        communes: communes.filter((c) => ids.has(c.id)),
      };
    })
    .sort(
      (a, b) =>
        (a.province?.name_vi ?? '').localeCompare(b.province?.name_vi ?? '', 'vi') ||
        a.district.name_vi.localeCompare(b.district.name_vi, 'vi'),
    );
  return { groups, unplaced: communes.filter((c) => !placed.has(c.id)) };
}
