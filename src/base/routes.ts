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

/** getStaticPaths' language parameters: every page exists at the root and under /en/. */
export const langParams = [{ lang: undefined }, { lang: 'en' }] as const;
