/**
 * CSV and JSON files of a dataset. CSV is UTF-8 with a byte-order mark so that Excel opens
 * Vietnamese correctly, comma-separated, a header of column keys, numbers with a decimal
 * point, missing values as empty cells. JSON carries the data dictionary with the rows.
 */
import type { Dataset } from '../../base/dataset.ts';

/**
 * Text that starts like a formula (= + - @, tab, carriage return) gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it (CSV injection). Numbers are
 * written as numbers and never touched.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Sample data says so in every row of its CSV, so a copied row cannot pass for real figures. */
export const SAMPLE_COLUMN = 'du_lieu_minh_hoa';
export const SAMPLE_CELL = 'Dữ liệu minh họa (sample data)';

export function toCsv(dataset: Dataset): string {
  const keys = dataset.columns.map((c) => c.key);
  const mark = dataset.sample ? [SAMPLE_COLUMN] : [];
  const lines = [
    [...mark, ...keys].map(csvCell).join(','),
    ...dataset.rows.map((row) =>
      [...(dataset.sample ? [csvCell(SAMPLE_CELL)] : []), ...keys.map((k) => csvCell(row[k] ?? null))].join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The one way a JSON file is written (datasets, the catalogue, oEmbed): JSON.stringify escapes
 * quotes, backslashes and control characters and writes half a surrogate pair as \uXXXX, so
 * any text stays valid JSON; two-space indents and a final newline keep files diffable.
 */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * `site.url`: the portal's address, null while it is to be filled (the page is then given as a
 * path); `site.licence`: null while the portal has not stated one (and none is made up).
 */
export function toJson(
  dataset: Dataset,
  site: { url: string | null; licence: { id: string; url: string } | null },
): string {
  const licence = dataset.licence ?? site.licence;
  return jsonFile({
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    source: dataset.source,
    sample: dataset.sample ?? false,
    licence: licence ? { id: licence.id, url: licence.url } : null,
    updated: dataset.updated,
    page: site.url ? new URL(dataset.page, site.url).href : dataset.page,
    columns: dataset.columns,
    rows: dataset.rows,
  });
}
