/**
 * The portal: the list of content kinds, and one instance's content loaded through them.
 * Every kind is read and validated, references across kinds are checked, and only if nothing
 * is wrong is the portal returned. One ContentError lists every problem, so an official fixes
 * them in one round. A new content kind is one folder under src/kinds/ and one line here.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AddressBook, fixedRoutes, type Claim } from './base/content/addresses.ts';
import { reportField, type LoadContext } from './base/content/context.ts';
import { IssueList } from './base/content/errors.ts';
import { refuseLinks, reportUnread } from './base/content/files.ts';
import { isoDate } from './base/content/fields.ts';
import { fileFieldProblems } from './base/rules.ts';
import { builtBy, routes } from './base/routes.ts';
import { claim, recordReads } from './base/content/read.ts';
import { scanContentLines } from './base/content/scan.ts';
import type { ContentKind, Contributions } from './base/kind.ts';
import type { SheetForm } from './base/sheets/form.ts';
import { isHubFolder, loadHubSite, loadSite, todayInVietnam } from './base/site/load.ts';
import { hubPublicationRules, publicationRules } from './base/site/publication.ts';
import { asOfRules, type ContentSpan } from './base/site/rules.ts';
import type { SiteConfig } from './base/site/schema.ts';
import { abbreviationsKind } from './kinds/abbreviations/index.ts';
import { BOUNDARIES_FOLDER } from './kinds/units/boundaries.ts';
import type { Abbreviation } from './kinds/abbreviations/schema.ts';
import { correctionsKind } from './kinds/corrections/index.ts';
import type { Correction } from './kinds/corrections/schema.ts';
import { disclosuresKind } from './kinds/disclosures/index.ts';
import type { CommuneDisclosures } from './kinds/disclosures/model.ts';
import { documentsKind } from './kinds/documents/index.ts';
import { hubKind } from './kinds/hub/index.ts';
import type { HubModel } from './kinds/hub/model.ts';
import { issueWindow } from './kinds/documents/rules.ts';
import type { PortalDocument } from './kinds/documents/schema.ts';
import { papiKind } from './kinds/papi/index.ts';
import type { PapiData } from './kinds/papi/model.ts';
import { plansKind } from './kinds/plans/index.ts';
import type { Plan } from './kinds/plans/load.ts';
import { noUnits, unitsKind, type UnitsModel } from './kinds/units/index.ts';

/** Every content kind, in the order their contributions appear in the shared outputs. */
export const kinds = [
  unitsKind,
  documentsKind,
  papiKind,
  plansKind,
  disclosuresKind,
  correctionsKind,
  abbreviationsKind,
  // Only the national hub loads it (loadHubPortal); it gives the shared outputs nothing.
  hubKind,
] as const;

/** Every spreadsheet form the kinds declare, in kind order: the templates, the import, the publishing page. */
export const allForms: readonly SheetForm[] = kinds.flatMap((kind) =>
  'sheets' in kind && kind.sheets ? kind.sheets : [],
);

