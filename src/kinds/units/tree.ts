/**
 * The unit tree and its links across the 2025 reorganisation, derived once from the
 * validated units so pages never walk raw tables.
 */
import type { Succession, Unit } from './schema.ts';

export interface SuccessionLink {
  unit: Unit;
  type: Succession['type'];
  basis: string;
  note: string | null;
}

export interface UnitTree {
  all: Unit[];
  get(id: string): Unit | undefined;
  /** Like get, for ids that validation already proved exist. */
  must(id: string): Unit;
  children(id: string): Unit[];
  /**
   * The name to show. Official names repeat ("Tỉnh Quảng Trị" before and after 2025,
   * "Phường 1" in two towns), so a repeated name gets what tells it apart.
   */
  label(id: string): string;
  /** Parent first, up to the top. */
  ancestors(id: string): Unit[];
  /** Units that took over all or part of this one. */
  successors(id: string): SuccessionLink[];
  /** Units that went into this one. */
  predecessors(id: string): SuccessionLink[];
}

const byName = (a: Unit, b: Unit) => a.name_vi.localeCompare(b.name_vi, 'vi');

export function buildUnitTree(units: Unit[], succession: Succession[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const must = (id: string): Unit => {
    const unit = byId.get(id);
    if (!unit) throw new Error(`Unknown unit ${id}: references are checked when content loads`);
    return unit;
  };
  const children = new Map<string, Unit[]>();
  for (const unit of units) {
    if (!unit.parent) continue;
    const list = children.get(unit.parent) ?? [];
    list.push(unit);
    children.set(unit.parent, list);
  }
  for (const list of children.values()) list.sort(byName);

  const successors = new Map<string, SuccessionLink[]>();
  const predecessors = new Map<string, SuccessionLink[]>();
  for (const link of succession) {
    const meta = { type: link.type, basis: link.basis, note: link.note };
    successors.set(link.from, [...(successors.get(link.from) ?? []), { unit: must(link.to), ...meta }]);
    predecessors.set(link.to, [...(predecessors.get(link.to) ?? []), { unit: must(link.from), ...meta }]);
  }
  const sortLinks = (links: SuccessionLink[] | undefined) => [...(links ?? [])].sort((a, b) => byName(a.unit, b.unit));

  const sameName = new Map<string, Unit[]>();
  for (const unit of units) sameName.set(unit.name_vi, [...(sameName.get(unit.name_vi) ?? []), unit]);
  const labels = new Map<string, string>();
  for (const [name, group] of sameName) {
    if (group.length === 1) continue;
    for (const unit of group) {
      const current = group.filter((u) => !u.valid_to);
      // One current and some former units: the former ones are "(trước 1/7/2025)", as people say "(cũ)".
      if (unit.valid_to && current.length > 0)
        labels.set(unit.id, `${name} (đến ${unit.valid_to.split('-').reverse().map(Number).join('/')})`);
      else if (unit.parent) labels.set(unit.id, `${name} (${byId.get(unit.parent)?.name_vi ?? unit.parent})`);
    }
  }

  return {
    all: [...units].sort(byName),
    label: (id) => labels.get(id) ?? must(id).name_vi,
    get: (id) => byId.get(id),
    must,
    children: (id) => children.get(id) ?? [],
    ancestors(id) {
      const out: Unit[] = [];
      const seen = new Set([id]);
      let parent = byId.get(id)?.parent;
      while (parent && !seen.has(parent)) {
        seen.add(parent);
        const unit = must(parent);
        out.push(unit);
        parent = unit.parent;
      }
      return out;
    },
    successors: (id) => sortLinks(successors.get(id)),
    predecessors: (id) => sortLinks(predecessors.get(id)),
  };
}
