/**
 * A form for a commune's yearly table (ho-ngheo-<year>.csv, bang-gia-dat-<year>.csv) and its
 * entry in cong-khai.yaml (decision, dates): what the poor-household and land-price forms share.
 * The table replaces the year's file; the entry's fields come from the "Thông tin" sheet, or stay
 * as they were when a real file has no such sheet.
 */
import { parse as parseYaml } from 'yaml';
import type { Bilingual, ContentIssue } from '../../base/content/errors.ts';
import { communeField, communeOf, issueAt, yearField, yearOf } from '../../base/sheets/common.ts';
import {
  parseCsvText,
  tableChanges,
  writeCsvText,
  writeYamlText,
  yamlChanges,
  deepEqual,
} from '../../base/sheets/files.ts';
import type {
  FileChange,
  FilledForm,
  FormField,
  FormLists,
  FormTable,
  ReadForm,
  ReadRow,
  ReadTable,
  SheetForm,
} from '../../base/sheets/form.ts';

export interface YearlyTableSpec {
  key: string;
  title: Bilingual;
  purpose: Bilingual;
  /** "ho-ngheo": the file is <prefix>-<year>.csv. */
  prefix: string;
  /** The list in cong-khai.yaml with one entry per year. */
  metaKey: string;
  /** The entry's fields (besides year), on the "Thông tin" sheet. */
  metaFields: readonly FormField[];
  table: FormTable;
  csvHeader: readonly string[];
  /** Columns that name a row, for the summary of changes. */
  rowKey: readonly string[];
  /** The content rows a filled table gives (cells as the CSV writes them), or problems. */
  toRows(
    read: ReadForm,
    table: ReadTable,
    entry: Record<string, unknown> | undefined,
    issues: ContentIssue[],
    lists: FormLists,
  ): { cells: string[]; from: ReadRow }[];
  /** The form's rows for the content's rows. */
  fromRows(header: string[], rows: string[][]): Record<string, string | number | null>[];
  /** Entry fields the table decides (land prices: the unit). */
  entryFromTable?(table: ReadTable, entry: Record<string, unknown> | undefined): Record<string, unknown>;
  unitOf?(entry: Record<string, unknown> | undefined): string | undefined;
  lists?: SheetForm['lists'];
  /** Whether the file has the column for a content field (the segment from "Từ" and "Đến"). */
  columnPresent?(field: string, columns: Record<string, string>): boolean;
}

interface Info {
  [key: string]: unknown;
}

