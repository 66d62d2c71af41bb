/**
 * Loads one instance's content: every slice is read and validated, references across
 * slices are checked, and only if nothing is wrong is the portal model returned.
 * One ContentError lists every problem, so an official fixes them in one round.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDate } from './fields.ts';
import { IssueList } from './errors.ts';
import { reportField, type LoadContext } from './context.ts';
import { loadSite, todayInVietnam } from '../site/load.ts';
import type { SiteConfig } from '../site/schema.ts';
import { loadUnits } from '../units/load.ts';
import { buildUnitTree, type UnitTree } from '../units/tree.ts';
import { checkDocumentReferences, loadDocuments } from '../documents/load.ts';
import type { PortalDocument } from '../documents/schema.ts';
import { checkQuotedDocuments, loadPapi } from '../papi/load.ts';
import type { PapiData } from '../papi/model.ts';
import { loadCorrections } from '../corrections/load.ts';
import type { Correction } from '../corrections/schema.ts';

export interface Portal {
  site: SiteConfig;
  /** The date everything time-dependent is judged against (YYYY-MM-DD). */
  asOf: string;
  /** Where asOf came from, shown in the footer so readers know what "overdue" means. */
  asOfSource: 'env' | 'site' | 'build-date';
  units: UnitTree;
  documents: PortalDocument[];
  /** PAPI results of every pre-2025 province, 2011–2024 (national data). */
  papi: PapiData;
  /** What the portal corrected after publishing, newest first. */
  corrections: Correction[];
}

export interface LoadOptions {
  /** Folder of the instance's content, absolute or relative to the project. */
  contentDir: string;
  /** Folder of the national content (PAPI, province lists); default content/national. */
  nationalDir?: string;
  /** Project root (files in messages are named relative to it). */
  root?: string;
  /** Overrides the as-of date (PORTAL_AS_OF). */
  asOf?: string;
  /** "Today", for tests. */
  now?: Date;
}

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function loadPortal(options: LoadOptions): Portal {
  const root = options.root ?? projectRoot;
  const ctx: LoadContext = { root, dir: resolve(root, options.contentDir), nationalDir: resolve(root, options.nationalDir ?? 'content/national'), issues: new IssueList() };

  if (options.asOf !== undefined && !isoDate.safeParse(options.asOf).success) {
    ctx.issues.add({
      file: 'PORTAL_AS_OF',
      field: 'PORTAL_AS_OF',
      found: JSON.stringify(options.asOf),
      expected: { vi: 'một ngày có thật dạng YYYY-MM-DD', en: 'a real date as YYYY-MM-DD' },
    });
  }

  const site = loadSite(ctx);
  const { known: unitIds, complete: unitsComplete, units, succession } = loadUnits(ctx);
  const documents = loadDocuments(ctx);
  const papi = loadPapi(ctx);
  const corrections = loadCorrections(ctx);

  if (site && unitsComplete && !unitIds.has(site.data.province)) {
    reportField(ctx, site, ['province'], JSON.stringify(site.data.province), {
      vi: `mã của tỉnh trong units/ (không có đơn vị "${site.data.province}")`,
      en: `the id of the province in units/ (there is no unit "${site.data.province}")`,
    });
  }
  if (unitsComplete) checkDocumentReferences(ctx, documents, unitIds);
  checkQuotedDocuments(ctx, papi, new Set(documents.map((d) => d.data.id)));
  ctx.issues.throwIfAny();

  const asOf = options.asOf ?? site!.data.as_of ?? todayInVietnam(options.now);
  return {
    site: site!.data,
    asOf,
    asOfSource: options.asOf ? 'env' : site!.data.as_of ? 'site' : 'build-date',
    units: buildUnitTree(
      units.map((u) => u.data),
      succession.map((s) => s.data),
    ),
    papi: papi!,
    documents: documents
      .map((d) => d.data)
      .sort((a, b) => b.published.localeCompare(a.published) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)),
    corrections: [...corrections].sort((a, b) => b.date.localeCompare(a.date)),
  };
}
