/**
 * What the comparison form needs to build any comparison in the browser: every province's total,
 * rank and number ranked by year (gaps as null), the preset pages, and the words of the table.
 */
import type { PapiScope } from './index.ts';
import type { Lang } from '../../base/format.ts';
import { papiSeries } from './series.ts';
import { bandLabel } from './summary.ts';
import { papiWords } from './words.ts';

export interface CompareData {
  lang: Lang;
  years: number[];
  provinces: {
    slug: string;
    name: string;
    total: (number | null)[];
    rank: (number | null)[];
    band: (string | null)[];
  }[];
  ranked: number[];
  presets: string[];
  words: {
    caption: string;
    year: string;
    total: string;
    rank: string;
    missing: string;
    download: string;
    breakNote: string;
  };
}

export function compareData(scope: Pick<PapiScope, 'papi'>, lang: Lang): CompareData {
  const w = papiWords(lang);
  const { papi } = scope;
  const provinces = papi.provinces.map((p) => {
    const s = papiSeries(scope, p.code, 'total');
    return {
      slug: p.slug,
      name: p.name_vi,
      total: s.map((x) => x.score),
      rank: s.map((x) => x.rank),
      band: s.map((x) => (x.band ? bandLabel(x.band, lang) : null)),
    };
  });
  return {
    lang,
    years: papiSeries(scope, papi.provinces[0]!.code, 'total').map((x) => x.year),
    provinces,
    ranked: papiSeries(scope, papi.provinces[0]!.code, 'total').map((x) => x.ranked),
    presets: papi.comparisons.map((c) => c.provinces.join('-')),
    words: {
      caption: w('papi.compare'),
      year: w('papi.year'),
      total: w('papi.total'),
      rank: w('papi.rank'),
      missing: w('papi.missing'),
      download: 'CSV',
      breakNote: w('papi.break'),
    },
  };
}
