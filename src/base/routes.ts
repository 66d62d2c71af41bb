/**
 * The one route builder: every internal address the portal writes comes from here, so an
 * address is spelled once and a page, a link, a feed entry and a download always agree.
 * Addresses are stable, human and without diacritics (README, "URL contract"); Vietnamese is
 * at the root, the English interface is the same address under /en/.
 *
 * Builders return a path without the language prefix; `localePath(lang, path)` adds it.
 */
import type { Lang } from './format.ts';

export const routes = {
  home: () => '/',
  search: () => '/tim-kiem/',

  documents: () => '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,

  units: () => '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,

  plans: () => '/ke-hoach/',
  plan: (id: string) => `/ke-hoach/${id}/`,
  planTask: (planId: string, taskId: string) => `/ke-hoach/${planId}/#${taskId}`,
  planReports: (id: string) => `/ke-hoach/${id}/bao-cao/`,
  tasks: () => '/nhiem-vu/',
  task: (id: string) => `/nhiem-vu/${id}/`,
  chain: (dimension: number) => `/chuoi/${dimension}/`,

  papi: () => '/papi/',
  papiYear: (year: number | string) => `/papi/${year}/`,
  /** The ranking of a year sorted by province name ('tinh') or by a dimension ('d1'…'d8'). */
  papiYearSorted: (year: number | string, key: string) => `/papi/${year}/theo/${key}/`,
  papiProvince: (slug: string) => `/papi/tinh/${slug}/`,
  papiProvinceYear: (slug: string, year: number | string) => `/papi/tinh/${slug}/${year}/`,
  papiNewProvince: (slug: string) => `/papi/tinh-moi/${slug}/`,
  papiDimension: (n: number) => `/papi/noi-dung/${n}/`,
  papiCompare: () => '/papi/so-sanh/',
  papiComparison: (slugs: readonly string[]) => `/papi/so-sanh/${slugs.join('-')}/`,

  disclosures: () => '/cong-khai/',
  /** A commune's disclosure page, or a page under it ("ngan-sach/2025/", "in/ho-ngheo/"…). */
  commune: (commune: string, rest = '') => `/cong-khai/${commune}/${rest}`,
  communeAnchor: (commune: string, anchor: string) => `/cong-khai/${commune}/#${anchor}`,
  communeBudget: (commune: string, year: number | string) => `/cong-khai/${commune}/ngan-sach/${year}/`,
  communeBudgetSheet: (commune: string, year: number | string) => `/cong-khai/${commune}/ngan-sach/${year}/in/`,
  communeSheet: (commune: string, sheet: string) => `/cong-khai/${commune}/in/${sheet}/`,
  landRecovery: (commune: string, project: string) => `/cong-khai/${commune}/thu-hoi-dat/${project}/`,
  landPrices: (anchor?: string) => `/cong-khai/bang-gia-dat/${anchor ? `#${anchor}` : ''}`,

  consultations: (anchor?: string) => `/gop-y/${anchor ? `#${anchor}` : ''}`,

  data: (anchor?: string) => `/du-lieu/${anchor ? `#${anchor}` : ''}`,
  dataset: (id: string) => `/du-lieu/${id}/`,
  datasetFile: (id: string, format: 'csv' | 'json') => `/du-lieu/${id}.${format}`,
  dataCatalogue: () => '/du-lieu/danh-muc.json',

  embeds: (anchor?: string) => `/nhung/${anchor ? `#${anchor}` : ''}`,
  embed: (id: string) => `/embed/${id}/`,
  oembed: (lang: Lang, id: string) => `/oembed/${lang}/${id}.json`,

  feeds: () => '/nguon-tin/',
  feedAll: () => '/nguon-tin/tat-ca.xml',
  /** What changed in the content, by date (added, corrected, withdrawn), and its feed. */
  changes: () => '/thay-doi/',
  feedChanges: () => '/nguon-tin/thay-doi.xml',
  feedCorrections: () => '/nguon-tin/dinh-chinh.xml',
  feedTopic: (topic: string) => `/nguon-tin/chu-de/${topic}.xml`,
  feedUnit: (unitId: string) => `/nguon-tin/don-vi/${unitId}.xml`,
  calendar: () => '/lich.ics',

  /** For those who publish: the templates, the check before sending, how to import (linked from the footer). */
  publish: (anchor?: string) => `/dang-tai/${anchor ? `#${anchor}` : ''}`,
  /** A form's template, made at build time with the instance's lists (the name `npm run templates` gives it). */
  publishTemplate: (form: string) => `/dang-tai/mau-${form}.xlsx`,
  /** What the check in the browser needs of the instance: the forms' lists and the content they read. */
  publishCheckData: () => '/dang-tai/kiem-tra.json',
  // The national hub (a build of content/hub): the 2025 provinces, the reorganisation, search across portals.
  /** One province since 1/7/2025: its portal, the provinces it was formed from, its communes and their predecessors. */
  hubProvince: (slug: string) => `/tinh/${slug}/`,
  reorganisation: () => '/sap-xep/',
  /** A province until 30/6/2025: its successor and its districts. */
  reorganisationProvince: (slug: string) => `/sap-xep/${slug}/`,
  /** A district until 30/6/2025: where each of its communes went. */
  reorganisationDistrict: (province: string, district: string) => `/sap-xep/${province}/${district}/`,
  /** The provinces' portals whose search indexes the hub's search merges (read by its script). */
  hubPortals: () => '/tinh/cac-cong.json',
} as const;

export type RouteName = keyof typeof routes;

/** A site path in a language: "/van-ban/" → "/en/van-ban/" for English. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'vi' ? path : `/en${path}`;
}

/** The `lang` route parameter: undefined for Vietnamese (the root), "en" for English. */
export function langFromParam(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

/** Which build writes a page: a province's portal (an instance), the national hub, or both. */
export type Audience = 'instance' | 'hub' | 'both';

/** First address segments of the hub's own pages, and of the pages both builds write (PAPI, data, search). */
const HUB_SECTIONS = new Set(['tinh', 'sap-xep']);
const SHARED_SECTIONS = new Set(['', 'papi', 'tim-kiem', 'du-lieu', 'embed', 'nhung', 'oembed', '404.html']);

/**
 * The build a page address belongs to, by its first segment (the /en/ prefix aside): the
 * pages of the hub (/tinh/, /sap-xep/), the pages both write (home, PAPI, open data, embeds,
 * search, 404), and every other page, an instance's own (documents, plans, units, disclosures…).
 */
export function audienceOf(path: string): Audience {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'en') parts.shift();
  const first = parts[0] ?? '';
  if (HUB_SECTIONS.has(first)) return 'hub';
  return SHARED_SECTIONS.has(first) ? 'both' : 'instance';
}

/** Whether a build (the hub or an instance) writes the page at `path`. */
export function builtBy(path: string, hub: boolean): boolean {
  const audience = audienceOf(path);
  return audience === 'both' || audience === (hub ? 'hub' : 'instance');
}

/** getStaticPaths' language parameters: every page exists at the root and under /en/. */
export const langParams = [{ lang: undefined }, { lang: 'en' }] as const;
