/**
 * Addresses on this portal. With site_url given, a full address ("https://…/van-ban/x/");
 * while it is to be filled (null), the path itself ("/van-ban/x/"), which works on the site and
 * in what it links, and never an invented domain. Where only a full address will do (a QR code,
 * an embed code, a sitemap), `fullAddress` says there is none.
 */
import type { SiteConfig } from './schema.ts';

/** The full address of a path on this portal, or null while site_url is to be filled. */
export function fullAddress(site: Pick<SiteConfig, 'site_url'>, path: string): string | null {
  return site.site_url === null ? null : new URL(path, site.site_url).href;
}

/** The full address of a path ("/…", as routes.ts makes them) when site_url is given, else the path. */
export function siteAddress(site: Pick<SiteConfig, 'site_url'>, path: string): string {
  return fullAddress(site, path) ?? path;
}
