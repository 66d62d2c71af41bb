/**
 * An instance's content folder as the spreadsheet forms read it (text files by relative path),
 * and a copy of the folders they read, as text, for the check in the browser to work from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '../sheets/form.ts';

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

/** Every YAML and CSV file under the given sub-folders, by path relative to the instance ("tasks/x.yaml"). */
export function folderText(dir: string, subs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs).sort()) {
      const path = `${rel}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else if (/\.(ya?ml|csv)$/.test(name)) out[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  for (const sub of subs) walk(sub);
  return out;
}
