/**
 * The disclosure tables as open data (CSV/JSON at /du-lieu/<id>.*). Each part describes its
 * table once, a commune at a time: the dataset lists every commune's rows in turn, and a
 * commune's page or notice-board sheet takes that commune's rows, chosen by its id (two
 * communes may share a name). All of them are sample data today, and say so: `sample`
 * follows the content files' own `sample` flag.
 */
import type { Bilingual, Column, Dataset, Row } from '../../base/dataset.ts';
import { disclosuresUpdated } from './changes.ts';
import { anySample, disclosuresOf } from './derive.ts';
import type { DisclosuresScope } from './index.ts';
import type { CommuneDisclosures } from './model.ts';

export const col = (
  key: string,
  vi: string,
  en: string,
  type: Column['type'] = 'text',
  unit?: { vi: string; en: string },
): Column => ({
  key,
  label: { vi, en },
  description: { vi, en },
  type,
  ...(unit ? { unit } : {}),
});
export const MILLION = { vi: 'triệu đồng', en: 'million đồng' };
const SOURCE = {
  vi: 'Dữ liệu minh họa do cổng soạn để trình bày cách công khai; không phải số liệu thật của xã, phường nào.',
  en: 'Sample data written for the portal to show how disclosures are presented; not any commune’s real figures.',
};
/** The first column of every table: the commune's name as readers know it. */
export const communeColumn = col('xa', 'Xã, phường', 'Commune or ward');

/** What every disclosure dataset shares: its source, whether it is sample data, its date. */
export function datasetBase(
  scope: Pick<DisclosuresScope, 'disclosures' | 'units' | 'asOf'>,
): Pick<Dataset, 'source' | 'sample' | 'updated'> {
  return { source: SOURCE, sample: anySample(scope), updated: disclosuresUpdated(scope) };
}

/** A table of one part of the disclosures, described a commune at a time. */
export interface CommuneTable {
  id: string;
  /** The page that shows the table (without language prefix). */
  page: string;
  title: Bilingual;
  description(asOf: string): Bilingual;
  columns: Column[];
  /** One commune's rows; `name` is its name as the commune column shows it. */
  rows(d: CommuneDisclosures, name: string, asOf: string): Row[];
  /** Why an empty cell is empty, when not for want of data. */
  gap?: Dataset['gap'];
}

export function tableDataset(table: CommuneTable, scope: DisclosuresScope): Dataset {
  return {
    ...datasetBase(scope),
    id: table.id,
    page: table.page,
    title: table.title,
    description: table.description(scope.asOf),
    columns: table.columns,
    rows: scope.disclosures.flatMap((d) => table.rows(d, scope.units.label(d.commune), scope.asOf)),
    ...(table.gap ? { gap: table.gap } : {}),
  };
}

/** One commune's rows of a table; none for a commune without disclosures. */
export function communeRows(table: CommuneTable, scope: DisclosuresScope, commune: string): Row[] {
  const d = disclosuresOf(scope, commune);
  return d ? table.rows(d, scope.units.label(commune), scope.asOf) : [];
}

/** A table as a commune's page shows it: the dataset as published, and the commune's rows of it. */
export function communeTable(
  table: CommuneTable,
  scope: DisclosuresScope,
  commune: string,
): { dataset: Dataset; rows: Row[] } {
  return { dataset: tableDataset(table, scope), rows: communeRows(table, scope, commune) };
}
