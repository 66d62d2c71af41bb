/**
 * What a page costs a reader on first load, measured from the built files: the HTML, the
 * stylesheets and scripts it links (module preloads included), raw and gzip-compressed as a
 * static host sends them. Used by the budget test and by `scripts/measure-weights.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor, sitemapPaths } from './built-site.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  /** Scripts the page loads before any interaction (not chunks imported later on demand). */
  js: Bytes;
  total: Bytes;
  /**
   * Everything but a document's full text (total, with the text removed): what the page
   * itself costs, whatever the length of the document it publishes.
   */
  frame: Bytes;
  /** Script files loaded on first load, e.g. ["/_astro/Chart.astro_….js"]. */
  scripts: string[];
  /** The page has a chart figure, drawn with Chart.js when it comes into view. */
  hasChart: boolean;
}

const sizeCache = new Map<string, Bytes>();
function bytesOf(dir: string, file: string): Bytes {
  const key = join(dir, file);
  let size = sizeCache.get(key);
  if (!size) {
    const data = readFileSync(key);
    size = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    sizeCache.set(key, size);
  }
  return size;
}

const sum = (list: Bytes[]): Bytes => ({
  raw: list.reduce((n, b) => n + b.raw, 0),
  gzip: list.reduce((n, b) => n + b.gzip, 0),
});

/** Local stylesheets and scripts an HTML text loads at once. */
export function assetsOf(html: string): { css: string[]; js: string[] } {
  const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)].map((m) => m[0]);
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const local = (href: string | undefined): href is string => Boolean(href && href.startsWith('/'));
  const css = tags
    .filter((t) => t.startsWith('<link') && attr(t, 'rel') === 'stylesheet')
    .map((t) => attr(t, 'href'))
    .filter(local);
  const js = [
    ...tags.filter((t) => t.startsWith('<script')).map((t) => attr(t, 'src')),
    ...tags.filter((t) => t.startsWith('<link') && attr(t, 'rel') === 'modulepreload').map((t) => attr(t, 'href')),
  ].filter(local);
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

export function pageWeight(dir: string, path: string): PageWeight {
  const file = fileFor(dir, path);
  if (!file) throw new Error(`No built file for ${path}`);
  const text = readFileSync(join(dir, file), 'utf8');
  const { css, js } = assetsOf(text);
  const html = bytesOf(dir, file);
  const cssBytes = sum(css.map((f) => bytesOf(dir, f)));
  const jsBytes = sum(js.map((f) => bytesOf(dir, f)));
  const withoutText = text.replace(/(<div class="document-body"[^>]*>)[\s\S]*?(<\/div>)/, '$1$2');
  const frameHtml = { raw: Buffer.byteLength(withoutText), gzip: gzipSync(withoutText, { level: 9 }).length };
  return {
    path,
    html,
    css: cssBytes,
    js: jsBytes,
    total: sum([html, cssBytes, jsBytes]),
    frame: sum([frameHtml, cssBytes, jsBytes]),
    scripts: js,
    hasChart: /<figure[^>]*\bclass="chart\b/.test(text),
  };
}

/** The weight of every page the sitemap lists. */
export function siteWeights(dir: string): PageWeight[] {
  return sitemapPaths(dir).map((path) => pageWeight(dir, path));
}
