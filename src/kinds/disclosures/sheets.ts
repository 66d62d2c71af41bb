/**
 * Which commune disclosures have a printable notice-board sheet made from one of their
 * tables, and the posting date each sheet states (the latest publication of that kind).
 */
import type { Dataset, Row } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import type { Lang } from '../../base/words.ts';
import type { Issuer } from '../../outputs/print/notice.ts';
import type { UnitTree } from '../units/tree.ts';
import { contributionsTable } from './contributions/datasets.ts';
import { contributionWords } from './contributions/words.ts';
import { disclosuresOf } from './derive.ts';
import type { DisclosuresScope } from './index.ts';
import { investmentTable } from './investment/datasets.ts';
import { investmentWords } from './investment/words.ts';
import { landPricesTable } from './land/datasets.ts';
import { landWords } from './land/words.ts';
import { communeSections, publicationsOf } from './model.ts';
import { receptionTable } from './reception/datasets.ts';
import { receptionWords } from './reception/words.ts';
import { communeRows, tableDataset, type CommuneTable } from './tables.ts';

export interface TableSheet {
  /** Last part of the sheet's address: /cong-khai/<commune>/in/<key>/. */
  key: string;
  table: CommuneTable;
  kind: 'investment' | 'contributions' | 'reception' | 'land-prices';
  title: (lang: Lang) => string;
  /** Where the disclosure is on the portal (the QR code leads there). */
  page: (commune: string) => string;
}

export const tableSheets: TableSheet[] = [
  {
    key: 'dau-tu',
    table: investmentTable,
    kind: 'investment',
    title: (lang) => investmentWords(lang)('cd.investment'),
    page: (c) => routes.communeAnchor(c, communeSections.investment),
  },
  {
    key: 'dong-gop',
    table: contributionsTable,
    kind: 'contributions',
    title: (lang) => contributionWords(lang)('cd.contributions'),
    page: (c) => routes.communeAnchor(c, communeSections.contributions),
  },
  {
    key: 'tiep-cong-dan',
    table: receptionTable,
    kind: 'reception',
    title: (lang) => receptionWords(lang)('cd.reception'),
    page: (c) => routes.communeAnchor(c, communeSections.reception),
  },
  {
    key: 'bang-gia-dat',
    table: landPricesTable,
    kind: 'land-prices',
    title: (lang) => landWords(lang)('cd.prices'),
    page: (c) => routes.landPrices(c),
  },
];

export interface SheetContent {
  sheet: TableSheet;
  commune: string;
  /** The sheet's table as published (its columns, whether it is sample data). */
  dataset: Dataset;
  /** The commune's rows of it. */
  rows: Row[];
  columns: string[];
  /** Latest publication date of this kind; null if the content gives none. */
  posted: string | null;
}

/** The sheets a commune has: one per kind that has rows for it. */
export function sheetsOf(scope: DisclosuresScope, commune: string): SheetContent[] {
  const d = disclosuresOf(scope, commune);
  if (!d) return [];
  const publications = publicationsOf(d, scope.asOf);
  return tableSheets.flatMap((sheet) => {
    const rows = communeRows(sheet.table, scope, commune);
    if (rows.length === 0) return [];
    const posted =
      publications
        .filter((p) => p.kind === sheet.kind)
        .map((p) => p.published)
        .sort()
        .at(-1) ?? null;
    const columns = sheet.table.columns.map((c) => c.key).filter((k) => k !== 'xa');
    return [{ sheet, commune, dataset: tableDataset(sheet.table, scope), rows, columns, posted }];
  });
}

/** The address of each sheet a commune has, by the kind of disclosure it prints. */
export function sheetPaths(scope: DisclosuresScope, commune: string): Partial<Record<TableSheet['kind'], string>> {
  const sheets = sheetsOf(scope, commune);
  return Object.fromEntries(sheets.map((s) => [s.sheet.kind, routes.communeSheet(commune, s.sheet.key)]));
}

/**
 * Who issues a commune's notice sheet, by official name from the unit tree: the commune's
 * People's Committee, under its parent's (the province since 1 July 2025).
 */
export function noticeIssuer(units: UnitTree, commune: string): Issuer {
  const unit = units.must(commune);
  return { unit: unit.name_vi, parent: unit.parent ? units.must(unit.parent).name_vi : null };
}
