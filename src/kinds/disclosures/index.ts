/**
 * Commune disclosures: what each commune must make public (disclosures/<commune-id>/) —
 * budget, land (plans, price tables, recovery), poor-household counts, contributions,
 * investment and community supervision, reception schedule and hotlines, consultations and
 * answers — and the compliance table derived from them as of the as-of date. One area, one
 * descriptor, with a folder per part (budget/, land/, consultations/, poor-households/,
 * contributions/, investment/, reception/): its schema, derivations, tables, components and
 * words. A part imports no other part; what parts share (the commune model, the tables'
 * shape, the shared words) lives here at the area's top.
 */
import { join } from 'node:path';
import { claim } from '../../base/content/read.ts';
import { defineKind } from '../../base/kind.ts';
import type { UnitsModel } from '../units/index.ts';
import type { UnitTree } from '../units/tree.ts';
import { disclosureChanges } from './changes.ts';
import { disclosureDatasets } from './datasets.ts';
import { consultationEvents, disclosureFeedEntries } from './feed.ts';
import { disclosureForms } from './forms.ts';
import { loadDisclosures } from './load.ts';
import type { CommuneDisclosures } from './model.ts';
import { receptionEvents } from './reception/calendar.ts';

/** What the disclosures' derivations read. */
export interface DisclosuresScope {
  disclosures: CommuneDisclosures[];
  units: UnitTree;
  asOf: string;
}

export const disclosuresKind = defineKind({
  name: 'disclosures',
  load(ctx, { units }: { units: UnitsModel }): CommuneDisclosures[] {
    // When a units file cannot be read, which communes exist is unknown: disclosures wait for the fix.
    if (units.complete) return loadDisclosures(ctx, units.byId, units.known);
    claim(join(ctx.dir, 'disclosures'));
    return [];
  },
  contribute: (scope: DisclosuresScope) => ({
    datasets: () => disclosureDatasets(scope),
    feedEntries: () => disclosureFeedEntries(scope),
    calendarEvents: () => [
      ...consultationEvents(scope),
      ...receptionEvents(scope.disclosures, (id) => scope.units.label(id), scope.asOf),
    ],
    changes: () => disclosureChanges(scope),
  }),
  sheets: disclosureForms,
});
