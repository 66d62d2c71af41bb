/**
 * The bad-input corpus's one way of stating a case and checking it: a case edits a copy of the
 * minimal fixture and runs the build (scripts/lib/atomic-build.ts, as `npm run build` does)
 * over a previous site. The build must fail at loading with exactly one problem, named by
 * file, place (line, or row and column) and field, with what was found and expected in
 * Vietnamese and English; print no stack trace; and leave the previous site as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically } from '../../scripts/lib/atomic-build.ts';
import { builtFiles } from '../../scripts/lib/built-site.ts';
import { ContentError, formatIssue, type ContentIssue } from '../../src/base/content/errors.ts';
import { loadPortal } from '../../src/portal.ts';
import { copyFixture, editFile, projectRoot } from './fixture.ts';

export type Edit = (dir: string) => void;

/** Replaces text in one file of the copied fixture; a case whose text is not there fails. */
export const replace =
  (file: string, from: string | RegExp, to: string): Edit =>
  (dir) =>
    editFile(dir, file, (t) => {
      const next = t.replace(from, to);
      if (next === t) throw new Error(`the case does not apply: ${String(from)} not in ${file}`);
      return next;
    });

export interface CorpusCase {
  name: string;
  edit: Edit;
  /** The one issue expected: file (end of path), place, field, and words of both messages. */
  issue: {
    file: string;
    field: string;
    line?: number;
    row?: number;
    column?: string;
    found?: string;
    vi: string;
    en: string;
  };
  /** The as-of date to load with (PORTAL_AS_OF), when the case is about it. */
  asOf?: string;
}

/** The problems loading a content folder reports (none when it loads). */
export function problemsOf(dir: string, asOf?: string): ContentIssue[] {
  try {
    loadPortal({ contentDir: dir, asOf });
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  return [];
}

/**
 * Runs the build of `dir` where a previous site was published; says what it reported and
 * whether the previous site is as it was. A case that loads is stopped before rendering.
 */
export async function buildOverPreviousSite(dir: string, asOf?: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'portal-previous-'));
  mkdirSync(join(outDir, 'van-ban'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>Trang đã công bố</title>');
  writeFileSync(join(outDir, 'van-ban/index.html'), '<!doctype html><title>Văn bản</title>');
  const snapshot = () => builtFiles(outDir).map((f) => `${f}\n${readFileSync(join(outDir, f), 'utf8')}`);
  const before = snapshot();
  const lines: string[] = [];
  const result = await buildAtomically({
    contentDir: dir,
    outDir,
    asOf,
    cwd: projectRoot,
    log: (line) => lines.push(line),
    replace: {
      render: () => {
        throw new Error('the content loaded: the case does not break it');
      },
    },
  });
  expect(result.ok, 'the build fails').toBe(false);
  return {
    issues: result.failedAt === 'load' ? (result.issues ?? []) : [],
    log: lines.join('\n'),
    previousKept: () => JSON.stringify(snapshot()) === JSON.stringify(before),
  };
}

/** One test per case, each checked for exactly one precise, bilingual problem. */
export function corpus(title: string, cases: CorpusCase[]): void {
  describe(title, () => {
    it('each case is named once', () => {
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });

    for (const c of cases) {
      it(c.name, async () => {
        const dir = copyFixture();
        c.edit(dir);
        const { issues, log, previousKept } = await buildOverPreviousSite(dir, c.asOf);
        expect(log, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(previousKept(), 'the previous site is untouched').toBe(true);
        const one = issues.length === 1 ? formatIssue(issues[0]!) : 'one issue';
        expect(issues.map(formatIssue).join('\n'), 'exactly one problem').toBe(one);
        const [issue] = issues as [ContentIssue];
        const { file, vi, en, ...place } = c.issue;
        expect(issue.file.endsWith(file), `${issue.file} names ${file}`).toBe(true);
        expect(issue).toMatchObject(place);
        expect(issue.expected.vi).toContain(vi);
        expect(issue.expected.en).toContain(en);
        const message = formatIssue(issue);
        expect(message).toContain('[vi] Tìm thấy');
        expect(message).toContain('[en] Found');
      });
    }
  });
}
