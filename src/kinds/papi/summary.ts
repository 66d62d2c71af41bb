/**
 * One-sentence summaries generated from the data, as the provinces' own documents write them:
 * "2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019" and
 * "Năm 2020, Quảng Trị có 3/8 nội dung thuộc nhóm cao nhất (1, 3, 4), …".
 */
import { formatNumber, type Lang } from '../../base/format.ts';
import { bands, pointsChange, rankChange, type Band } from './rank.ts';
import { dimensionBands, latestPoint, papiSeries, type SeriesPoint } from './series.ts';
import type { PapiData } from './model.ts';
import { papiWords } from './words.ts';

export const score2 = (value: number, lang: Lang) => formatNumber(value, lang, 2);

export function bandLabel(band: Band, lang: Lang): string {
  return papiWords(lang)(`papi.band.${band}`);
}

/** "2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019" — or why there is nothing to say. */
export function pointSentence(points: SeriesPoint[], year: number, lang: Lang, total: boolean): string {
  const w = papiWords(lang);
  const point = points.find((p) => p.year === year);
  if (!point || point.score === null) return `${year}: ${w('papi.missing')}`;
  const parts = [`${year}: ${score2(point.score, lang)} ${w('papi.points')}`];
  parts.push(point.rank === null ? w('papi.notRanked') : w('papi.rankOf', { rank: point.rank, of: point.ranked }));
  const previous = points.find((p) => p.year === year - 1);
  const places = rankChange(previous?.rank ?? null, point.rank);
  if (places !== null) {
    if (places === 0) parts.push(w('papi.sameRank', { year: year - 1 }));
    else {
      const move = `${places > 0 ? w('papi.up') : w('papi.down')} ${Math.abs(places)} ${w('papi.places')}`;
      parts.push(`${move} ${w('papi.than', { year: year - 1 })}`);
    }
  } else if (previous && point.rank !== null) {
    parts.push(w('papi.noComparison', { year: year - 1 }));
  }
  // Totals of 6 and 8 dimensions are not comparable: no change in points across 2017 → 2018.
  const points2 = total && year === 2018 ? null : pointsChange(previous?.score ?? null, point.score);
  if (points2 !== null && points2 !== 0)
    parts.push(`${points2 > 0 ? w('papi.up') : w('papi.down')} ${score2(Math.abs(points2), lang)} ${w('papi.points')}`);
  return parts.join(', ');
}

/** The sentence of the latest year with a score, or that there is no data at all. */
export function latestSentence(points: SeriesPoint[], lang: Lang, total: boolean): string {
  const latest = latestPoint(points);
  return latest ? pointSentence(points, latest.year, lang, total) : papiWords(lang)('papi.missing');
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

export interface RankMove {
  from: number;
  to: number;
  /** Places gained (negative: lost). */
  places: number;
}

/** Year-on-year changes of rank between consecutive years with ranks, largest first. */
export function biggestMoves(points: SeriesPoint[], count = 3): { rises: RankMove[]; falls: RankMove[] } {
  const moves: RankMove[] = [];
  for (const point of points) {
    const previous = points.find((p) => p.year === point.year - 1);
    const places = rankChange(previous?.rank ?? null, point.rank);
    if (places !== null) moves.push({ from: point.year - 1, to: point.year, places });
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
  total: SeriesPoint[];
  /** The latest year with a score; undefined when the province has none. */
  latest: SeriesPoint | undefined;
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
