/**
 * A form whose content is a part of one YAML file of a commune (cong-khai.yaml, thu-hoi-dat.yaml,
 * gop-y.yaml): contributions and investment of a year, the reception schedule and hotlines, land
 * recovery projects, consultations and questions. The parts share this: the commune, the file
 * edited value by value (its comments and the rest of it untouched), the summary of changes.
 */
import { parse as parseYaml } from 'yaml';
import type { ContentIssue } from '../../base/content/errors.ts';
import { communeField, communeOf, issueAt } from '../../base/sheets/common.ts';
import { deepEqual, writeYamlText, yamlChanges } from '../../base/sheets/files.ts';
import type {
  CellValue,
  FilledForm,
  FormField,
  FormLists,
  FormTable,
  ReadForm,
  ReadRow,
  ReadTable,
  SheetForm,
  YamlPlace,
} from '../../base/sheets/form.ts';

export interface CommuneYamlSpec {
  key: string;
  title: SheetForm['title'];
  purpose: SheetForm['purpose'];
  /** The file in the commune's folder. */
  file: string;
  /** What the file holds before anything is written to it (undefined: it must exist). */
  initial?: unknown;
  fields: readonly FormField[];
  tables: readonly FormTable[];
  lists?: SheetForm['lists'];
  /** The filled forms the file's content gives (name: what tells them apart, e.g. the year). */
  fromFile(
    value: unknown,
    lists: FormLists,
  ): { name: string; fields: FilledForm['fields']; tables: FilledForm['tables']; units?: FilledForm['units'] }[];
  /** The file's new content from a filled form, or problems (added to `issues`). */
  toFile(read: ReadForm, value: unknown, issues: ContentIssue[], lists: FormLists, places: YamlPlace[]): unknown;
}

/** A field of the form: its value, or a problem naming its cell when it is required and empty. */
export function required<T>(
  read: ReadForm,
  key: string,
  label: { vi: string; en: string },
  old: T | undefined,
  issues: ContentIssue[],
): T | undefined {
  const given = read.fields[key] as CellValue<T | null> | undefined;
  const value = given?.value ?? old;
  if (value === undefined || value === null) {
    issues.push(
      issueAt(read, given, label.vi, given ? '(trống / empty)' : '(không có / missing)', {
        vi: `${label.vi} (trên trang "Thông tin" của mẫu)`,
        en: `${label.en} (on the sheet "Thông tin" of the template)`,
      }),
    );
    return undefined;
  }
  return value;
}

export function communeYamlForm(spec: CommuneYamlSpec): SheetForm {
  return {
    key: spec.key,
    title: spec.title,
    purpose: spec.purpose,
    fields: [communeField, ...spec.fields],
    tables: spec.tables,
    folders: ['disclosures'],
    lists: spec.lists,

    fromContent(files, lists) {
      return files.list('disclosures').flatMap((commune) => {
        const text = files.read(`disclosures/${commune}/${spec.file}`);
        if (text === undefined) return [];
        const name = lists.communes.find((c) => c.id === commune)?.name ?? commune;
        return spec.fromFile(parseYaml(text), lists).map((f): FilledForm => ({
          form: spec.key,
          name: `${spec.key}-${commune}${f.name ? `-${f.name}` : ''}`,
          fields: { commune: name, ...f.fields },
          tables: f.tables,
          units: f.units,
        }));
      });
    },

    toContent(read, files, lists, options) {
      const issues: ContentIssue[] = [];
      const commune = communeOf(read, lists, options, issues);
      if (!commune) return { ok: false, issues };
      const path = `disclosures/${commune.id}/${spec.file}`;
      const before = files.read(path);
      if (before === undefined && spec.initial === undefined) {
        return {
          ok: false,
          issues: [
            issueAt(read, read.fields.commune, 'Xã/phường', commune.name, {
              vi: `một xã đã có tệp ${path} (tạo tệp đó trước)`,
              en: `a commune that has ${path} (create that file first)`,
            }),
          ],
        };
      }
      const value = before === undefined ? structuredClone(spec.initial) : (parseYaml(before) as unknown);
      const places: YamlPlace[] = [];
      const after = spec.toFile(read, structuredClone(value), issues, lists, places);
      if (issues.length) return { ok: false, issues };
      if (deepEqual(value, after)) return { ok: true, changes: [], notes: [`${commune.name}: ${spec.file}`] };
      return {
        ok: true,
        changes: [
          {
            path,
            before,
            after: writeYamlText(before, after),
            summary: before === undefined ? ['+ tệp mới / new file'] : yamlChanges(value, after),
            yamlPlaces: places,
          },
        ],
        notes: [`${commune.name}: ${spec.file}`],
      };
    },
  };
}

/** Puts `item` in place of the list's entry with the same key, or at its end. */
export function upsert<T extends Record<string, unknown>>(list: T[], item: T, key: (t: T) => unknown): T[] {
  const at = list.findIndex((t) => key(t) === key(item));
  if (at < 0) return [...list, item];
  // Keep the old entry's order of fields.
  const old = list[at]!;
  const ordered = Object.fromEntries(
    [...Object.keys(old), ...Object.keys(item)]
      .filter((k, i, a) => a.indexOf(k) === i && k in item)
      .map((k) => [k, item[k]]),
  ) as T;
  return list.map((t, i) => (i === at ? ordered : t));
}

/** The place of an entry built from a row, for messages about the written file. */
export function placeOf(path: (string | number)[], row: ReadRow, table: ReadTable): YamlPlace {
  return { path, sheet: row.sheet, row: row.row, columns: table.columns };
}
