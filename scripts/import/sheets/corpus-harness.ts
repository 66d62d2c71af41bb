/**
 * What the spreadsheet corpus's files share (corpus-*.test.ts): a copy of the minimal instance to
 * import into, its lists, running an import, and the check of a refused file — one problem placed
 * as expected, in both languages, and nothing written.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ContentIssue } from '../../../src/base/content/errors.ts';
import { formatIssue } from '../../../src/base/content/errors.ts';
import { shownCode } from '../../../src/base/sheets/codes.ts';
import { parseCsvText } from '../../../src/base/sheets/files.ts';
import type { FormLists } from '../../../src/base/sheets/form.ts';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { allForms, instanceLists, runImport, type ImportRun } from './instance.ts';

export const form = (key: string) => allForms.find((f) => f.key === key)!;

export const BUDGET = 'disclosures/xa-c/ngan-sach-2025.csv';
export const POOR = 'disclosures/xa-c/ho-ngheo-2025.csv';
export const PRICES = 'disclosures/xa-c/bang-gia-dat-2025.csv';

/** A number as Vietnamese write it (1.234,5). */
export const vn = (n: number) => n.toLocaleString('de-DE');

export const changeOf = (result: ImportRun, path: string) => result.changes.find((c) => c.path === path);

/** Every file of the instance, by path, to show that a refused import wrote nothing. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(abs.slice(root.length), readFileSync(abs, 'utf8'));
    }
  };
  walk(root);
  return out;
}

/** A copy of the minimal instance for a test file (made before its tests, removed after). */
export function useCorpus() {
  const corpus = { dir: '', lists: undefined as unknown as FormLists };
  beforeAll(() => {
    corpus.dir = copyFixture();
    corpus.lists = instanceLists(corpus.dir);
  });
  afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

  function run(
    file: string,
    bytes: Uint8Array,
    options: { kind?: string; commune?: string; dryRun?: boolean } = {},
  ): ImportRun {
    const { dir: contentDir, lists } = corpus;
    return runImport({ contentDir, file, bytes, lists, dryRun: options.dryRun ?? true, ...options });
  }

  /** A refused file: one problem, placed as expected, in both languages; nothing written even without --dry-run. */
  function refused(
    file: string,
    bytes: Uint8Array,
    place: Partial<ContentIssue>,
    options: { kind?: string; commune?: string } = {},
  ) {
    const before = snapshot(corpus.dir);
    const result = run(file, bytes, { ...options, dryRun: false });
    expect(result.written).toBe(false);
    expect(snapshot(corpus.dir)).toEqual(before);
    expect(result.issues.length, result.issues.map(formatIssue).join('\n')).toBeGreaterThan(0);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({ file, ...place });
    expect(issue.expected.vi.length).toBeGreaterThan(5);
    expect(issue.expected.en.length).toBeGreaterThan(5);
    expect(issue.found.length).toBeGreaterThan(0);
    const text = formatIssue(issue);
    expect(text).toContain('[vi] Tìm thấy');
    expect(text).toContain('[en] Found');
    if (place.cell) expect(text).toContain(`ô/cell ${place.cell}`);
    return issue;
  }

  /** The fixture's budget, as a form shows it. */
  function fixtureBudget() {
    const csv = parseCsvText(readFileSync(join(corpus.dir, BUDGET), 'utf8'));
    return csv.rows.map((r) => {
      const [code, , name, estimate, m3, m6, m9] = r.cells;
      return {
        code: shownCode(code!),
        name: name!,
        estimate: Number(estimate),
        m3: Number(m3),
        m6: Number(m6),
        m9: Number(m9),
      };
    });
  }

  return { corpus, run, refused, fixtureBudget };
}
