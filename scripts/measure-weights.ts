/**
 * Prints the page weights of a built site by page kind, as a Markdown table for the README:
 *   npm run measure-weights -- [dist-folder]      (default: dist/)
 * Build first (`npm run build`, or with PORTAL_CONTENT for another instance).
 */
import { resolve } from 'node:path';
import { pageKind } from './lib/built-site.ts';
import { siteWeights, type PageWeight } from './lib/weights.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const kb = (n: number) => (n / 1024).toFixed(1);

const byKind = new Map<string, PageWeight[]>();
for (const weight of siteWeights(dir)) {
  const kind = pageKind(weight.path);
  byKind.set(kind, [...(byKind.get(kind) ?? []), weight]);
}

console.log(`Page weights of ${dir} (KiB; gzip as sent; largest page of each kind)\n`);
console.log(
  '| page kind | pages | largest page | HTML | CSS | JS on load | total | total gzip | without the document text, gzip |',
);
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, pages] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
  const largest = pages.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
  console.log(
    `| \`${kind}\` | ${pages.length} | \`${largest.path}\` | ${kb(largest.html.raw)} | ${kb(largest.css.raw)} | ${kb(largest.js.raw)} | ${kb(largest.total.raw)} | ${kb(largest.total.gzip)} | ${kb(largest.frame.gzip)} |`,
  );
}
