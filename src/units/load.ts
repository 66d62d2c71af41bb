/**
 * Reads units/*.yaml, units/*.csv and succession/*.csv of an instance, checks ids are
 * unique and every reference (parent, from, to) names a unit that exists.
 */
import { z } from 'astro/zod';
import { emptyToNull } from '../content/fields.ts';
import { checkUniqueIds, entryOf, listFiles, relPath, reportField, tryRead, type Entry, type LoadContext } from '../content/context.ts';
import { readCsv, readYaml, type Located } from '../content/read.ts';
import { successionSchema, unitSchema, type Succession, type Unit } from './schema.ts';

/** CSV cells are strings; an empty cell is "no value", as a missing YAML key is. */
function csvAsRows(located: Located<Record<string, string>[]>): Located {
  return { ...located, value: located.value.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, emptyToNull(v)]))) };
}

function readRows(ctx: LoadContext, sub: string): Located[] {
  const out: Located[] = [];
  for (const abs of listFiles(ctx, sub, ['.yaml', '.yml', '.csv'])) {
    const file = relPath(ctx, abs);
    const located = tryRead(ctx, () => (abs.endsWith('.csv') ? csvAsRows(readCsv(abs, file)) : readYaml(abs, file)));
    if (!located) continue;
    if (!Array.isArray(located.value)) {
      ctx.issues.add({
        ...located.locate([]),
        field: '(tệp / file)',
        found: 'không phải danh sách / not a list',
        expected: { vi: 'một danh sách, mỗi mục bắt đầu bằng "- "', en: 'a list, each item starting with "- "' },
      });
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
  units: Entry<Unit>[];
  succession: Entry<Succession>[];
}

export function loadUnits(ctx: LoadContext): LoadedUnits {
  const unitFiles = readRows(ctx, 'units');
  const units = entries(ctx, unitFiles, unitSchema);
  checkUniqueIds(ctx, units, { vi: 'đơn vị', en: 'unit' });
  // A unit with a bad field is reported once, for that field; references to it are not errors too.
  const known = new Set(
    unitFiles.flatMap((f) => (f.value as { id?: unknown }[]).map((row) => row?.id).filter((id): id is string => typeof id === 'string')),
  );
  const missing = (ref: string) => ({
    vi: `mã của một đơn vị có trong units/ (không có đơn vị "${ref}")`,
    en: `the id of a unit in units/ (there is no unit "${ref}")`,
  });

  for (const unit of units) {
    const parent = unit.data.parent;
    if (parent && !known.has(parent)) reportField(ctx, unit, ['parent'], JSON.stringify(parent), missing(parent));
    if (parent === unit.data.id)
      reportField(ctx, unit, ['parent'], JSON.stringify(parent), { vi: 'một đơn vị khác chính nó', en: 'a unit other than itself' });
  }

  const succession = entries(ctx, readRows(ctx, 'succession'), successionSchema);
  for (const link of succession) {
    for (const key of ['from', 'to'] as const) {
      const ref = link.data[key];
      if (!known.has(ref)) reportField(ctx, link, [key], JSON.stringify(ref), missing(ref));
    }
  }
  return { known, units, succession };
}
