/**
 * The checks of a budget's two files as read (ngan-sach-<year>.yaml and .csv): each file's
 * schema, personal data, the year its name says, the stages' dates, the arithmetic of the
 * lines. The loader runs them on the files it reads; the publishing page on the files an
 * import would write. Nothing here reads a file.
 */
import type { Entry } from '../../../base/content/context.ts';
import type { IssueList } from '../../../base/content/errors.ts';
import { personalDataIn, type Located } from '../../../base/content/parse.ts';
import { validEntry } from '../../../base/content/validate.ts';
import { checkBudget } from './check.ts';
import { stageDateProblems } from './rules.ts';
import { budgetLineSchema, budgetMetaSchema, budgetStages, type BudgetLine, type BudgetMeta } from './schema.ts';

const AMOUNT_COLUMNS = new Set<string>(budgetStages);

/** The budget's YAML: its schema, the year of its name, the order of its stages' dates. */
export function checkBudgetMeta(located: Located, year: number, issues: IssueList): Entry<BudgetMeta> | undefined {
  for (const problem of personalDataIn(located)) issues.add(problem);
  const meta = validEntry(budgetMetaSchema, located, issues);
  if (meta && meta.data.year !== year) {
    issues.add({
      ...meta.at(['year']),
      field: 'year',
      found: String(meta.data.year),
      expected: { vi: `năm ${year}, như tên tệp`, en: `the year ${year}, as in the file name` },
    });
  }
  if (meta) {
    for (const p of stageDateProblems(meta.data))
      issues.add({ ...meta.at(p.path), field: p.path.join('.'), found: p.found, expected: p.expected });
  }
  return meta;
}

/** The budget's table (rows with empty cells as null): each line's schema, then the sums against the YAML. */
export function checkBudgetLines(
  table: Located,
  meta: Entry<BudgetMeta> | undefined,
  issues: IssueList,
): BudgetLine[] | undefined {
  for (const problem of personalDataIn(table, { tableRows: true, skip: (key) => AMOUNT_COLUMNS.has(key) }))
    issues.add(problem);
  const lines = (table.value as unknown[]).map((_, i) => validEntry(budgetLineSchema, table, issues, [i]));
  if (!meta || lines.some((l) => l === undefined)) return undefined;
  const data = lines.map((l) => l!.data);
  for (const problem of checkBudget(meta.data, data)) {
    const place = problem.index < data.length ? table.locate([problem.index, problem.column]) : { file: table.file };
    issues.add({ ...place, field: problem.column, found: problem.found, expected: problem.expected });
  }
  return data;
}
