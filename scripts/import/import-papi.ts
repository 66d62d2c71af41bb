/**
 * Imports the PAPI results 2011–2024 into content/national/papi/:
 *   npm run import-papi -- /path/to/data/papi
 * Reads the tidy files derived from github.com/hnks-gh/ml-mcdm (papi_dimensions_long_2011_2024.csv,
 * papi_subdimensions_long_2011_2024.csv) and writes one row per year × pre-2025 province
 * (results.csv; a blank cell is missing data, never zero) and one row per sub-dimension score
 * (subdimensions.csv; a missing score has no row). Ranks, bands and changes are not copied:
 * src/kinds/papi/ derives them from these scores. Re-running on the same input gives byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const srcDir = process.argv[2];
if (!srcDir) throw new Error('Usage: npm run import-papi -- <path-to-data/papi>');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'content', 'national', 'papi');
const read = (name: string): Row[] =>
  parse(readFileSync(join(srcDir, name), 'utf8').replace(/^\uFEFF/, ''), { columns: true });
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fail = (msg: string): never => {
  throw new Error(msg);
};

// Every province in the scores must be one of the 63 in the national list (same GSO codes).
const known = new Set(
  (
    parse(readFileSync(join(root, 'content/national/admin-units/provinces-pre2025.csv'), 'utf8'), {
      columns: true,
    }) as Row[]
  ).map((r) => r.code!),
);

const DIMENSIONS = [1, 2, 3, 4, 5, 6, 7, 8];
const dimensionRows = read('papi_dimensions_long_2011_2024.csv');
const results = dimensionRows
  .map((r) => {
    const code = r.gso_code_pre2025 ?? fail('no gso_code_pre2025 column');
    if (!known.has(code)) fail(`${r.year} ${r.province_en}: province code ${code} is not in provinces-pre2025.csv`);
    // A row is "complete" in the source when every dimension of its era has a score; only then
    // does the source give a total, and only then is it kept (a partial year is not ranked).
    const total = r.complete === 'yes' ? r.total_computed! : '';
    if (r.complete === 'yes' && total === '') fail(`${r.year} ${code}: complete without a total`);
    return [r.year!, code, ...DIMENSIONS.map((d) => r[`d${d}`] ?? ''), total];
  })
  .sort((a, b) => cmp(a[0]!, b[0]!) || cmp(a[1]!, b[1]!));
if (results.length !== 14 * 63) fail(`expected 882 province-years, found ${results.length}`);

const subRows = read('papi_subdimensions_long_2011_2024.csv')
  .filter((r) => r.score !== '' && r.score !== undefined)
  .map((r) => {
    if (!/^SC[1-8][1-4]$/.test(r.subdim_code ?? '')) fail(`unexpected sub-dimension code ${r.subdim_code}`);
    return [r.year!, r.gso_code_pre2025!, r.subdim_code!, r.score!];
  })
  .sort((a, b) => cmp(a[0]!, b[0]!) || cmp(a[1]!, b[1]!) || cmp(a[2]!, b[2]!));

const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
writeFileSync(
  join(outDir, 'results.csv'),
  csv(['year', 'province_code', ...DIMENSIONS.map((d) => `d${d}`), 'total'], results),
);
writeFileSync(join(outDir, 'subdimensions.csv'), csv(['year', 'province_code', 'code', 'score'], subRows));
console.log(`results.csv: ${results.length} rows; subdimensions.csv: ${subRows.length} rows`);
