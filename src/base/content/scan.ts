/**
 * Applies the personal-data rule (personal-data.ts) to files as read: every string value of a
 * YAML file or text cell of a CSV table, reported with its line or row and column. Fields
 * meant for an office phone must hold a landline or hotline number.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { relPath, type LoadContext } from './context.ts';
import { personalDataIn, type ScanLocatedOptions } from './parse.ts';
import { readText, type Located } from './read.ts';
import { findPersonalData, personalDataExpected } from './personal-data.ts';

/**
 * Scans every string in a read file. `base` paths are stripped from the field name (a CSV
 * row index). `skip` leaves out columns that hold amounts, which are validated as numbers.
 */
export function scanLocated(ctx: LoadContext, located: Located, options: ScanLocatedOptions = {}): void {
  for (const issue of personalDataIn(located, options)) ctx.issues.add(issue);
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
