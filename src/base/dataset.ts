/**
 * Datasets: every table the portal shows is also published as CSV and JSON at a stable
 * address (/du-lieu/<id>.csv, /du-lieu/<id>.json) with a data dictionary. A slice describes
 * its tables as Datasets; pages render them with DataTable and the files come from here.
 */
import type { Lang } from './format.ts';
import { routes } from './routes.ts';
import type { ChartSpec } from './chart-spec.ts';

export interface Bilingual {
  vi: string;
  en: string;
}

/** One column: what it means, its type and unit — the data dictionary. */
export interface Column {
  /** Key in each row and the CSV header; ASCII, snake_case. */
  key: string;
  label: Bilingual;
  description: Bilingual;
  /**
   * A year is its own type, never a number to format: 2025, not 2.025. Every table, embed and
   * notice sheet shows it as written, and it sorts as a number.
   */
  type: 'text' | 'number' | 'integer' | 'year' | 'date' | 'url' | 'code';
  /** Unit of the values ("điểm / points", "triệu đồng / million đồng"), if any. */
  unit?: Bilingual;
  /** Decimals to show on the page (numbers). The files keep the full value. */
  digits?: number;
  /**
   * For a column of codes ("open", "on-time", "partial"): the words each code is shown as on
   * the pages. The files keep the codes, and the data dictionary lists them with their words.
   */
  values?: Record<string, Bilingual>;
  /**
   * A column of text in one language only (English names): pages in the other language leave
   * it out, the files keep it.
   */
  lang?: Lang;
  /**
   * What an abbreviated label stands for ("ND1": "Tham gia của người dân ở cấp cơ sở"): tables
   * mark the label as an abbreviation and spell it out in a legend under the table.
   */
  standsFor?: Bilingual;
}

/**
 * Why a cell is empty, when it is not simply missing: a change across the 2018 break of PAPI
 * is "not comparable", a PAPI dimension before it existed "not measured", a price for a
 * position a land type does not have "not applicable", a budget stage the commune has not
 * published yet "not published". Files write every empty cell as empty; the page and the data
 * dictionary say why.
 */
export type Gap = 'missing' | 'not-comparable' | 'not-measured' | 'not-applicable' | 'not-published';

/** A cell: null means missing (no data), which is never shown or written as 0. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** A column in one line: key, label in Vietnamese and English, type, description in both. */
export function column(
  key: string,
  vi: string,
  en: string,
  type: Column['type'],
  descriptionVi: string,
  descriptionEn: string,
): Column {
  return { key, label: { vi, en }, description: { vi: descriptionVi, en: descriptionEn }, type };
}

export interface Dataset {
  /** Stable id, part of the download address: lower-case ASCII, digits, hyphens. */
  id: string;
  title: Bilingual;
  description: Bilingual;
  columns: Column[];
  rows: Row[];
  /** Where the figures come from, with enough detail to find them. */
  source: Bilingual;
  /** True for illustrative data (dữ liệu minh họa), which every page showing it must say. */
  sample?: boolean;
  /** Licence if it differs from the site's data licence. */
  licence?: { id: string; url: string; name: Bilingual };
  /** Path (without language prefix) of the page that shows this table. */
  page: string;
  /** Last change of the underlying content (YYYY-MM-DD); feeds and the catalogue use it. */
  updated: string;
  /** Why an empty cell of a row is empty, when not for want of data (default: missing). */
  gap?: (row: Row, key: string) => Gap | undefined;
  /** The chart drawn from this table, if any, with its one-sentence summary; embeds show it too. */
  chart?: (lang: Lang) => { spec: ChartSpec; summary: string };
  /**
   * false for a table too long to read in a frame on another site (every province and year):
   * it is published as files and a dataset page, with no embed.
   */
  embed?: false;
}

/** The words of each code of a column, in both languages, from a words function. */
export function codeWords<C extends string>(
  codes: readonly C[],
  words: (code: C, lang: Lang) => string,
): Record<string, Bilingual> {
  return Object.fromEntries(codes.map((code) => [code, { vi: words(code, 'vi'), en: words(code, 'en') }]));
}

export function datasetPaths(id: string) {
  return { csv: routes.datasetFile(id, 'csv'), json: routes.datasetFile(id, 'json') };
}

export function text(value: Bilingual, lang: Lang): string {
  return value[lang];
}