export function yearlyTableForm(spec: YearlyTableSpec): SheetForm {
  const pattern = new RegExp(`^${spec.prefix}-(\\d{4})\\.csv$`);
  return {
    key: spec.key,
    title: spec.title,
    purpose: spec.purpose,
    fields: [communeField, yearField, ...spec.metaFields],
    tables: [spec.table],
    folders: ['disclosures'],
    lists: spec.lists,

    fromContent(files, lists) {
      return files.list('disclosures').flatMap((commune) => {
        const infoText = files.read(`disclosures/${commune}/cong-khai.yaml`);
        const info = (infoText ? parseYaml(infoText) : {}) as Info;
        const entries = (info[spec.metaKey] ?? []) as Record<string, unknown>[];
        return files
          .list(`disclosures/${commune}`)
          .map((name) => pattern.exec(name))
          .filter((m) => m !== null)
          .map((m): FilledForm => {
            const year = Number(m[1]);
            const entry = entries.find((e) => e.year === year) ?? {};
            const csv = parseCsvText(files.read(`disclosures/${commune}/${m[0]}`)!);
            const unit = spec.unitOf?.(entry);
            return {
              form: spec.key,
              name: `${spec.prefix}-${commune}-${year}`,
              fields: {
                commune: lists.communes.find((c) => c.id === commune)?.name ?? commune,
                year,
                ...Object.fromEntries(
                  spec.metaFields.map((f) => [f.key, (entry[f.key] as string | number | null) ?? null]),
                ),
              },
              tables: {
                [spec.table.key]: spec.fromRows(
                  csv.header,
                  csv.rows.map((r) => r.cells),
                ),
              },
              ...(unit ? { units: { [spec.table.key]: unit } } : {}),
            };
          });
      });
    },

    toContent(read, files, lists: FormLists, options) {
      const issues: ContentIssue[] = [];
      const commune = communeOf(read, lists, options, issues);
      const year = yearOf(read, issues);
      const table = read.tables[spec.table.key];
      if (!commune || !year || !table) return { ok: false, issues };
      const dir = `disclosures/${commune.id}`;
      const infoPath = `${dir}/cong-khai.yaml`;
      const csvPath = `${dir}/${spec.prefix}-${year}.csv`;
      const infoBefore = files.read(infoPath);
      if (infoBefore === undefined) {
        return {
          ok: false,
          issues: [
            issueAt(read, read.fields.commune, 'Xã/phường', commune.name, {
              vi: `một xã đã có tệp ${infoPath} (tạo tệp đó trước)`,
              en: `a commune that has ${infoPath} (create that file first)`,
            }),
          ],
        };
      }
      const info = parseYaml(infoBefore) as Info;
      const entries = [...((info[spec.metaKey] ?? []) as Record<string, unknown>[])];
      const at = entries.findIndex((e) => e.year === year);
      const old = at >= 0 ? entries[at] : undefined;

      const made = spec.toRows(read, table, old, issues, lists);
      // A column the file does not have at all (no "Ghi chú", no "VT4") keeps what the row had.
      const csvBefore = files.read(csvPath);
      const previous = csvBefore ? parseCsvText(csvBefore) : undefined;
      if (previous) {
        const key = (cells: readonly string[]) =>
          spec.rowKey.map((k) => cells[spec.csvHeader.indexOf(k)]).join('\u0000');
        const oldRows = new Map(previous.rows.map((r) => [key(r.cells), r.cells]));
        spec.csvHeader.forEach((h, i) => {
          if (spec.columnPresent?.(h, table.columns) ?? h in table.columns) return;
          for (const m of made)
            if (m.cells[i] === '') m.cells[i] = oldRows.get(key(m.cells))?.[previous.header.indexOf(h)] ?? '';
        });
      }
      const rows = made.map((m) => m.cells);
      if (!rows.length && !issues.length)
        issues.push(
          issueAt(read, { sheet: table.sheet }, spec.table.title, '(không có dòng nào / no rows)', {
            vi: 'ít nhất một dòng số liệu dưới dòng tiêu đề',
            en: 'at least one row of figures below the header',
          }),
        );
      // The entry: fields given on the "Thông tin" sheet replace the old ones; a new entry needs them all.
      const entry: Record<string, unknown> = { year };
      for (const field of spec.metaFields) {
        const given = read.fields[field.key];
        const value = given?.value ?? old?.[field.key];
        if (value === undefined || value === null) {
          issues.push(
            issueAt(read, given, field.label, given ? '(trống / empty)' : '(không có / missing)', {
              vi: `${field.label} (trên trang "Thông tin" của mẫu)`,
              en: `${field.labelEn} (on the sheet "Thông tin" of the template)`,
            }),
          );
          continue;
        }
        entry[field.key] = value;
      }
      if (issues.length) return { ok: false, issues };
      Object.assign(entry, spec.entryFromTable?.(table, old) ?? {});
      // Keep the entry's own order of fields when it was there.
      const ordered = old
        ? Object.fromEntries(
            [...Object.keys(old), ...Object.keys(entry)]
              .filter((k, i, a) => a.indexOf(k) === i)
              .map((k) => [k, entry[k]]),
          )
        : entry;
      if (at >= 0) entries[at] = ordered;
      else entries.push(ordered);
      const infoAfterValue = { ...info, [spec.metaKey]: entries };

      const csvAfter = writeCsvText([...spec.csvHeader], rows, previous);
      const changes: FileChange[] = [];
      if (csvAfter !== csvBefore) {
        const rowPlaces: FileChange['rowPlaces'] = new Map();
        made.forEach((m, i) => rowPlaces.set(i + 1, { sheet: m.from.sheet, row: m.from.row, columns: table.columns }));
        changes.push({
          path: csvPath,
          before: csvBefore,
          after: csvAfter,
          summary: previous
            ? tableChanges(
                [...spec.csvHeader],
                [...spec.rowKey],
                previous.rows.map((r) => r.cells),
                rows,
                '',
                Object.fromEntries(spec.table.columns.map((c) => [c.key, c.header])),
              )
            : [`+ tệp mới / new file: ${rows.length} dòng/rows`],
          rowPlaces,
        });
      }
      if (!deepEqual(info, infoAfterValue)) {
        changes.push({
          path: infoPath,
          before: infoBefore,
          after: writeYamlText(infoBefore, infoAfterValue),
          summary: yamlChanges(info, infoAfterValue),
        });
      }
      return { ok: true, changes, notes: [`${commune.name}, ${year}: ${rows.length} dòng/rows`] };
    },
  };
}
