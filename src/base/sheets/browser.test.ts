/**
 * The reader and the importer's core run in a browser page too (offline, from the portal's own
 * files): nothing in src/base/sheets reaches for Node's modules or globals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('the spreadsheet core is browser-safe', () => {
  it.each(sources)('%s uses no Node module or global', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    expect(text).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b|__dirname/);
  });

  it('the reader does not load the template writer', () => {
    for (const name of ['grid.ts', 'read.ts', 'table.ts', 'importer.ts', 'values.ts', 'check.ts']) {
      expect(readFileSync(join(dir, name), 'utf8')).not.toContain("from './template.ts'");
    }
  });
});
