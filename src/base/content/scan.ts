/**
 * Applies the personal-data rule (personal-data.ts) to files as read: every string value of a
 * YAML file or text cell of a CSV table, reported with its line or row and column. Fields
 * meant for an office phone must hold a landline or hotline number.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { relPath, type LoadContext } from './context.ts';
import { showFound } from './errors.ts';
import { readText, type Located, type Path } from './read.ts';
import { fieldName } from './validate.ts';
import { findPersonalData, isOfficePhone, officePhoneExpected, personalDataExpected } from './personal-data.ts';

/** Field paths that hold an office phone: the last key is one of these. */
const OFFICE_PHONE_KEYS = new Set(['office_phone', 'phone']);

function* strings(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * Scans every string in a read file. `base` paths are stripped from the field name (a CSV
 * row index). `skip` leaves out columns that hold amounts, which are validated as numbers.
 */
export function scanLocated(ctx: LoadContext, located: Located, options: { tableRows?: boolean; skip?: (key: string) => boolean } = {}): void {
  for (const [path, text] of strings(located.value)) {
    const key = String(path.at(-1));
    if (options.skip?.(key)) continue;
    const field = options.tableRows ? key : fieldName(path);
    for (const match of findPersonalData(text)) {
      ctx.issues.add({ ...located.locate(path), field, found: `${match.masked} (${match.kind === 'mobile-phone' ? 'số di động / mobile number' : 'số định danh / identity number'})`, expected: personalDataExpected[match.kind] });
    }
    if (OFFICE_PHONE_KEYS.has(key) && !findPersonalData(text).length && !isOfficePhone(text)) {
      ctx.issues.add({ ...located.locate(path), field, found: showFound(text), expected: officePhoneExpected });
    }
  }
}

/**
 * Scans the raw lines of every other content file (documents, units, site settings), so
 * personal data cannot slip onto any page. Disclosure folders are scanned field by field.
 */
export function scanContentLines(ctx: LoadContext, skipDirs: string[]): void {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) return skipDirs.includes(abs) ? [] : walk(abs);
      return /\.(md|ya?ml|csv)$/.test(name) ? [abs] : [];
    });
  for (const abs of walk(ctx.dir)) {
    const file = relPath(ctx, abs);
    let text: string;
    try {
      text = readText(abs, file);
    } catch {
      continue; // the slice that owns the file reports encoding problems
    }
    // In a raw CSV line a comma ends a cell, so "…,123456789,5" is not a decimal.
    const commaEndsCell = file.endsWith('.csv');
    text.split('\n').forEach((line, i) => {
      for (const match of findPersonalData(line, { commaEndsCell })) {
        ctx.issues.add({ file, line: i + 1, field: '(nội dung / text)', found: `${match.masked}`, expected: personalDataExpected[match.kind] });
      }
    });
  }
}
