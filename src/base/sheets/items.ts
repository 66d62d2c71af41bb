/**
 * Rows of a form ↔ items of a YAML list: a column's key is the item's field, dotted for a
 * nested one ("supervision.board", "timeline.notice"); a list of short texts is one cell,
 * items separated by ";" or line breaks. Amounts are written in the unit the content uses.
 */
import { toNumber, type Decimal } from './decimal.ts';
import type { FormColumn, ReadRow, ReadTable } from './form.ts';
import { inUnit } from './common.ts';
import type { AmountUnit } from './units.ts';

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
    at = at[part] as Record<string, unknown>;
  }
  at[parts.at(-1)!] = value;
}

export function getPath(source: unknown, path: string): unknown {
  let at = source;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** "Đất ở; Đất trồng lúa" → ["Đất ở", "Đất trồng lúa"]. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An item from a row: each column's value at its field, amounts in the content's unit. */
export function itemFromRow(
  row: ReadRow,
  columns: readonly FormColumn[],
  table: ReadTable,
  target?: AmountUnit,
): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.readOnly) continue;
    const raw = row.values[column.key]?.value;
    let value: unknown = raw ?? null;
    if (column.type === 'amount')
      value = target ? toNumberOrNull(inUnit(raw, table, target)) : toNumberOrNull(raw as Decimal | null);
    else if (column.type === 'number') value = toNumberOrNull(raw as Decimal | null);
    else if (column.list) value = typeof raw === 'string' ? splitList(raw) : [];
    setPath(item, column.key, value);
  }
  return item;
}

function toNumberOrNull(d: Decimal | null | undefined): number | null {
  return d === null || d === undefined ? null : toNumber(d);
}

/** A row of a form from an item. */
export function rowFromItem(item: unknown, columns: readonly FormColumn[]): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {};
  for (const column of columns) {
    if (column.readOnly) continue;
    const value = getPath(item, column.key);
    if (Array.isArray(value)) row[column.key] = value.join('; ');
    else if (typeof value === 'boolean') row[column.key] = value ? 'Có' : 'Không';
    else row[column.key] = (value as string | number | null | undefined) ?? null;
  }
  return row;
}

/** A nested group whose every field is empty is null ("no supervision yet"). */
export function nullIfEmpty(item: Record<string, unknown>, group: string): void {
  const value = getPath(item, group);
  if (typeof value !== 'object' || value === null) return;
  const leaves = Object.values(value as Record<string, unknown>);
  if (leaves.every((v) => v === null || v === undefined || (Array.isArray(v) && v.length === 0)))
    setPath(item, group, null);
}
