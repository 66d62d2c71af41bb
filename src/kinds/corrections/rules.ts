/**
 * Consistency rules of corrections: a correction names a page the portal has (a document, a
 * unit, a plan, a task, a commune's disclosures…) and comes after that page was published.
 * Pure functions: the loader files what they return at the right line. The pages are given
 * as plain lists (pages.ts builds them), so this kind reads no other kind.
 */
import { routes } from '../../base/routes.ts';
import { shown, type Problem } from '../../base/rules.ts';
import type { Bilingual } from '../../base/content/errors.ts';
import type { Correction } from './schema.ts';

/** The pages of one address family ("/van-ban/<id>/"), all listed. */
export interface PageFamily {
  /** What one page of the family is, for messages: "văn bản" / "document". */
  what: Bilingual;
  /**
   * Each page's id, with the day the portal published it when it says; null when not every
   * file of the family could be read (a problem reported already): its pages are not checked.
   */
  ids: ReadonlyMap<string, { published: string | null }> | null;
  /** Pages under one of them ("/ke-hoach/<id>/bao-cao/"): none, these names, or any. */
  below: readonly string[] | 'any';
}

export interface KnownPages {
  /** By the address's first part: "van-ban", "don-vi", "ke-hoach", "nhiem-vu", "cong-khai". */
  families: ReadonlyMap<string, PageFamily>;
}

/** The first part of the addresses of each part of the portal ("papi", "du-lieu", "nguon-tin"…). */
export const portalSections: ReadonlySet<string> = new Set(
  [
    routes.search(),
    routes.documents(),
    routes.units(),
    routes.plans(),
    routes.tasks(),
    routes.chain(1),
    routes.papi(),
    routes.disclosures(),
    routes.consultations(),
    routes.data(),
    routes.embeds(),
    routes.embed('x'),
    routes.feeds(),
  ].map((path) => path.split('/')[1]!),
);

/** The parts of a page path, without the English prefix: "/en/van-ban/abc/" → ["van-ban", "abc"]. */
function partsOf(page: string): string[] {
  const parts = page.split('/').filter(Boolean);
  return parts[0] === 'en' ? parts.slice(1) : parts;
}

/**
 * Each correction names a page that exists: under a family the portal lists in full (a
 * document, unit, plan, task or commune), one of its pages; elsewhere, a part of the portal
 * that exists. A correction of a document is dated no earlier than the day it was published.
 */
export function correctionRules(corrections: readonly Correction[], pages: KnownPages): Problem[] {
  const problems: Problem[] = [];
  corrections.forEach((correction, at) => {
    const [section, id, ...rest] = partsOf(correction.page);
    if (section === undefined) return;
    const family = pages.families.get(section);
    const noPage = (why: Bilingual) =>
      problems.push({
        at,
        path: ['page'],
        found: shown(correction.page),
        expected: {
          vi: `đường dẫn một trang có trên cổng: ${why.vi}`,
          en: `the path of a page the portal has: ${why.en}`,
        },
      });
    if (!family) {
      if (!portalSections.has(section))
        noPage({
          vi: `cổng không có mục "/${section}/"`,
          en: `the portal has no section "/${section}/"`,
        });
      return;
    }
    if (id === undefined || family.ids === null) return;
    const page = family.ids.get(id);
    // A withdrawn page may be gone: only its part of the portal must exist.
    if (!page && correction.change === 'withdrawn') return;
    if (!page) {
      noPage({ vi: `không có ${family.what.vi} "${id}"`, en: `there is no ${family.what.en} "${id}"` });
      return;
    }
    if (rest.length > 0 && family.below !== 'any' && !(rest.length === 1 && family.below.includes(rest[0]!))) {
      noPage({
        vi: `trang của ${family.what.vi} "${id}" không có trang con "${rest.join('/')}/"`,
        en: `the page of ${family.what.en} "${id}" has no page "${rest.join('/')}/" below it`,
      });
      return;
    }
    if (page.published && correction.date < page.published)
      problems.push({
        at,
        path: ['date'],
        found: shown(correction.date),
        expected: {
          vi: `một ngày không sớm hơn ngày cổng đăng ${family.what.vi} "${id}" (${page.published}): không thể đính chính một trang chưa đăng`,
          en: `a day no earlier than the day the portal published ${family.what.en} "${id}" (${page.published}): a page cannot be corrected before it is published`,
        },
      });
  });
  return problems;
}
