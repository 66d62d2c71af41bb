/**
 * Which commune disclosures have a printable notice-board sheet made from one of their
 * tables, and the posting date each sheet states (the latest publication of that kind).
 */
import type { DisclosuresScope } from './index.ts';
import { datasetById, type ContributionSource } from '../../outputs/data/registry.ts';
import type { Row } from '../../base/dataset.ts';
import { disclosuresOf } from './derive.ts';
import { publicationsOf } from './model.ts';
import type { disclosureWords } from './words.ts';

type WordKey = Parameters<ReturnType<typeof disclosureWords>>[0];

export interface TableSheet {
  /** Last part of the sheet's address: /cong-khai/<commune>/in/<key>/. */
  key: string;
  dataset: string;
  kind: 'investment' | 'contributions' | 'reception' | 'land-prices';
  title: WordKey;
  /** Where the disclosure is on the portal (the QR code leads there). */
  page: (commune: string) => string;
}

export const tableSheets: TableSheet[] = [
  { key: 'dau-tu', dataset: 'dau-tu-giam-sat-cong-dong', kind: 'investment', title: 'cd.investment', page: (c) => `/cong-khai/${c}/#dau-tu` },
  { key: 'dong-gop', dataset: 'dong-gop-tu-nguyen', kind: 'contributions', title: 'cd.contributions', page: (c) => `/cong-khai/${c}/#dong-gop` },
  { key: 'tiep-cong-dan', dataset: 'lich-tiep-cong-dan', kind: 'reception', title: 'cd.reception', page: (c) => `/cong-khai/${c}/#tiep-cong-dan` },
  { key: 'bang-gia-dat', dataset: 'bang-gia-dat', kind: 'land-prices', title: 'cd.prices', page: (c) => `/cong-khai/bang-gia-dat/#${c}` },
];

export interface SheetContent {
  sheet: TableSheet;
  commune: string;
  rows: Row[];
  columns: string[];
  /** Latest publication date of this kind; null if the content gives none. */
  posted: string | null;
}

/** The sheets a commune has: one per kind that has rows for it. */
export function sheetsOf(portal: DisclosuresScope & ContributionSource, commune: string): SheetContent[] {
  const d = disclosuresOf(portal, commune);
  if (!d) return [];
  const name = portal.units.label(commune);
  const publications = publicationsOf(d, portal.asOf);
  return tableSheets.flatMap((sheet) => {
    const dataset = datasetById(portal, sheet.dataset);
    const rows = dataset.rows.filter((r) => r.xa === name);
    if (rows.length === 0) return [];
    const posted = publications.filter((p) => p.kind === sheet.kind).map((p) => p.published).sort().at(-1) ?? null;
    return [{ sheet, commune, rows, columns: dataset.columns.map((c) => c.key).filter((k) => k !== 'xa'), posted }];
  });
}
