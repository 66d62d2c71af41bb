/**
 * A year's list in cong-khai.yaml (contributions, investment: year, published, document, items):
 * one form per year, the items as the rows of one table, amounts in the unit above it.
 */
import type { ContentIssue } from '../../base/content/errors.ts';
import { contentUnit, yearField, yearOf } from '../../base/sheets/common.ts';
import type { FormField, FormTable, ReadForm, ReadRow, ReadTable, SheetForm } from '../../base/sheets/form.ts';
import { unitName, type AmountUnit } from '../../base/sheets/units.ts';
import { communeYamlForm, placeOf, required, upsert } from './yaml-sheet.ts';

type Entry = { year: number; published: string; document: string; items: Record<string, unknown>[] };

export interface YearlyItemsSpec {
  key: string;
  title: SheetForm['title'];
  purpose: SheetForm['purpose'];
  /** The list in cong-khai.yaml. */
  listKey: string;
  table: FormTable;
  /** An item from a row; `unit` is the content's unit text, `target` the same as a unit. */
  toItem(
    row: ReadRow,
    table: ReadTable,
    unit: string,
    target: AmountUnit,
    read: ReadForm,
    issues: ContentIssue[],
  ): Record<string, unknown>;
  toRow(item: Record<string, unknown>): Record<string, string | number | null>;
}

const entryFields: FormField[] = [
  { key: 'published', label: 'Ngày công bố', labelEn: 'Published on', type: 'date', place: 'info' },
  { key: 'document', label: 'Văn bản', labelEn: 'Document', type: 'text', place: 'info' },
];

export function yearlyItemsForm(spec: YearlyItemsSpec): SheetForm {
  return communeYamlForm({
    key: spec.key,
    title: spec.title,
    purpose: spec.purpose,
    file: 'cong-khai.yaml',
    fields: [yearField, ...entryFields],
    tables: [spec.table],
    fromFile(value) {
      const entries = ((value as Record<string, unknown>)[spec.listKey] ?? []) as Entry[];
      return entries.map((entry) => ({
        name: String(entry.year),
        fields: { year: entry.year, published: entry.published, document: entry.document },
        tables: { [spec.table.key]: entry.items.map((item) => spec.toRow(item)) },
        units: { [spec.table.key]: String(entry.items[0]?.unit ?? spec.table.unit?.default ?? 'triệu đồng') },
      }));
    },
    toFile(read, value, issues, _lists, places) {
      const info = value as Record<string, unknown>;
      const year = yearOf(read, issues);
      const table = read.tables[spec.table.key];
      if (!year || !table) return value;
      const entries = (info[spec.listKey] ?? []) as Entry[];
      const old = entries.find((e) => e.year === year);
      const published = required<string>(
        read,
        'published',
        { vi: 'Ngày công bố', en: 'Published on' },
        old?.published,
        issues,
      );
      const document = required<string>(read, 'document', { vi: 'Văn bản', en: 'Document' }, old?.document, issues);
      // Amounts keep the unit the year's items use; a new year the latest year's, else the file's.
      const unit = String(
        old?.items[0]?.unit ??
          entries.at(-1)?.items[0]?.unit ??
          (table.unit ? unitName(table.unit.value) : (spec.table.unit?.default ?? 'triệu đồng')),
      );
      const target = contentUnit(unit, 'triệu đồng');
      const items = table.rows.map((row) => spec.toItem(row, table, unit, target, read, issues));
      if (!published || !document) return value;
      const entry: Entry = { year, published, document, items };
      const list = upsert(
        entries as unknown as Record<string, unknown>[],
        entry as unknown as Record<string, unknown>,
        (e) => e.year,
      );
      const at = list.findIndex((e) => e.year === year);
      table.rows.forEach((row, i) => places.push(placeOf([spec.listKey, at, 'items', i], row, table)));
      return { ...info, [spec.listKey]: list };
    },
  });
}
