/**
 * Search-index figures of a built site, when it has a Pagefind index (pagefind/ folder):
 * its total size, and what a first search downloads — the script, the WebAssembly, the
 * metadata, one index chunk and one result fragment (the largest of each, to be safe).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { folderStats } from './measure.ts';

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export function searchFigures(outDir: string): { index: string; firstSearch: string } {
  const dir = join(outDir, 'pagefind');
  if (!existsSync(dir)) return { index: 'no index', firstSearch: 'no index' };
  const size = (file: string) => statSync(join(dir, file)).size;
  const top = readdirSync(dir);
  const largestIn = (sub: string) =>
    existsSync(join(dir, sub)) ? Math.max(0, ...readdirSync(join(dir, sub)).map((f) => size(join(sub, f)))) : 0;
  const fixed = top
    .filter((f) => /^pagefind(\.js|-entry\.json)$|\.pf_meta$|^wasm\..*pagefind$/.test(f))
    .reduce((n, f) => n + size(f), 0);
  return { index: kib(folderStats(dir).bytes), firstSearch: kib(fixed + largestIn('index') + largestIn('fragment')) };
}
