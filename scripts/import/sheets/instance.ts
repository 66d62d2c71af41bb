/**
 * The spreadsheet forms on the command line: an instance's content folder as the forms read it,
 * its communes, the forms every kind declares, and the import itself — read, check with the
 * loader the build uses on a copy of the instance, and write only when every check passes.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ContentError, type ContentIssue } from '../../../src/base/content/errors.ts';
import type { ContentFiles, FileChange, FormLists, SheetForm } from '../../../src/base/sheets/form.ts';
import { formLists, importWorkbook, placeInWorkbook, type ImportResult } from '../../../src/base/sheets/importer.ts';
import { kinds, loadPortal, projectRoot } from '../../../src/portal.ts';

/** Every form the kinds declare, in kind order. */
export const allForms: readonly SheetForm[] = kinds.flatMap((kind) =>
  'sheets' in kind && kind.sheets ? kind.sheets : [],
);

/** An instance's folder as text files by relative path. */
export function folderFiles(dir: string): ContentFiles {
  return {
    read(path) {
      const abs = join(dir, path);
      return existsSync(abs) && statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined;
    },
    list(sub) {
      const abs = join(dir, sub);
      return existsSync(abs) && statSync(abs).isDirectory() ? readdirSync(abs).sort() : [];
    },
  };
}

/** The current communes and wards of an instance (from its units), with the forms' own lists. */
export function instanceLists(contentDir: string, forms: readonly SheetForm[] = allForms): FormLists {
  const portal = loadPortal({ contentDir });
  const communes = portal.units.all
    .filter((u) => u.kind === 'commune' && u.valid_to === null)
    .map((u) => ({ id: u.id, name: u.name_vi }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const lists = formLists(forms, folderFiles(resolve(projectRoot, contentDir)), communes);
  // Every unit by the label the portal shows (it tells apart units of the same name).
  lists.units = portal.units.all.map((u) => ({ id: u.id, name: portal.units.label(u.id) }));
  return lists;
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