export interface Portal {
  site: SiteConfig;
  /** The date everything time-dependent is judged against (YYYY-MM-DD). */
  asOf: string;
  /** Where asOf came from, shown in the footer so readers know what "overdue" means. */
  asOfSource: 'env' | 'site' | 'build-date';
  /**
   * The day the lists of units last changed as far as the content says: the organisations are
   * those the documents name, so the latest day a document was published or updated, or a unit's
   * page corrected. Never the day of the build (the as-of date only when there is no document).
   */
  unitsUpdated: string;
  units: UnitsModel;
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
  /** What each kind gives the shared outputs (downloads, feeds, calendar), in kind order. */
  contributions: Contributions[];
  /** The pages the content makes and the fixed pages, each once: the build checks each was written. */
  addresses: Claim[];
  /**
   * The national hub's model when this build is the hub (content/hub: a site.yaml with
   * `portals`), null for a province's portal. The hub has no units, documents, plans or
   * disclosures of its own: its pages are the provinces, PAPI, the reorganisation and search.
   */
  hub: HubModel | null;
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

/**
 * The span of the content's dates, for judging the as-of date: from the earliest document's
 * issue (or the earliest it can have been issued) to the latest day anything was published,
 * updated, filed or corrected.
 */
function contentSpan(documents: PortalDocument[], plans: Plan[], corrections: Correction[]): ContentSpan {
  const issued = documents.flatMap((d) => issueWindow(d).from ?? []);
  const later = [
    ...documents.flatMap((d) => [d.published, d.updated ?? []].flat()),
    ...plans.flatMap((p) => p.reports.map((r) => r.submitted)),
    ...corrections.map((c) => c.date),
  ];
  return {
    earliest: issued.length ? issued.reduce((a, b) => (b < a ? b : a)) : null,
    latest: later.length ? later.reduce((a, b) => (b > a ? b : a)) : null,
  };
}

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function loadPortal(options: LoadOptions): Portal {
  const root = options.root ?? projectRoot;
  const ctx: LoadContext = {
    root,
    dir: resolve(root, options.contentDir),
    nationalDir: resolve(root, options.nationalDir ?? 'content/national'),
    issues: new IssueList(),
    addresses: new AddressBook(),
  };

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
      expected: {
        vi: 'thư mục nội dung của một cổng (có site.yaml), ví dụ content/quang-tri',
        en: "a portal's content folder (with site.yaml), e.g. content/quang-tri",
      },
    });
    ctx.issues.throwIfAny();
  }

  // A link could lead the loaders anywhere: nothing is read while there is one.
  if (!refuseLinks(ctx)) ctx.issues.throwIfAny();

  // The pages under src/pages/ that this build writes are claimed first: a content id equal to one is caught.
  const hub = isHubFolder(ctx.dir);
  ctx.addresses = new AddressBook(
    fixedRoutes(join(projectRoot, 'src/pages'), root).filter((claim) => builtBy(claim.path, hub)),
  );
  if (hub) return loadHubPortal(ctx, options);
  // The calendar's page has a parameter only so that the hub writes none: it is claimed as a fixed page would be.
  ctx.addresses.claim(routes.calendar(), {
    file: 'src/pages/[calendar].ics.ts',
    field: '(trang / page)',
    found: routes.calendar(),
  });

  // The instance's configuration, then each kind, handed the models it declares it needs.
  // What they read is recorded, so a file none of them read can be named (files.ts).
  const { result: loaded, read } = recordReads(() => {
    const siteEntry = loadSite(ctx);
    const units = unitsKind.load(ctx, {});
    if (siteEntry && units.complete) {
      const id = siteEntry.data.province;
      const unit = units.byId.get(id);
      if (!units.known.has(id))
        reportField(ctx, siteEntry, ['province'], JSON.stringify(id), {
          vi: `mã của tỉnh trong units/ (không có đơn vị "${id}")`,
          en: `the id of the province in units/ (there is no unit "${id}")`,
        });
      // The portal serves a province as it is now; a province of before 1/7/2025 has no
      // communes, plans or PAPI successor of its own today.
      else if (unit && (unit.kind !== 'province' || unit.valid_to !== null))
        reportField(ctx, siteEntry, ['province'], JSON.stringify(id), {
          vi: `mã của một tỉnh hiện nay (từ 1/7/2025) trong units/; "${id}" là ${unit.kind === 'province' ? `tỉnh đã thôi tồn tại từ ${unit.valid_to}` : `một đơn vị loại "${unit.kind}"`}`,
          en: `the id of a current province (since 1 July 2025) in units/; "${id}" is ${unit.kind === 'province' ? `a province that ended on ${unit.valid_to}` : `a unit of kind "${unit.kind}"`}`,
        });
    }
    // A build for publication needs the portal's real address; a demonstration states none.
    if (siteEntry) fileFieldProblems(ctx, siteEntry, publicationRules(siteEntry.data));
    const site = siteEntry?.data;
    const documents = documentsKind.load(ctx, { units });
    const papi = papiKind.load(ctx, { documentIds: new Set(documents.list.map((d) => d.id)) });
    const abbreviations = abbreviationsKind.load(ctx, {});
    // Whether a kind loaded without a problem: a correction naming its pages is checked only then.
    const clean = <T>(load: () => T): [T, boolean] => {
      const before = ctx.issues.issues.length;
      const model = load();
      return [model, ctx.issues.issues.length === before];
    };
    const [disclosures, disclosuresClean] = clean(() => disclosuresKind.load(ctx, { units }));
    const asOf = options.asOf ?? site?.as_of ?? todayInVietnam(options.now);
    const [plans, plansClean] = clean(() => plansKind.load(ctx, { units, documents, asOf }));
    const corrections = correctionsKind.load(ctx, {
      pages: {
        documents: documents.list.length === documents.fileIds.size ? documents.list : null,
        units: units.complete ? [...units.known] : null,
        plans: plansClean ? plans.map((p) => p.id) : null,
        tasks: plansClean ? plans.flatMap((p) => p.tasks.map((t) => t.id)) : null,
        communes: disclosuresClean ? disclosures.map((d) => d.commune) : null,
      },
    });
    // The as-of date typed in site.yaml or PORTAL_AS_OF, judged against the content's dates.
    const typedAsOf = options.asOf ?? site?.as_of;
    if (typedAsOf && isoDate.safeParse(typedAsOf).success) {
      const problems = asOfRules(
        typedAsOf,
        contentSpan(documents.list, plans, corrections),
        todayInVietnam(options.now),
        ['as_of'],
      );
      for (const p of problems) {
        if (options.asOf !== undefined)
          ctx.issues.add({ file: 'PORTAL_AS_OF', field: 'PORTAL_AS_OF', found: p.found, expected: p.expected });
        else if (siteEntry) reportField(ctx, siteEntry, p.path, p.found, p.expected);
      }
    }
    return { site, units, documents, papi, corrections, abbreviations, disclosures, asOf, plans };
  });
  // Personal data must not reach any page: disclosure files are scanned field by field as
  // they load; every other content file is scanned line by line here.
  scanContentLines(ctx, [join(ctx.dir, 'disclosures')]);
  reportUnread(ctx, read);
  const { site, units, documents, papi, corrections, abbreviations, disclosures, asOf, plans } = loaded;
  ctx.issues.throwIfAny();

  const unitsChanged = [
    ...documents.list.flatMap((d) => [d.published, d.updated ?? d.published]),
    ...corrections.filter((c) => c.page.startsWith(routes.units())).map((c) => c.date),
  ].sort();
  const portal: Omit<Portal, 'contributions' | 'addresses' | 'hub'> = {
    site: site!,
    asOf,
    asOfSource: options.asOf ? 'env' : site!.as_of ? 'site' : 'build-date',
    unitsUpdated: unitsChanged.at(-1) ?? asOf,
    units,
    papi: papi!,
    documents: documents.list,
    plans,
    disclosures,
    corrections,
    abbreviations,
  };
  // Each kind's scope is part of the portal, so the portal is every kind's scope.
  const withScope: readonly Pick<ContentKind<string, unknown, never, typeof portal>, 'contribute'>[] = kinds;
  const contributions = withScope.flatMap((kind) => (kind.contribute ? [kind.contribute(portal)] : []));
  return { ...portal, contributions, addresses: ctx.addresses!.all, hub: null };
}

