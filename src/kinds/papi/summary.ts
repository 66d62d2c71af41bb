/**
 * One-sentence summaries generated from the data, as the provinces' own documents write them:
 * "2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019" and
 * "Năm 2020, Quảng Trị có 3/8 nội dung thuộc nhóm cao nhất (1, 3, 4), …".
 */
import { formatNumber, type Lang } from '../../base/format.ts';
import { rankMove, scoreMove, stretches } from './breaks.ts';
import { bands, type Band } from './rank.ts';
import { dimensionBands, latestPoint, papiSeries, type TrendPoint } from './series.ts';
import type { PapiData } from './model.ts';
import { papiWords } from './words.ts';

export const score2 = (value: number, lang: Lang) => formatNumber(value, lang, 2);

export function bandLabel(band: Band, lang: Lang): string {
  return papiWords(lang)(`papi.band.${band}`);
}

/**
 * "2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019, tăng 1,12 điểm" — or why there is
 * nothing to say. Across the 2018 break nothing is compared (breaks.ts), for any measure.
 */
export function pointSentence(points: TrendPoint[], year: number, lang: Lang): string {
  const w = papiWords(lang);
  const point = points.find((p) => p.year === year);
  if (!point || point.score === null) return `${year}: ${w('papi.missing')}`;
  const parts = [`${year}: ${score2(point.score, lang)} ${w('papi.points')}`];
  parts.push(point.rank === null ? w('papi.notRanked') : w('papi.rankOf', { rank: point.rank, of: point.ranked }));
  const previous = points.find((p) => p.year === year - 1);
  const places = rankMove(previous, point);
  if (places === 'not-comparable') {
    parts.push(w('papi.notComparable', { year: year - 1 }));
    return parts.join(', ');
  }
  if (places !== 'missing') {
    if (places.value === 0) parts.push(w('papi.sameRank', { year: year - 1 }));
    else {
      const move = `${places.value > 0 ? w('papi.up') : w('papi.down')} ${Math.abs(places.value)} ${w('papi.places')}`;
      parts.push(`${move} ${w('papi.than', { year: year - 1 })}`);
    }
  } else if (previous && point.rank !== null) {
    parts.push(w('papi.noComparison', { year: year - 1 }));
  }
  const change = scoreMove(previous, point);
  if (change !== 'missing' && change !== 'not-comparable' && change.value !== 0)
    parts.push(
      `${change.value > 0 ? w('papi.up') : w('papi.down')} ${score2(Math.abs(change.value), lang)} ${w('papi.points')}`,
    );
  return parts.join(', ');
}

/** The sentence of the latest year with a score, or that there is no data at all. */
export function latestSentence(points: TrendPoint[], lang: Lang): string {
  const latest = latestPoint(points);
  return latest ? pointSentence(points, latest.year, lang) : papiWords(lang)('papi.missing');
}

/** "Năm 2020, Quảng Trị có 3/8 nội dung thuộc nhóm cao nhất (1, 3, 4), 4/8 … (2, 6, 7, 8), 1/8 … (5)." */
export function bandSentence(name: string, year: number, dimensionBands: (Band | null)[], lang: Lang): string {
  const w = papiWords(lang);
  if (dimensionBands.every((b) => b === null)) return w('papi.bands.notRanked', { year, name });
  const groups = bands
    .map((band) => ({ band, numbers: dimensionBands.flatMap((b, i) => (b === band ? [i + 1] : [])) }))
    .filter((g) => g.numbers.length > 0)
    .map((g) =>
      w('papi.bands.group', {
        count: g.numbers.length,
        of: dimensionBands.length,
        band: bandLabel(g.band, lang),
        numbers: g.numbers.join(', '),
      }),
    );
  return w('papi.bands.sentence', { year, name, groups: groups.join(', ') });
}

/**
 * One sentence for a province's dimension groups over all its years, instead of one sentence a
 * year: how many dimensions were in the top group each year, as a range within each stretch of
 * comparable years (6 dimensions until 2017, 8 from 2018), the years not ranked, and the latest
 * year's dimensions. "Số nội dung của Quảng Trị thuộc nhóm cao nhất mỗi năm: từ 1 đến 3/6 trong
 * 2011–2017; từ 2 đến 5/8 trong 2018–2024 (…). Năm 2024: 3/8 (1, 3, 4)."
 */
