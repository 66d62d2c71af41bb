/**
 * Plans, their tasks and progress: the tasks a document states (tasks/<document-id>.yaml), the
 * progress reports units file (reports/<document-id>.yaml), and what follows as of the as-of
 * date — periods, deadlines, on time, late or missing, scorecards, the chain to PAPI.
 */
import { join } from 'node:path';
import { claim } from '../../base/content/read.ts';
import { defineKind } from '../../base/kind.ts';
import type { DocumentsModel } from '../documents/index.ts';
import { issueWindow } from '../documents/rules.ts';
import type { PortalDocument } from '../documents/schema.ts';
import type { PapiData } from '../papi/model.ts';
import type { UnitsModel } from '../units/index.ts';
import type { UnitTree } from '../units/tree.ts';
import { planDeadlines } from './calendar.ts';
import { planChanges } from './changes.ts';
import { planDatasets } from './datasets.ts';
import { loadPlans, type Plan } from './load.ts';
import { planForms } from './sheet.ts';

/** What the plans' derivations read. */
export interface PlansScope {
  plans: Plan[];
  units: UnitTree;
  documents: PortalDocument[];
  papi: PapiData;
  asOf: string;
}

export const plansKind = defineKind({
  name: 'plans',
  load(ctx, needs: { units: UnitsModel; documents: DocumentsModel; asOf: string }): Plan[] {
    // Plans name units: with a units file unreadable they would only repeat that problem.
    if (!needs.units.complete) {
      for (const sub of ['tasks', 'reports']) claim(join(ctx.dir, sub));
      return [];
    }
    const issued = new Map(needs.documents.list.map((d) => [d.id, issueWindow(d)]));
    const plans = loadPlans(ctx, needs.documents.fileIds, needs.units.known, needs.asOf, {
      issued,
      units: needs.units.byId,
    });
    // In the order of their documents (newest first); an illustrative document's tasks are illustrative too.
    return needs.documents.list.flatMap((d) =>
      plans.filter((p) => p.id === d.id).map((p) => ({ ...p, sampleTasks: p.sampleTasks || d.sample === true })),
    );
  },
  contribute: (scope: PlansScope) => ({
    datasets: () => planDatasets(scope),
    calendarEvents: () => planDeadlines(scope),
    changes: () => planChanges(scope),
  }),
  sheets: planForms,
});
