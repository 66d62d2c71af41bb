/**
 * A year's ranking table and its sorted views: by rank ("hang", the year's own page), by
 * province name ("tinh") or by a dimension ("d1"…"d8"), each a page of its own for readers
 * without JavaScript.
 */
import type { Row } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import type { Lang } from '../../base/words.ts';
import type { PapiData } from './model.ts';
import { papiWords } from './words.ts';

/** The sort keys of a year with that many dimensions, the year's own order (by rank) first. */
export function sortKeys(dimensions: number): string[] {
  return ['hang', 'tinh', ...Array.from({ length: dimensions }, (_, i) => `d${i + 1}`)];
}

/** The page of a sorted view: the ranking itself is the year's page. */
export function sortPath(year: number, key: string): string {
  return key === 'hang' ? routes.papiYear(year) : routes.papiYearSorted(year, key);
}

/** "Tổng điểm", "tên tỉnh", "nội dung 3": what a view is sorted by. */
export function sortLabel(key: string, lang: Lang): string {
  const w = papiWords(lang);
  if (key === 'hang') return w('papi.total');
  if (key === 'tinh') return w('papi.sort.name');
  return `${w('papi.dimension').toLowerCase()} ${key.slice(1)}`;
}

const numeric = (row: Row, key: string) => (typeof row[key] === 'number' ? (row[key] as number) : null);

/**
 * The rows of a year's dataset in a view's order: as they are for the rank (the dataset is by
 * rank), by Vietnamese name, or by a dimension's score, highest first and gaps last.
 */
export function sortRows(rows: Row[], key: string): Row[] {
  if (key === 'hang') return rows;
  return [...rows].sort((a, b) => {
    if (key === 'tinh') return String(a.tinh).localeCompare(String(b.tinh), 'vi');
    const [x, y] = [numeric(a, key), numeric(b, key)];
    return x === null ? (y === null ? 0 : 1) : y === null ? -1 : y - x;
  });
}

/** A row's anchor and the 2025 province the filter matches it by. */
export function rowAttributes(papi: Pick<PapiData, 'provinces'>): (row: Row) => Record<string, string> {
  const byCode = new Map(papi.provinces.map((p) => [p.code, p]));
  return (row) => {
    const p = byCode.get(String(row.ma_tinh))!;
    return { id: `p-${p.slug}`, 'data-successor': p.successor?.slug ?? '' };
  };
}