export function bandsOverYears(
  name: string,
  years: { year: number; bands: (Band | null)[] }[],
  breaks: readonly number[],
  lang: Lang,
): string {
  const w = papiWords(lang);
  const span = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);
  const ranked = years.filter((y) => y.bands.some((b) => b !== null));
  const unranked = years.filter((y) => !ranked.includes(y)).map((y) => y.year);
  const top = (bands: (Band | null)[]) => bands.flatMap((b, i) => (b === 'top' ? [i + 1] : []));
  const parts = stretches(
    breaks,
    ranked.map((y) => y.year),
  ).map(({ from, to }) => {
    const within = ranked.filter((y) => y.year >= from && y.year <= to);
    const counts = within.map((y) => top(y.bands).length);
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    const of = within[0]!.bands.length;
    const years = span(from, to);
    return min === max
      ? w('papi.bandsOver.same', { n: min, of, years })
      : w('papi.bandsOver.part', { min, max, of, years });
  });
  if (parts.length === 0) return w('papi.bandsOver.none', { name });
  const apart = parts.length > 1 ? ` (${w('papi.bandsOver.apart')})` : '';
  const gaps = unranked.length ? `; ${w('papi.bandsOver.unranked', { years: unranked.join(', ') })}` : '';
  const latest = ranked.at(-1)!;
  const numbers = top(latest.bands);
  const last = numbers.length
    ? w('papi.bandsOver.latest', {
        year: latest.year,
        count: numbers.length,
        of: latest.bands.length,
        numbers: numbers.join(', '),
      })
    : w('papi.bandsOver.latestNone', { year: latest.year });
  return `${w('papi.bandsOver.lead', { name, parts: parts.join('; ') })}${apart}${gaps}. ${last}`;
}

export interface RankMove {
  from: number;
  to: number;
  /** Places gained (negative: lost). */
  places: number;
}

/**
 * Year-on-year changes of rank between consecutive years with ranks, largest first; never
 * across the 2018 break, where the index itself changed.
 */
export function biggestMoves(points: TrendPoint[], count = 3): { rises: RankMove[]; falls: RankMove[] } {
  const moves: RankMove[] = [];
  for (const point of points) {
    const move = rankMove(
      points.find((p) => p.year === point.year - 1),
      point,
    );
    if (typeof move === 'object') moves.push({ from: point.year - 1, to: point.year, places: move.value });
  }
  return {
    rises: moves
      .filter((m) => m.places > 0)
      .sort((a, b) => b.places - a.places || b.to - a.to)
      .slice(0, count),
    falls: moves
      .filter((m) => m.places < 0)
      .sort((a, b) => a.places - b.places || b.to - a.to)
      .slice(0, count),
  };
}

export function moveSentence(move: RankMove, lang: Lang): string {
  const w = papiWords(lang);
  return `${move.from} → ${move.to}: ${move.places > 0 ? w('papi.up') : w('papi.down')} ${Math.abs(move.places)} ${w('papi.places')}`;
}

/** What the page of a province says about it: its totals, latest result, groups then and biggest moves. */
export interface ProvinceFacts {
  total: TrendPoint[];
  /** The latest year with a score; undefined when the province has none. */
  latest: TrendPoint | undefined;
  /** The group of each dimension in the latest year (empty without one). */
  bands: (Band | null)[];
  moves: { rises: RankMove[]; falls: RankMove[] };
}

export function provinceFacts(papi: PapiData, provinceCode: string): ProvinceFacts {
  const total = papiSeries({ papi }, provinceCode, 'total');
  const latest = latestPoint(total);
  const bands = latest ? dimensionBands(papi, provinceCode, latest.year) : [];
  return { total, latest, bands, moves: biggestMoves(total) };
}

export interface RoundingNote {
  /** The total as the document writes it. */
  value: number;
  /** Id and title of the document. */
  document: string;
  title: string;
}

/**
 * Documents that quote a total differently from the 2-decimal value shown (e.g. 44,78 for
 * 44,7656). PAPI does not read the documents: the caller gives their titles.
 */
export function roundingNotes(
  papi: Pick<PapiData, 'quoted'>,
  slug: string,
  year: number,
  score: number | null,
  titleOf: (document: string) => string,
): RoundingNote[] {
  if (score === null) return [];
  return papi.quoted
    .filter((q) => q.province === slug && q.year === year && q.value.toFixed(2) !== score.toFixed(2))
    .map((q) => ({ value: q.value, document: q.document, title: titleOf(q.document) }));
}
