/**
 * Units: agencies and administrative units before and after 1 July 2025, and the succession
 * links across the reorganisation. Every other kind names units by their id.
 */
import { defineKind } from '../../base/kind.ts';
import { unitDatasets } from './datasets.ts';
import { loadBoundaries } from './boundaries.ts';
import { loadUnits } from './load.ts';
import { claimGeneratorTables } from './national.ts';
import type { Boundary } from './map.ts';
import type { Unit } from './schema.ts';
import { buildUnitTree, type UnitTree } from './tree.ts';

/** The unit tree, with what other kinds need to check their references. */
export interface UnitsModel extends UnitTree {
  /** Ids declared in units/, including those of entries that failed validation. */
  known: Set<string>;
  /** False when a units file could not be read: references to units are then not checked. */
  complete: boolean;
  /** Each id's first valid unit (a duplicate id is reported once, as a duplicate). */
  byId: Map<string, Unit>;
  /** The 2025 commune boundaries of the province, for the home page's map; empty when there are none. */
  boundaries: Boundary[];
}

/** What the units' derivations read. */
export interface UnitsScope {
  units: UnitTree;
  asOf: string;
  /**
   * The day the lists of units last changed as far as the content says (src/portal.ts): the
   * organisations come from the documents, so their latest publication or correction.
   */
  unitsUpdated: string;
}

export const unitsKind = defineKind({
  name: 'units',
  load(ctx): UnitsModel {
    claimGeneratorTables(ctx);
    const { known, complete, units, succession } = loadUnits(ctx);
    const byId = new Map<string, Unit>();
    for (const u of units) if (!byId.has(u.data.id)) byId.set(u.data.id, u.data);
    const boundaries = loadBoundaries(
      ctx,
      units.map((u) => u.data),
    );
    // The tree is built when first used: only once every reference has been checked, since a
    // unit naming a parent that does not exist is a content problem to report, not a crash.
    let tree: UnitTree | undefined;
    const built = () =>
      (tree ??= buildUnitTree(
        units.map((u) => u.data),
        succession.map((s) => s.data),
      ));
    return {
      get all() {
        return built().all;
      },
      get: (id) => built().get(id),
      must: (id) => built().must(id),
      children: (id) => built().children(id),
      label: (id) => built().label(id),
      ancestors: (id) => built().ancestors(id),
      successors: (id) => built().successors(id),
      predecessors: (id) => built().predecessors(id),
      known,
      complete,
      byId,
      boundaries,
    };
  },
  contribute: (scope: UnitsScope) => ({ datasets: () => unitDatasets(scope) }),
});

/** No units at all: the national hub's, which publishes no unit pages of its own. */
export function noUnits(): UnitsModel {
  return { ...buildUnitTree([], []), known: new Set(), complete: true, byId: new Map(), boundaries: [] };
}
