/**
 * The checks of one commune's disclosure file as read (YAML with its lines, CSV rows with
 * theirs): its schema, the rules within it, personal data. The loader (load.ts) runs them on
 * the files it reads; the publishing page runs them in the browser on the files an import
 * would write (`checkDisclosureFiles`). Nothing here reads a file or needs another kind.
 */
import type { z } from 'astro/zod';
import type { Entry } from '../../base/content/context.ts';
import { IssueList, type ContentIssue } from '../../base/content/errors.ts';
import { parseCsvTable, parseYaml, personalDataIn, readFiled, type Located } from '../../base/content/parse.ts';
import { validEntry } from '../../base/content/validate.ts';
import type { ContentFiles, FileChange } from '../../base/sheets/form.ts';
import { checkBudgetLines, checkBudgetMeta } from './budget/files.ts';
import { discussionProblems } from './consultations/rules.ts';
import { discussionSchema } from './consultations/schema.ts';
import { csvRows } from './csv.ts';
import { communeInfoProblems } from './info-rules.ts';
import { priceRowProblems, recoveryProblems } from './land/rules.ts';
import { priceColumns, priceRowSchema, recoveryProjectSchema } from './land/schema.ts';
import { recoveryStepName, timelineProblems } from './land/timeline.ts';
import { poorHouseholdProblems } from './poor-households/rules.ts';
import { poorCountKeys, poorHouseholdRowSchema } from './poor-households/schema.ts';
import type { RuleProblem } from './rules.ts';
import { communeDisclosureSchema } from './schema.ts';

/** Files the problems a rule found in an entry, each at the field where the wrong value was typed. */
function fieldProblems(issues: IssueList, entry: Entry<unknown>, problems: readonly RuleProblem[]): void {
  for (const p of problems)
    issues.add({ ...entry.at(p.path), field: p.path.join('.'), found: p.found, expected: p.expected });
}

/** cong-khai.yaml: its schema, the rules across its lists, the dates of each posting. */
export function checkCommuneInfo(
  located: Located,
  issues: IssueList,
): Entry<z.output<typeof communeDisclosureSchema>> | undefined {
  for (const problem of personalDataIn(located)) issues.add(problem);
  const info = validEntry(communeDisclosureSchema, located, issues);
  if (!info) return undefined;
  fieldProblems(issues, info, communeInfoProblems(info.data));
  info.data.poor_households.forEach((p, i) => {
    if (p.posted_to < p.posted_from)
      fieldProblems(issues, info, [
        {
          path: ['poor_households', i, 'posted_to'],
          found: p.posted_to,
          expected: {
            vi: `ngày không sớm hơn posted_from (${p.posted_from})`,
            en: `a date not before posted_from (${p.posted_from})`,
          },
        },
      ]);
  });
  return info;
}

export const POOR_COUNTS = new Set<string>(poorCountKeys);
export const PRICE_COLUMNS = new Set<string>(priceColumns);

/**
 * A table's rows (empty cells as null): personal data in its text cells, each row's schema;
 * when every row is valid, the table's rules on the rows together, at [row, column].
 */
export function checkTable<S extends z.ZodType>(
  table: Located,
  schema: S,
  amounts: Set<string>,
  rules: (rows: z.output<S>[]) => RuleProblem[],
  issues: IssueList,
): z.output<S>[] | undefined {
  for (const problem of personalDataIn(table, { tableRows: true, skip: (key) => amounts.has(key) }))
    issues.add(problem);
  const rows = (table.value as unknown[]).map((_, i) => validEntry(schema, table, issues, [i]));
  if (!rows.every(Boolean)) return undefined;
  const data = rows.map((r) => r!.data);
  for (const p of rules(data)) {
    const column = String(p.path[1]);
    issues.add({ ...table.locate(p.path), field: column, found: p.found, expected: p.expected });
  }
  return data;
}

