/**
 * A copy of the project for building small instances (the attack fixture, the fixtures that
 * must stop the build): the same code and configuration, with the national data cut down to
 * two provinces of 2025 (Hà Nội; Quảng Trị, which the minimal fixture's province code names)
 * with their three provinces before 2025, and one PAPI year of each survey era. The national
 * PAPI tables are most of a build otherwise: 2,230 of the minimal fixture's 3,110 pages, and
 * most of the time a load takes. Every page kind is still built: only the number of provinces
 * and years in them changes.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, root } from '../../scripts/lib/build-site.ts';

const PROVINCES_2025 = ['01', '44'];
const PAPI_YEARS = ['2011', '2017', '2024'];

/** Keeps the header and the rows whose cell in `column` is one of `values`. */
function keepRows(file: string, column: string, values: string[]): void {
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const index = header!.split(',').indexOf(column);
  if (index < 0) throw new Error(`${file} has no column ${column}`);
  const kept = rows.filter((row) => values.includes(row.split(',')[index]!));
  if (kept.length === 0) throw new Error(`${file}: no row left with ${column} in ${values.join(', ')}`);
  writeFileSync(file, `${[header, ...kept].join('\n')}\n`);
}

/** Writes the copy into `dest` (replacing what is there); its national data is in `dest`/content/national. */
export function writeSmallProject(dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  copyProject(root, dest);
  const national = join(dest, 'content/national');
  keepRows(join(national, 'admin-units/provinces-2025.csv'), 'code', PROVINCES_2025);
  keepRows(join(national, 'admin-units/provinces-pre2025.csv'), 'successor_code', PROVINCES_2025);
  const before = readFileSync(join(national, 'admin-units/provinces-pre2025.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((row) => row.split(',')[0]!);
  for (const table of ['papi/results.csv', 'papi/subdimensions.csv']) {
    keepRows(join(national, table), 'year', PAPI_YEARS);
    keepRows(join(national, table), 'province_code', before);
  }
}
