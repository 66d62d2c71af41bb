/**
 * Reads units/*.yaml, units/*.csv and succession/*.csv of an instance, checks ids are
 * unique and every reference (parent, from, to) names a unit that exists.
 */
import { z } from 'astro/zod';
import { emptyToNull } from '../../base/content/fields.ts';
import {
  checkUniqueIds,
  entryOf,
  isList,
  listFiles,
  relPath,
  reportField,
  tryRead,
  type Entry,
  type LoadContext,
} from '../../base/content/context.ts';
import { readCsv, readYaml, type Located } from '../../base/content/read.ts';
import { fileProblems, whereEntry } from '../../base/rules.ts';
import { districtsAfterReform, parentCycles, parentValidity, successionRules } from './rules.ts';
import { successionSchema, unitSchema, type Succession, type Unit } from './schema.ts';

/** CSV cells are strings; an empty cell is "no value", as a missing YAML key is. */
function csvAsRows(located: Located<Record<string, string>[]>): Located {
  return {
    ...located,
    value: located.value.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, emptyToNull(v)]))),
  };
}

/** The files of a folder that could be read as lists; `complete` is false if one could not. */
function readRows(ctx: LoadContext, sub: string): Located[] & { complete: boolean } {
  const out = Object.assign([] as Located[], { complete: true });
  for (const abs of listFiles(ctx, sub, ['.yaml', '.yml', '.csv'])) {
    const file = relPath(ctx, abs);
    const located = tryRead(ctx, () => (abs.endsWith('.csv') ? csvAsRows(readCsv(abs, file)) : readYaml(abs, file)));
    if (!located) {
      out.complete = false;
      continue;
    }
    if (
      !isList(ctx, located, {
        vi: 'một danh sách, mỗi mục bắt đầu bằng "- "',
        en: 'a list, each item starting with "- "',
      })
    ) {
      out.complete = false;
      continue;
    }
    out.push(located);
  }
  return out;
}

function entries<S extends z.ZodType>(ctx: LoadContext, files: Located[], schema: S): Entry<z.output<S>>[] {
  const out: Entry<z.output<S>>[] = [];
  for (const located of files) {
    (located.value as unknown[]).forEach((_, index) => {
      const entry = entryOf(ctx, schema, located, [index]);
      if (entry) out.push(entry);
    });
  }
  return out;
}

export interface LoadedUnits {
  /** Ids declared in units/, including those of entries that failed validation. */
  known: Set<string>;
  /**
   * False when a file of units/ could not be read (bad encoding, YAML or CSV): references to
   * units are then not checked, since the unit may well be in that file. Fixing the file
   * brings the checks back, so a reader sees the one real problem, not a cascade.
   */
  complete: boolean;
  units: Entry<Unit>[];
  succession: Entry<Succession>[];
}

export function loadUnits(ctx: LoadContext): LoadedUnits {
  const unitFiles = readRows(ctx, 'units');
  const units = entries(ctx, unitFiles, unitSchema);
  checkUniqueIds(ctx, units, { vi: 'đơn vị', en: 'unit' });
  // A unit with a bad field is reported once, for that field; references to it are not errors too.
  const known = new Set(
    unitFiles.flatMap((f) =>
      (f.value as { id?: unknown }[]).map((row) => row?.id).filter((id): id is string => typeof id === 'string'),
    ),
  );
  const missing = (ref: string) => ({
    vi: `mã của một đơn vị có trong units/ (không có đơn vị "${ref}")`,
    en: `the id of a unit in units/ (there is no unit "${ref}")`,
  });

  const complete = unitFiles.complete;
  for (const unit of complete ? units : []) {
    const parent = unit.data.parent;
    if (parent && !known.has(parent)) reportField(ctx, unit, ['parent'], JSON.stringify(parent), missing(parent));
    if (parent === unit.data.id)
      reportField(ctx, unit, ['parent'], JSON.stringify(parent), {
        vi: 'một đơn vị khác chính nó',
        en: 'a unit other than itself',
      });
  }

  const succession = entries(ctx, readRows(ctx, 'succession'), successionSchema);
  for (const link of complete ? succession : []) {
    for (const key of ['from', 'to'] as const) {
      const ref = link.data[key];
      if (!known.has(ref)) reportField(ctx, link, [key], JSON.stringify(ref), missing(ref));
    }
  }
  if (complete) checkUnitFacts(ctx, units, succession);
  return { known, complete, units, succession };
}

/** The rules across rows and files (rules.ts), filed at the row that holds the wrong value. */
function checkUnitFacts(ctx: LoadContext, units: Entry<Unit>[], succession: Entry<Succession>[]): void {
  const data = units.map((u) => u.data);
  fileProblems(ctx, units, parentCycles(data));
  fileProblems(ctx, units, parentValidity(data));
  fileProblems(ctx, units, districtsAfterReform(data));
  const links = successionRules(
    data,
    succession.map((s) => s.data),
    (i) => whereEntry(succession[i]!),
  );
  fileProblems(ctx, succession, links.links);
  fileProblems(ctx, units, links.units);
}
