/**
 * Runs a zod schema over a value read from a file and files every problem, with its
 * place, into an IssueList. Returns the parsed value, or undefined when it failed.
 */
import type { z } from 'astro/zod';
import { expectedFor } from './error-map.ts';
import { showFound, showInvisible, type IssueList } from './errors.ts';
import type { Entry } from './context.ts';
import type { Located, Path } from './parse.ts';

function valueAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export function fieldName(path: Path): string {
  return path.length ? path.join('.') : '(toàn bộ / whole entry)';
}

/**
 * Validates `located.value` at `base` (e.g. a row index) with `schema`.
 * Issues name the field relative to the entry (`signer.name`, or a CSV column).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  located: Located,
  issues: IssueList,
  base: Path = [],
): z.output<S> | undefined {
  const value = valueAt(located.value, base);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    let path: Path = [...base, ...(issue.path as (string | number)[])];
    let field = fieldName(issue.path as (string | number)[]);
    let found = showFound(valueAt(located.value, path));
    if (issue.code === 'unrecognized_keys') {
      // Point at the first unknown key itself, which is what needs removing or renaming.
      const key = issue.keys[0]!;
      path = [...path, key];
      field = fieldName([...(issue.path as (string | number)[]), key]);
      found = showFound(valueAt(located.value, path));
    }
    issues.add({ ...located.locate(path), field: showInvisible(field), found, expected: expectedFor(issue) });
  }
  return undefined;
}

/** Validates a value at `base` of a read file and wraps it as an Entry (its data, and where each field is). */
export function validEntry<S extends z.ZodType>(
  schema: S,
  located: Located,
  issues: IssueList,
  base: Path = [],
): Entry<z.output<S>> | undefined {
  const data = validate(schema, located, issues, base);
  if (data === undefined) return undefined;
  return { data, file: located.file, at: (path: Path = []) => located.locate([...base, ...path]) };
}
