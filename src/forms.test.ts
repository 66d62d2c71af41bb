/**
 * The forms the publishing page runs in the browser are the forms the kinds declare, and
 * nothing they import, however deep, reaches for Node's modules: the page's check runs on the
 * official's computer, from the portal's own files.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserForms } from './forms.ts';
import { allForms } from './portal.ts';

/** Every module a source file imports at run time (type-only imports are erased), followed through relative paths. */
function runtimeImports(entry: string): { local: string[]; packages: string[] } {
  const local = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (local.has(file)) return;
    local.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { local: [...local], packages: [...packages].sort() };
}

describe('the forms in the browser', () => {
  it('are the forms the kinds declare, in the same order', () => {
    expect(browserForms).toEqual(allForms);
    browserForms.forEach((form, i) => expect(form).toBe(allForms[i]));
  });

  it('import no Node module, and only packages that run in a browser', () => {
    const entries = [join(import.meta.dirname, 'forms.ts'), join(import.meta.dirname, 'base/sheets/check.ts')];
    const graph = entries.map(runtimeImports);
    const packages = [...new Set(graph.flatMap((g) => g.packages))].sort();
    expect(packages.filter((p) => p.startsWith('node:'))).toEqual([]);
    expect(packages).toEqual(['@e965/xlsx', 'astro/zod', 'yaml']);
    const files = graph.flatMap((g) => g.local);
    expect(files.some((f) => f.endsWith('kinds/disclosures/files.ts'))).toBe(true);
    expect(
      files.filter((f) => /\/(load\.ts|content\/(context|read|scan|folder)\.ts|sheets\/template\.ts)$/.test(f)),
    ).toEqual([]);
  });
});
