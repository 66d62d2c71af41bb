/**
 * Builds the search index after Astro has written the site (a stage of scripts/build.ts), with
 * Pagefind's command-line indexer. Pagefind reads only each page's content region (`<main data-pagefind-body>`) and
 * the filters and metadata the page declares (src/ui/SearchFacets.astro).
 *
 * It indexes a copy of the searchable pages in which đ/Đ is written d/D + a combining stroke
 * (src/outputs/search/fold.ts), so "dat dai" finds "đất đai", and cells and definitions end with a
 * space (spaceCells); the pages on disk are not changed.
 * The copy holds only pages with a content region (embeds and dataset pages have none), and
 * the indexer runs as a child process that uses every core: Pagefind's Node service indexes
 * one page at a time, which made this step longer than generating the pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchFolder } from '../../src/base/scratch.ts';
import { markStroke } from '../../src/outputs/search/fold.ts';

/** The attribute that marks a page's searchable region; pages without it are not indexed. */
const BODY = 'data-pagefind-body';

/**
 * Pagefind joins the text of neighbouring elements it does not take for blocks: "<dt>Số
 * hiệu</dt><dd>90/KH-UBND</dd>" was indexed as "hiệu90/KH-UBND", so a document's number in its
 * facts, or a table cell's words, could not be found. The copy ends those elements with a space.
 */
export function spaceCells(html: string): string {
  return html.replace(/<\/(dt|dd|th|td|li|caption|figcaption|summary)>/g, '</$1> ');
}

/** Writes the stroke-marked copies of the searchable pages of `outDir` into `copyDir`; returns how many. */
export function copySearchablePages(outDir: string, copyDir: string): number {
  let count = 0;
  const names = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  for (const name of names.sort()) {
    const html = readFileSync(join(outDir, name), 'utf8');
    if (!html.includes(BODY)) continue;
    // The URL Pagefind gives a result comes from this path ("van-ban/x/index.html" → "/van-ban/x/").
    mkdirSync(dirname(join(copyDir, name)), { recursive: true });
    writeFileSync(join(copyDir, name), markStroke(spaceCells(html)));
    count++;
  }
  return count;
}

/**
 * Indexes the built site in `outDir` into `outDir`/pagefind; returns how many pages were
 * indexed per language. Throws with Pagefind's own output when it cannot index.
 */
export function indexSite(outDir: string): { searchable: number; indexed: string } {
  // In memory where possible: writing the copy to disk took longer than indexing it.
  const copyDir = scratchFolder('portal-search-').dir;
  try {
    const searchable = copySearchablePages(outDir, copyDir);
    // The package exports only its Node API; its command line sits beside it.
    const cli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');
    const run = spawnSync(
      process.execPath,
      [cli, '--site', copyDir, '--output-path', join(outDir, 'pagefind'), '--quiet'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.error) throw new Error(`Pagefind could not start: ${run.error.message}`);
    if (run.status !== 0) throw new Error(`Pagefind stopped (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.entries(entry.languages).map(([lang, l]) => `${l.page_count} pages (${lang})`);
    return { searchable, indexed: indexed.join(', ') };
  } finally {
    rmSync(copyDir, { recursive: true, force: true });
  }
}
