/**
 * Every page address the content makes, claimed by the loader that reads the entry the page
 * comes from. Two entries that map to one address (a project id used twice, two comparisons
 * of the same provinces, a commune folder named like a fixed page) would make Astro keep one
 * page and drop the other with a warning; here the second claim is a content error naming
 * both files, before anything is rendered.
 *
 * The fixed routes (the pages under src/pages/ whose address has no part from the content)
 * are claimed first, so an id equal to a section's own page is caught too. Only the
 * Vietnamese address is claimed: the English page is the same address under /en/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIssue, Place } from './errors.ts';

export interface Claim {
  /** The address ("/cong-khai/xa-c/"), as the route builder spells it. */
  path: string;
  /** Where the entry that makes it is ("content/…/thu-hoi-dat.yaml", line 4), or the page file. */
  place: Place;
}

/** Where a place is, for a message: "file:line" or "file, row 3". */
export function placeLabel(place: Place): string {
  if (place.row !== undefined) return `${place.file}, hàng/row ${place.row}`;
  return place.line !== undefined ? `${place.file}:${place.line}` : place.file;
}

/**
 * The addresses of the pages under `pagesDir` that take nothing from the content
 * ("[...lang]/cong-khai/bang-gia-dat.astro" → "/cong-khai/bang-gia-dat/"), each with its file.
 * The optional language prefix is no part of an address; a file with any other parameter
 * in its path makes addresses from the content, which its kind claims.
 */
export function fixedRoutes(pagesDir: string, root: string): Claim[] {
  const claims: Claim[] = [];
  if (!existsSync(pagesDir)) return claims;
  for (const name of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const segments = name.split(/[\\/]/).filter((s) => s !== '[...lang]');
    const page = /\.(astro|md)$/.test(name);
    if (!page && !name.endsWith('.ts')) continue;
    if (segments.some((s) => s.includes('['))) continue;
    const last = segments.pop()!.replace(/\.(astro|md|ts)$/, '');
    const parts = page && last === 'index' ? segments : [...segments, last];
    // A page is a folder with index.html; an endpoint ("lich.ics.ts") and the 404 page are files.
    const path =
      page && last === '404' ? '/404.html' : `/${parts.join('/')}${page && parts.length ? '/' : ''}`;
    claims.push({ path, place: { file: relative(root, join(pagesDir, name)).split('\\').join('/') } });
  }
  return claims;
}

export class AddressBook {
  private readonly claimed = new Map<string, Claim>();

  constructor(fixed: Claim[] = []) {
    for (const claim of fixed) this.claimed.set(claim.path, claim);
  }

  /**
   * Claims `path` for the entry at `place` (its `field` is the field the address comes
   * from); returns the issue to file when another entry or a fixed page already has it.
   */
  claim(path: string, place: Place & { field: string; found: string }): ContentIssue | undefined {
    const first = this.claimed.get(path);
    if (!first) {
      this.claimed.set(path, { path, place });
      return undefined;
    }
    const where = placeLabel(first.place);
    return {
      ...place,
      expected: {
        vi: `một mã khác: trang ${path} đã thuộc về ${where}; hai mục không thể chung một địa chỉ, nếu không một trang sẽ mất`,
        en: `another id: the page ${path} already belongs to ${where}; two entries cannot share an address, or one page would be lost`,
      },
    };
  }

  /** Every address claimed from the content and the fixed routes, in the order claimed. */
  get all(): Claim[] {
    return [...this.claimed.values()];
  }
}
