/**
 * What every slice loader needs: where the instance's content is, how to name a file
 * in a message, and the list that collects problems.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AddressBook } from './addresses.ts';
import { IssueList, type ContentIssue } from './errors.ts';
import { ReadError, type Located, type Path } from './read.ts';
import { validEntry } from './validate.ts';
import type { z } from 'astro/zod';

export interface LoadContext {
  /** Absolute path of the project, for naming files relative to it. */
  root: string;
  /** Absolute path of the instance's content folder. */
  dir: string;
  /** Absolute path of the national content folder (data shared by every instance, e.g. PAPI). */
  nationalDir: string;
  issues: IssueList;
  /** The page addresses claimed so far (src/base/content/addresses.ts); absent in a kind's own tests. */
  addresses?: AddressBook;
}

/** A validated entry and how to find any of its fields in its file. */
export interface Entry<T> {
  data: T;
  file: string;
  at(path?: Path): Omit<ContentIssue, 'field' | 'found' | 'expected'>;
}

/** A file's name in messages: relative to the project when it is inside it. */
export function relPath(ctx: LoadContext, abs: string): string {
  const rel = relative(ctx.root, abs);
  return (rel.startsWith('..') ? abs : rel).split('\\').join('/');
}

/**
 * Files in a content sub-folder with one of the extensions, in a stable order. A name with a
 * second extension ("admin.csv.csv") is left for files.ts to name rather than read as if
 * its author had meant it.
 */
export function listFiles(ctx: LoadContext, sub: string, extensions: string[]): string[] {
  const dir = join(ctx.dir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extensions.some((ext) => name.endsWith(ext) && !name.slice(0, -ext.length).includes('.')))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads one file, turning a read failure (bad encoding, bad YAML/CSV) into an issue, and files
 * what the reading found without stopping (a forbidden character).
 */
export function tryRead<T>(ctx: LoadContext, read: () => T): T | undefined {
  try {
    const result = read();
    // What was read carries the problems that did not stop reading; they are filed once, here.
    const problems = (result as { problems?: unknown } | undefined)?.problems;
    if (Array.isArray(problems)) for (const problem of problems as ContentIssue[]) ctx.issues.add(problem);
    return result;
  } catch (error) {
    if (error instanceof ReadError) {
      ctx.issues.add(error.issue);
      return undefined;
    }
    throw error;
  }
}

/**
 * Whether a file read whole is a list, as every list file must be; if not, says so once,
 * naming what each item should start with (`expected`).
 */
export function isList(ctx: LoadContext, located: Located, expected: ContentIssue['expected']): located is Located<unknown[]> {
  if (Array.isArray(located.value)) return true;
  ctx.issues.add({ ...located.locate([]), field: '(tệp / file)', found: 'không phải danh sách / not a list', expected });
  return false;
}

/** Validates a value at `base` of a read file and wraps it as an Entry. */
export function entryOf<S extends z.ZodType>(
  ctx: LoadContext,
  schema: S,
  located: Located,
  base: Path = [],
): Entry<z.output<S>> | undefined {
  return validEntry(schema, located, ctx.issues, base);
}

/** Files an issue about one field of an entry. */
export function reportField(
  ctx: LoadContext,
  entry: Entry<unknown>,
  path: Path,
  found: string,
  expected: { vi: string; en: string },
): void {
  ctx.issues.add({ ...entry.at(path), field: path.join('.'), found, expected });
}

/** Reports entries whose id repeats one seen before, naming where the first one is. */
export function checkUniqueIds<T extends { id: string }>(ctx: LoadContext, entries: Entry<T>[], what: { vi: string; en: string }): void {
  const seen = new Map<string, Entry<T>>();
  for (const entry of entries) {
    const first = seen.get(entry.data.id);
    if (first) {
      const place = first.at(['id']);
      const where = `${place.file}${place.line ? `:${place.line}` : ''}`;
      reportField(ctx, entry, ['id'], JSON.stringify(entry.data.id), {
        vi: `một mã chưa dùng: mã này đã có ở ${what.vi} khác (${where})`,
        en: `an id not used yet: another ${what.en} has it (${where})`,
      });
    } else seen.set(entry.data.id, entry);
  }
}

/**
 * Claims the page address an entry makes (`address`, from the route builder), from the field
 * at `path` it comes from; a second entry with the same address is a content error naming both.
 */
export function claimAddress(ctx: LoadContext, entry: Entry<unknown>, path: Path, address: string, value: string): void {
  const issue = ctx.addresses?.claim(address, { ...entry.at(path), field: path.join('.'), found: JSON.stringify(value) });
  if (issue) ctx.issues.add(issue);
}
