/** What the kinds' forms share: the commune and year of a filled form, figures in the content's unit, problems at cells. */
import { showFound, type Bilingual, type ContentIssue } from '../content/errors.ts';
import type { Decimal } from './decimal.ts';
import type { ApplyOptions, CellValue, FormField, FormLists, ReadForm, ReadTable } from './form.ts';
import { fold } from './text.ts';
import { convert, parseUnit, type AmountUnit } from './units.ts';

/** A problem at a cell of the filled form (or of the whole file, when the value came from nowhere in it). */
export function issueAt(
  read: ReadForm,
  at: Partial<CellValue> | undefined,
  field: string,
  found: unknown,
  expected: Bilingual,
): ContentIssue {
  const place = at?.sheet ? { sheet: at.sheet, cell: at.cell, row: at.row, column: at.column } : {};
  return {
    file: read.file,
    ...place,
    field,
    found: typeof found === 'string' && found.startsWith('(') ? found : showFound(found),
    expected,
  };
}

export const communeField: FormField = {
  key: 'commune',
  label: 'Xã/phường',
  labelEn: 'Commune or ward',
  aliases: ['Xã, phường', 'Xã', 'Phường', 'Tên đơn vị', 'UBND xã', 'UBND phường'],
  type: 'text',
  values: { list: 'communes' },
  place: 'above',
  help: { vi: 'Chọn xã, phường trong danh sách.', en: 'Pick the commune or ward from the list.' },
};

export const yearField: FormField = {
  key: 'year',
  label: 'Năm',
  labelEn: 'Year',
  type: 'number',
  place: 'above',
  help: { vi: 'Năm của số liệu, ví dụ 2025.', en: 'The year of the figures, e.g. 2025.' },
};

/** The commune a form is for: --commune, else the "Xã/phường" cell, else a commune named in the title. */
export function communeOf(
  read: ReadForm,
  lists: FormLists,
  options: ApplyOptions,
  issues: ContentIssue[],
): { id: string; name: string } | undefined {
  if (options.commune) {
    const found = lists.communes.find((c) => c.id === options.commune);
    if (found) return found;
    issues.push({
      file: read.file,
      field: '--commune',
      found: JSON.stringify(options.commune),
      expected: {
        vi: `mã của một xã, phường của cổng này, ví dụ ${lists.communes[0]?.id ?? 'xa-cam-lo'}`,
        en: `the id of one of this portal's communes, e.g. ${lists.communes[0]?.id ?? 'xa-cam-lo'}`,
      },
    });
    return undefined;
  }
  const field = read.fields.commune;
  if (field && typeof field.value === 'string') {
    const found = lists.communes.find((c) => fold(c.name) === fold(field.value as string) || c.id === field.value);
    if (found) return found;
  }
  if (field && field.value === undefined) return undefined; // already reported at its cell
  // "DỰ TOÁN NGÂN SÁCH XÃ CAM LỘ NĂM 2025": the longest full name the title contains, as words.
  const named = field
    ? undefined
    : [...lists.communes]
        .sort((a, b) => b.name.length - a.name.length)
        .find((c) =>
          new RegExp(`(^|[^a-z0-9])${fold(c.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(
            read.notes,
          ),
        );
  if (named) return named;
  issues.push(
    issueAt(read, field, 'Xã/phường', field ? (field.value ?? '(trống / empty)') : '(không có / missing)', {
      vi: 'tên một xã, phường của cổng này (ô "Xã/phường:" phía trên bảng), hoặc chạy lệnh với --commune <mã>',
      en: 'the name of one of this portal\'s communes (the "Xã/phường:" cell above the table), or run with --commune <id>',
    }),
  );
  return undefined;
}

/** The year of a form: the "Năm" cell, else "năm 2025" in the title. */
export function yearOf(read: ReadForm, issues: ContentIssue[]): number | undefined {
  const field = read.fields.year;
  const value = field?.value as Decimal | null | undefined;
  if (value && value.scale === 0 && value.digits >= 2000n && value.digits <= 2100n) return Number(value.digits);
  if (!field) {
    const m = /\bnam (\d{4})\b/.exec(read.notes);
    if (m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100) return Number(m[1]);
  }
  issues.push(
    issueAt(
      read,
      field,
      'Năm',
      field ? (field.value ? String(field.value) : '(trống / empty)') : '(không có / missing)',
      {
        vi: 'một năm, ví dụ 2025 (ô "Năm:" phía trên bảng, hoặc "NĂM 2025" trong tiêu đề)',
        en: 'a year, e.g. 2025 (the "Năm:" cell above the table, or "NĂM 2025" in the title)',
      },
    ),
  );
  return undefined;
}

/** A figure of a table in the unit the content uses, exactly. */
export function inUnit(value: unknown, table: ReadTable, target: AmountUnit): Decimal | null {
  if (value === null || value === undefined) return null;
  const from = table.unit?.value ?? target;
  return convert(value as Decimal, from, target);
}

/** The unit a content file states ("triệu đồng"), read as a unit. */
export function contentUnit(text: string | undefined, fallback: string): AmountUnit {
  return parseUnit(text ?? fallback) ?? parseUnit(fallback)!;
}

/** The text of a field, or undefined when the form does not have it. */
export function fieldValue<T>(read: ReadForm, key: string): T | undefined {
  const f = read.fields[key];
  return f === undefined ? undefined : (f.value as T);
}