/** thu-hoi-dat.yaml: a list of projects, each by its schema; the rules across them; each project's steps in order. */
export function checkRecovery(located: Located, issues: IssueList): Entry<z.output<typeof recoveryProjectSchema>>[] {
  for (const problem of personalDataIn(located)) issues.add(problem);
  if (!Array.isArray(located.value)) {
    issues.add({
      ...located.locate([]),
      field: '(tệp / file)',
      found: 'không phải danh sách / not a list',
      expected: {
        vi: 'một danh sách dự án, mỗi mục bắt đầu bằng "- "',
        en: 'a list of projects, each starting with "- "',
      },
    });
    return [];
  }
  const recovery: Entry<z.output<typeof recoveryProjectSchema>>[] = [];
  located.value.forEach((_, i) => {
    const entry = validEntry(recoveryProjectSchema, located, issues, [i]);
    if (entry) recovery.push(entry);
  });
  for (const { path, found, expected } of recoveryProblems(recovery.map((r) => r.data))) {
    const [index, ...field] = path;
    fieldProblems(issues, recovery[index as number]!, [{ path: field, found, expected }]);
  }
  for (const project of recovery) {
    for (const p of timelineProblems(project.data.timeline)) {
      fieldProblems(issues, project, [
        {
          path: ['timeline', p.step],
          found: p.date,
          expected: {
            vi: `một ngày không sớm hơn bước trước "${recoveryStepName(p.after, 'vi')}" (${p.afterDate}): các bước thu hồi đất diễn ra theo thứ tự`,
            en: `a date not before the earlier step "${recoveryStepName(p.after, 'en')}" (${p.afterDate}): land recovery steps happen in order`,
          },
        },
      ]);
    }
  }
  return recovery;
}

/** gop-y.yaml: its schema and the rules within it. */
export function checkDiscussion(
  located: Located,
  issues: IssueList,
): Entry<z.output<typeof discussionSchema>> | undefined {
  for (const problem of personalDataIn(located)) issues.add(problem);
  const discussion = validEntry(discussionSchema, located, issues);
  if (discussion) fieldProblems(issues, discussion, discussionProblems(discussion.data));
  return discussion;
}

/**
 * The checks of every disclosure file the changes write, each on its new text (a budget's
 * other file as the content has it). What needs other kinds or other communes (a commune
 * that is current, addresses two communes share) is left to the loader.
 */
export function checkDisclosureFiles(changes: readonly FileChange[], files: ContentFiles): ContentIssue[] {
  const issues = new IssueList();
  const textOf = (path: string) => changes.find((c) => c.path === path)?.after ?? files.read(path);
  const yaml = (path: string) => {
    const text = textOf(path);
    return text === undefined ? undefined : readFiled(issues, () => parseYaml(text, path));
  };
  const table = (path: string) => {
    const text = textOf(path);
    return text === undefined ? undefined : readFiled(issues, () => csvRows(parseCsvTable(text, path)));
  };
  const budgets = new Set<string>();
  for (const { path } of changes) {
    const name = /^disclosures\/[^/]+\/([^/]+)$/.exec(path)?.[1];
    if (!name) continue;
    let m: RegExpExecArray | null;
    if (name === 'cong-khai.yaml') {
      const located = yaml(path);
      if (located) checkCommuneInfo(located, issues);
    } else if ((m = /^ngan-sach-(\d{4})\.(yaml|csv)$/.exec(name))) {
      const base = path.replace(/\.(yaml|csv)$/, '');
      if (budgets.has(base)) continue;
      budgets.add(base);
      const meta = yaml(`${base}.yaml`);
      const checked = meta && checkBudgetMeta(meta, Number(m[1]), issues);
      const lines = table(`${base}.csv`);
      if (lines) checkBudgetLines(lines, checked, issues);
    } else if (/^ho-ngheo-\d{4}\.csv$/.test(name)) {
      const located = table(path);
      if (located) checkTable(located, poorHouseholdRowSchema, POOR_COUNTS, poorHouseholdProblems, issues);
    } else if (/^bang-gia-dat-\d{4}\.csv$/.test(name)) {
      const located = table(path);
      if (located) checkTable(located, priceRowSchema, PRICE_COLUMNS, priceRowProblems, issues);
    } else if (name === 'thu-hoi-dat.yaml') {
      const located = yaml(path);
      if (located) checkRecovery(located, issues);
    } else if (name === 'gop-y.yaml') {
      const located = yaml(path);
      if (located) checkDiscussion(located, issues);
    }
  }
  return issues.issues;
}
