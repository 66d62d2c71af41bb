/**
 * Writes /sitemap.xml (when the portal's address, site_url, is given: a sitemap lists full
 * addresses) and /robots.txt after the build, from the pages Astro actually built,
 * so every page any slice adds is listed without the slice doing anything. Downloads
 * (CSV, JSON) and the 404 page are left out: a sitemap lists pages to read.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { getPortal } from '../instance.ts';
import { escapeXml } from '../outputs/feeds/atom.ts';

/** Page paths ("" for the home page, "van-ban/x/" …) that belong in the sitemap, sorted. */
export function sitemapPaths(pathnames: string[]): string[] {
  const pages = pathnames
    .map((p) => p.replace(/^\/+/, ''))
    .filter((p) => (p === '' || p.endsWith('/')) && !/^(en\/)?404\/?$/.test(p));
  return [...new Set(pages)].sort();
}

export function sitemapXml(siteUrl: string, paths: string[]): string {
  const urls = paths.map((p) => `<url><loc>${escapeXml(new URL(`/${p}`, siteUrl).href)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(siteUrl: string | null): string {
  const sitemapLine = siteUrl ? `\nSitemap: ${new URL('/sitemap.xml', siteUrl).href}\n` : '';
  return `User-agent: *\nAllow: /\n${sitemapLine}`;
}

export function sitemap(): AstroIntegration {
  return {
    name: 'portal:sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const { site_url } = getPortal().site;
        // A sitemap lists full addresses: none is written while the portal's address is to be filled.
        if (site_url)
          writeFileSync(new URL('sitemap.xml', dir), sitemapXml(site_url, sitemapPaths(pages.map((p) => p.pathname))));
        writeFileSync(new URL('robots.txt', dir), robotsTxt(site_url));
      },
    },
  };
}
