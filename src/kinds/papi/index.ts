/**
 * PAPI: the yearly governance index (CECODES, VFF-CRT, RTA, UNDP) of every province before
 * 1 July 2025, 2011–2024 (national data), with ready-made comparisons and figures documents
 * quote (instance data). Ranks, groups and changes are derived here, never typed in.
 */
import { defineKind } from '../../base/kind.ts';
import type { SiteConfig } from '../../base/site/schema.ts';
import type { UnitTree } from '../units/tree.ts';
import { papiChanges } from './changes.ts';
import { papiDatasets } from './datasets.ts';
import { checkQuotedDocuments, loadPapi } from './load.ts';
import type { PapiData } from './model.ts';

/** What the PAPI derivations read: the results, and which province this instance is. */
export interface PapiScope {
  papi: PapiData;
  site: SiteConfig;
  units: UnitTree;
  asOf: string;
}

export const papiKind = defineKind({
  name: 'papi',
  /** documentIds: the documents this instance publishes, which quoted figures must name. */
  load(ctx, { documentIds }: { documentIds: Set<string> }): PapiData | undefined {
    const papi = loadPapi(ctx);
    checkQuotedDocuments(ctx, papi, documentIds);
    return papi;
  },
  contribute: (scope: PapiScope) => ({
    datasets: () => papiDatasets(scope),
    changes: () => papiChanges(scope.papi),
  }),
});
