/**
 * PAPI: the yearly governance index (CECODES, VFF-CRT, RTA, UNDP) of every province before
 * 1 July 2025, 2011–2024 (national data), with ready-made comparisons and figures documents
 * quote (instance data). Ranks, groups and changes are derived here, never typed in.
 */
import { defineKind } from '../../base/kind.ts';
import type { SiteConfig } from '../../base/site/schema.ts';
import type { UnitTree } from '../units/tree.ts';
import type { DocumentsModel } from '../documents/index.ts';
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
  load(ctx, { documents }: { documents: DocumentsModel }): PapiData | undefined {
    const papi = loadPapi(ctx);
    checkQuotedDocuments(ctx, papi, new Set(documents.list.map((d) => d.id)));
    return papi;
  },
  contribute: (scope: PapiScope) => ({ datasets: () => papiDatasets(scope) }),
});
