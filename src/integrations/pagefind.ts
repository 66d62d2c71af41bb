/**
 * Builds the search index after Astro has written the site, with Pagefind's Node API.
 * Pagefind reads only each page's content region (`<main data-pagefind-body>`) and the
 * filters and metadata the page declares (src/ui/SearchFacets.astro). It is given a copy
 * of each page in which đ/Đ is written d/D + a combining stroke (src/search/fold.ts), so
 * "dat dai" finds "đất đai"; the pages on disk are not changed. Every response is checked
 * for errors, and the Pagefind service is closed whatever happens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { markStroke } from '../search/fold.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind (${step}):\n${errors.join('\n')}`);
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (errors.length || !index) fail('createIndex', errors);
          for (const abs of htmlFiles(outDir)) {
            // The URL Pagefind gives a result comes from this path ("van-ban/x/index.html" → "/van-ban/x/").
            const sourcePath = relative(outDir, abs).split(sep).join('/');
            const added = await index.addHTMLFile({ sourcePath, content: markStroke(readFileSync(abs, 'utf8')) });
            if (added.errors.length) fail(`addHTMLFile ${sourcePath}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          logger.info(`search index: ${Object.entries(entry.languages).map(([lang, l]) => `${l.page_count} pages (${lang})`).join(', ')}`);
        } finally {
          await close();
        }
      },
    },
  };
}
