/** Reads ngan-sach-<year>.yaml and ngan-sach-<year>.csv of a commune and checks the arithmetic. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { entryOf, relPath, tryRead, type LoadContext } from '../../../base/content/context.ts';
import { claim, readCsv, readYaml } from '../../../base/content/read.ts';
import { scanLocated } from '../../../base/content/scan.ts';
import { csvRows } from '../csv.ts';
import { checkBudget } from './check.ts';
import { stageDateProblems } from './rules.ts';
import { budgetLineSchema, budgetMetaSchema, budgetStages, type CommuneBudget } from './schema.ts';

const AMOUNT_COLUMNS = new Set<string>(budgetStages);

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
  scanLocated(ctx, metaRead);
  const meta = entryOf(ctx, budgetMetaSchema, metaRead);
  if (meta && meta.data.year !== year) {
    ctx.issues.add({
      ...meta.at(['year']),
      field: 'year',
      found: String(meta.data.year),
      expected: { vi: `năm ${year}, như tên tệp`, en: `the year ${year}, as in the file name` },
    });
  }
  if (meta) {
    for (const p of stageDateProblems(meta.data))
      ctx.issues.add({ ...meta.at(p.path), field: p.path.join('.'), found: p.found, expected: p.expected });
  }
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
  scanLocated(ctx, table, { tableRows: true, skip: (key) => AMOUNT_COLUMNS.has(key) });
  const lines = (table.value as unknown[]).map((_, i) => entryOf(ctx, budgetLineSchema, table, [i]));
  if (!meta || lines.some((l) => l === undefined)) return undefined;
  const data = lines.map((l) => l!.data);
  for (const problem of checkBudget(meta.data, data)) {
    const place = problem.index < data.length ? table.locate([problem.index, problem.column]) : { file: csvFile };
    ctx.issues.add({ ...place, field: problem.column, found: problem.found, expected: problem.expected });
  }
  return { ...meta.data, commune, lines: data };
}