/**
 * The national hub: its site.yaml, the national PAPI data, the abbreviations search reads and
 * the national administrative tables. Checked like an instance's content; the parts of the
 * portal that only an instance has (units, documents, plans, disclosures) are empty.
 */
function loadHubPortal(ctx: LoadContext, options: LoadOptions): Portal {
  const { result: loaded, read } = recordReads(() => {
    const siteEntry = loadHubSite(ctx);
    const papi = papiKind.load(ctx, { documentIds: new Set() });
    const abbreviations = abbreviationsKind.load(ctx, {});
    const hub = hubKind.load(ctx, { site: siteEntry });
    // The communes' boundaries are the provinces' home-page maps; the hub draws none.
    claim(join(ctx.nationalDir, BOUNDARIES_FOLDER));
    if (siteEntry) fileFieldProblems(ctx, siteEntry, hubPublicationRules(siteEntry.data));
    const typedAsOf = options.asOf ?? siteEntry?.data.as_of;
    if (typedAsOf && isoDate.safeParse(typedAsOf).success) {
      for (const p of asOfRules(typedAsOf, { earliest: null, latest: null }, todayInVietnam(options.now), ['as_of'])) {
        if (options.asOf !== undefined)
          ctx.issues.add({ file: 'PORTAL_AS_OF', field: 'PORTAL_AS_OF', found: p.found, expected: p.expected });
        else if (siteEntry) reportField(ctx, siteEntry, p.path, p.found, p.expected);
      }
    }
    return { siteEntry, papi, abbreviations, hub };
  });
  scanContentLines(ctx, []);
  reportUnread(ctx, read);
  ctx.issues.throwIfAny();
  const { siteEntry, papi, abbreviations, hub } = loaded;
  const { portals: _portals, ...site } = siteEntry!.data;
  const asOf = options.asOf ?? site.as_of ?? todayInVietnam(options.now);
  const portal: Omit<Portal, 'contributions' | 'addresses'> = {
    site: { ...site, province: null },
    asOf,
    asOfSource: options.asOf ? 'env' : site.as_of ? 'site' : 'build-date',
    units: noUnits(),
    // The hub publishes no unit pages: the datasets of units it has none of are as old as its day.
    unitsUpdated: asOf,
    papi: papi!,
    documents: [],
    plans: [],
    disclosures: [],
    corrections: [],
    abbreviations,
    hub: hub!,
  };
  const contributions = [papiKind.contribute!(portal)];
  return { ...portal, contributions, addresses: ctx.addresses!.all };
}
