/**
 * The spreadsheet forms on the command line: an instance's content folder as the forms read it,
 * its communes, the forms every kind declares, and the import itself — read, check with the
 * loader the build uses on a copy of the instance, and write only when every check passes.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ContentError, type ContentIssue } from '../../../src/base/content/errors.ts';
import type { FileChange, FormLists, SheetForm } from '../../../src/base/sheets/form.ts';
import { folderFiles } from '../../../src/base/content/folder.ts';
import {
  importWorkbook,
  instanceFormLists,
  placeInWorkbook,
  type ImportResult,
} from '../../../src/base/sheets/importer.ts';
import { allForms, loadPortal, projectRoot } from '../../../src/portal.ts';

export { allForms, folderFiles };

/** The current communes and wards of an instance (from its units), with the forms' own lists. */
export function instanceLists(contentDir: string, forms: readonly SheetForm[] = allForms): FormLists {
  const portal = loadPortal({ contentDir });
  return instanceFormLists(forms, folderFiles(resolve(projectRoot, contentDir)), portal.units);
}

export interface ImportRun extends ImportResult {
  /** Problems the content checks found in the result (placed in the spreadsheet where they came from). */
  written: boolean;
}

/** Checks the changed content with the build's loader on a copy of the instance; the problems, if any. */
export function validateChanges(contentDir: string, changes: FileChange[], file: string): ContentIssue[] {
  const source = resolve(projectRoot, contentDir);
  const scratch = mkdtempSync(join(tmpdir(), 'minh-bach-import-'));
  const copy = join(scratch, 'content');
  try {
    cpSync(source, copy, { recursive: true });
    for (const change of changes) {
      mkdirSync(dirname(join(copy, change.path)), { recursive: true });
      writeFileSync(join(copy, change.path), change.after);
    }
    loadPortal({ contentDir: copy });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.map((issue) => {
      // Named as the instance's own file, then placed back in the spreadsheet when it came from there.
      const named = issue.file.startsWith(copy)
        ? { ...issue, file: `${contentDir}${issue.file.slice(copy.length)}` }
        : issue;
      return placeInWorkbook(named, changes, file);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface RunOptions {
  contentDir: string;
  file: string;
  bytes: Uint8Array;
  kind?: string;
  commune?: string;
  dryRun?: boolean;
  forms?: readonly SheetForm[];
  lists?: FormLists;
}

/** The whole import: nothing is written unless the file reads and the result passes every check. */
export function runImport(options: RunOptions): ImportRun {
  const forms = options.forms ?? allForms;
  const dir = resolve(projectRoot, options.contentDir);
  const lists = options.lists ?? instanceLists(options.contentDir, forms);
  const result = importWorkbook({
    bytes: options.bytes,
    file: options.file,
    forms,
    files: folderFiles(dir),
    lists,
    kind: options.kind,
    options: { commune: options.commune },
  });
  if (result.issues.length) return { ...result, written: false };
  const issues = validateChanges(options.contentDir, result.changes, options.file);
  if (issues.length) return { ...result, issues, written: false };
  if (!options.dryRun) {
    for (const change of result.changes) {
      mkdirSync(dirname(join(dir, change.path)), { recursive: true });
      writeFileSync(join(dir, change.path), change.after);
    }
  }
  return { ...result, written: !options.dryRun && result.changes.length > 0 };
}
