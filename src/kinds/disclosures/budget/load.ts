/** Reads ngan-sach-<year>.yaml and ngan-sach-<year>.csv of a commune and checks the arithmetic. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { relPath, tryRead, type LoadContext } from '../../../base/content/context.ts';
import { claim, readCsv, readYaml } from '../../../base/content/read.ts';
import { csvRows } from '../csv.ts';
import { checkBudgetLines, checkBudgetMeta } from './files.ts';
import type { CommuneBudget } from './schema.ts';

export function loadBudget(
  ctx: LoadContext,
  commune: string,
  yamlAbs: string,
  year: number,
): CommuneBudget | undefined {
  const yamlFile = relPath(ctx, yamlAbs);
  const csvAbs = yamlAbs.replace(/\.ya?ml$/, '.csv');
  const csvFile = relPath(ctx, csvAbs);
  // The table belongs to this budget even when a problem with its YAML stops it being read.
  claim(csvAbs);
  const metaRead = tryRead(ctx, () => readYaml(yamlAbs, yamlFile));
  if (!metaRead) return undefined;
  const meta = checkBudgetMeta(metaRead, year, ctx.issues);
  if (!existsSync(csvAbs)) {
    // A table saved as "ngan-sach-2025.CSV" is named once, as a file name to correct (load.ts).
    const base = basename(csvAbs);
    if (readdirSync(dirname(csvAbs)).some((name) => name.toLowerCase() === base)) return undefined;
    ctx.issues.add({
      file: csvFile,
      field: '(tệp / file)',
      found: '(không có / missing)',
      expected: {
        vi: `bảng số liệu ${csvFile} đi kèm ${yamlFile}`,
        en: `the table ${csvFile} that goes with ${yamlFile}`,
      },
    });
    return undefined;
  }
  const table = tryRead(ctx, () => csvRows(readCsv(csvAbs, csvFile)));
  if (!table) return undefined;
  const data = checkBudgetLines(table, meta, ctx.issues);
  if (!meta || !data) return undefined;
  return { ...meta.data, commune, lines: data };
}
