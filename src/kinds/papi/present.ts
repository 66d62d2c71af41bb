/** Small presentation helpers shared by PAPI components (no figures are computed here). */
import type { Cell, Column } from '../../base/dataset.ts';
import type { Lang } from '../../base/words.ts';
import { bands } from './rank.ts';
import { bandLabel } from './summary.ts';

/** Colour class of a cell holding a group name; the words stay in the cell, so colour is never alone. */
export function bandClass(column: Column, value: Cell): string | undefined {
  if (!column.key.startsWith('nhom') || typeof value !== 'string') return undefined;
  const band = bands.find((b) => bandLabel(b, 'vi') === value);
  return band ? `band band--${band}` : undefined;
}

/** A content field written in both languages (name_vi and name_en…), in the reader's. */
export function inReaderLang<F extends string>(item: Record<`${F}_${Lang}`, string>, field: F, lang: Lang): string {
  return item[`${field}_${lang}`];
}
