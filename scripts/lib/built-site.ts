/**
 * Reads a built site from its folder: the pages its sitemap lists, the HTML files it holds,
 * and every href/src in them. The quality gates use it so they cover every page any slice
 * adds, without a list of addresses to keep up to date.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Paths ("/", "/van-ban/x/", "/en/…") of the pages the sitemap lists, in its order. A site
 * without an address of its own (site_url null, as in a demonstration) has no sitemap: then
 * the pages it would list, every built page at an address ending in "/" (src/integrations/sitemap.ts).
 */
export function sitemapPaths(dir: string): string[] {
  const file = join(dir, 'sitemap.xml');
  if (!existsSync(file))
    return builtFiles(dir)
      .filter((f) => f.endsWith('/index.html'))
      .map(pathOfHtml)
      .filter((p) => !/^\/(en\/)?404\/$/.test(p))
      .sort();
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(new URL(m[1]!).pathname));
}

/** Every file of the site, as a path from its root ("/van-ban/x/index.html"). */
export function builtFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const abs = join(folder, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(`/${relative(dir, abs).split('\\').join('/')}`);
    }
  };
  walk(dir);
  return out;
}

/** The page address a built HTML file answers ("/van-ban/x/index.html" → "/van-ban/x/"). */
export function pathOfHtml(file: string): string {
  return file.replace(/index\.html$/, '');
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every href, src and srcset target in an HTML text, entities decoded. */
export function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset)=(?:"([^"]*)"|'([^']*)')/g)) {
    const value = decodeEntities(m[2] ?? m[3] ?? '');
    if (m[1] === 'srcset')
      links.push(
        ...value
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    else links.push(value);
  }
  return links;
}

/** The ids an HTML text declares, for checking #fragment links. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

/**
 * The built file an internal address is served from, or undefined if there is none.
 * "/a/" → "/a/index.html"; "/a.csv" → "/a.csv". No guessing of a missing trailing slash:
 * the site's addresses always end with one.
 */
export function fileFor(dir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidate = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const abs = join(dir, candidate);
  return existsSync(abs) && statSync(abs).isFile() ? candidate : undefined;
}

/**
 * A page kind, for gates that check one or two pages of each kind rather than all:
 * the language, the first address segment and the depth ("vi /don-vi/*", "en /").
 */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const lang = parts[0] === 'en' ? 'en' : 'vi';
  if (lang === 'en') parts.shift();
  const [section, ...rest] = parts;
  return `${lang} /${section ? `${section}/` : ''}${rest.length ? '*/'.repeat(rest.length) : ''}`;
}

/**
 * Up to `count` pages of each kind, spread evenly over the kind in sitemap order (its first
 * and last page included), kinds in the order they first appear.
 */
export function samplePerKind(paths: string[], count: number): { kind: string; path: string }[] {
  const byKind = new Map<string, string[]>();
  for (const path of paths) {
    const kind = pageKind(path);
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  }
  return [...byKind].flatMap(([kind, list]) => {
    if (list.length <= count) return list.map((path) => ({ kind, path }));
    const picks = new Set(
      Array.from({ length: count }, (_, i) => Math.round((i * (list.length - 1)) / Math.max(1, count - 1))),
    );
    return [...picks].map((i) => ({ kind, path: list[i]! }));
  });
}

/**
 * The site's own origin, from the sitemap line of its robots.txt; null when there is none (the
 * portal's address, site_url, is still to be filled, and the site links only relatively).
 */
export function siteUrlOf(dir: string): string | null {
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  const sitemap = /Sitemap: (\S+)/.exec(robots);
  return sitemap ? new URL(sitemap[1]!).origin : null;
}

/** Every broken internal link of a built site, as "page → link (why)". */
export function brokenLinks(dir: string): { broken: string[]; checked: number } {
  // Without an address of its own, links are resolved against a reserved name that no published link can use.
  const origin = siteUrlOf(dir) ?? 'https://portal.invalid';
  const htmlFiles = builtFiles(dir).filter((f) => f.endsWith('.html'));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(join(dir, file), 'utf8')));
    return idCache.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles) {
    const base = new URL(pathOfHtml(file), origin);
    for (const link of linksIn(readFileSync(join(dir, file), 'utf8'))) {
      if (/^(mailto|tel|data):/.test(link)) continue;
      const url = new URL(link, base);
      if (url.origin !== origin) continue;
      checked++;
      const target = fileFor(dir, url.pathname);
      if (!target) broken.push(`${file} → ${link} (no such file)`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${file} → ${link} (no element with this id)`);
    }
  }
  return { broken, checked };
}
