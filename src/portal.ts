/**
 * Loads one instance's content: every slice is read and validated, references across
 * slices are checked, and only if nothing is wrong is the portal model returned.
 * One ContentError lists every problem, so an official fixes them in one round.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDate } from './base/content/fields.ts';
import { IssueList } from './base/content/errors.ts';
import { listFiles, reportField, type LoadContext } from './base/content/context.ts';
import { loadSite, todayInVietnam } from './kinds/site/load.ts';
import type { SiteConfig } from './kinds/site/schema.ts';
import { loadUnits } from './kinds/units/load.ts';
import type { Unit } from './kinds/units/schema.ts';
import { buildUnitTree, type UnitTree } from './kinds/units/tree.ts';
import { checkDocumentReferences, loadDocuments } from './kinds/documents/load.ts';
import type { PortalDocument } from './kinds/documents/schema.ts';
import { loadDisclosures } from './kinds/disclosures/load.ts';
import type { CommuneDisclosures } from './kinds/disclosures/model.ts';
import { scanContentLines } from './base/content/scan.ts';
import { loadPlans, type Plan } from './kinds/plans/load.ts';
import { loadAbbreviations } from './kinds/abbreviations/load.ts';
import type { Abbreviation } from './kinds/abbreviations/schema.ts';
import { checkQuotedDocuments, loadPapi } from './kinds/papi/load.ts';
import type { PapiData } from './kinds/papi/model.ts';
import { loadCorrections } from './kinds/corrections/load.ts';
import type { Correction } from './kinds/corrections/schema.ts';

export interface Portal {
  site: SiteConfig;
  /** The date everything time-dependent is judged against (YYYY-MM-DD). */
  asOf: string;
  /** Where asOf came from, shown in the footer so readers know what "overdue" means. */
  asOfSource: 'env' | 'site' | 'build-date';
  units: UnitTree;
  documents: PortalDocument[];
  /** Communes' mandated disclosures (budget, land, poor households…), by commune id. */
  disclosures: CommuneDisclosures[];
  /** Plans with their tasks and progress reports, in the order of the documents. */
  plans: Plan[];
  /** Abbreviations search reads both ways (UBND ⇄ Ủy ban nhân dân), shared by every instance. */
  abbreviations: Abbreviation[];
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

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

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

  if (!existsSync(ctx.dir) || !statSync(ctx.dir).isDirectory()) {
    // Nothing else can be read: say so once, rather than once per kind of content.
    ctx.issues.add({
      file: options.contentDir,
      field: 'PORTAL_CONTENT',
      found: JSON.stringify(options.contentDir),
      expected: { vi: 'thư mục nội dung của một cổng (có site.yaml), ví dụ content/quang-tri', en: "a portal's content folder (with site.yaml), e.g. content/quang-tri" },
    });
    ctx.issues.throwIfAny();
  }
  const site = loadSite(ctx);
  const { known: unitIds, complete: unitsComplete, units, succession } = loadUnits(ctx);
  const documents = loadDocuments(ctx);
  const papi = loadPapi(ctx);
  const corrections = loadCorrections(ctx);
  const abbreviations = loadAbbreviations(ctx, resolve(ctx.nationalDir, 'search/abbreviations.yaml'));

  if (site && unitsComplete && !unitIds.has(site.data.province)) {
    reportField(ctx, site, ['province'], JSON.stringify(site.data.province), {
      vi: `mã của tỉnh trong units/ (không có đơn vị "${site.data.province}")`,
      en: `the id of the province in units/ (there is no unit "${site.data.province}")`,
    });
  }
  if (unitsComplete) checkDocumentReferences(ctx, documents, unitIds);
  // A duplicate id is reported once, as a duplicate: the first unit with it stands for the id here.
  const unitsById = new Map<string, Unit>();
  for (const u of units) if (!unitsById.has(u.data.id)) unitsById.set(u.data.id, u.data);
  // When a units file cannot be read, which communes exist is unknown: disclosures wait for the fix.
  const disclosures = unitsComplete ? loadDisclosures(ctx, unitsById, unitIds) : [];
  // Personal data must not reach any page: disclosure files are scanned field by field as
  // they load; every other content file is scanned line by line here.
  scanContentLines(ctx, [join(ctx.dir, 'disclosures')]);
  checkQuotedDocuments(ctx, papi, new Set(documents.map((d) => d.data.id)));
  const asOf = options.asOf ?? site?.data.as_of ?? todayInVietnam(options.now);
  // Every document file counts as known, so a document with a bad field is reported once, not again by its plan.
  const documentIds = new Set(listFiles(ctx, 'documents', ['.md']).map((abs) => basename(abs, '.md')));
  // Like disclosures, plans name units: with a units file unreadable they would only repeat that.
  const plans = unitsComplete ? loadPlans(ctx, documentIds, unitIds, asOf) : [];
  ctx.issues.throwIfAny();

  const sortedDocuments = documents
    .map((d) => d.data)
    .sort((a, b) => b.published.localeCompare(a.published) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  return {
    site: site!.data,
    asOf,
    asOfSource: options.asOf ? 'env' : site!.data.as_of ? 'site' : 'build-date',
    units: buildUnitTree(
      units.map((u) => u.data),
      succession.map((s) => s.data),
    ),
    papi: papi!,
    documents: sortedDocuments,
    plans: sortedDocuments.flatMap((d) => plans.filter((p) => p.id === d.id)),
    disclosures,
    corrections: [...corrections].sort((a, b) => b.date.localeCompare(a.date)),
    abbreviations,
  };
}
