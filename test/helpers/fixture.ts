/** Copies a content fixture to a temporary folder so a test can break it without touching the original. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentIssue } from '../../src/base/content/errors.ts';
import { loadPortal } from '../../src/portal.ts';

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function copyFixture(name = 'minimal'): string {
  const dir = mkdtempSync(join(tmpdir(), `portal-${name}-`));
  cpSync(join(projectRoot, 'test/fixtures', name), dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a copied fixture. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

export function writeFile(dir: string, file: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

/** The problems loading a content folder reports; fails the test if the content loads. */
export function issuesOf(dir: string): ContentIssue[] {
  try {
    loadPortal({ contentDir: dir });
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}
