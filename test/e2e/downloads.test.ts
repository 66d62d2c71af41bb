/**
 * Every CSV and JSON download is parsed and compared with the figures on the pages that show
 * it: every table on every page that says which dataset it shows must agree, cell by cell,
 * with that dataset's files; and the CSV and the JSON must agree with each other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === 'index.html' ? [path] : [];
  });
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

/** Tables our DataTable renders: the dataset id, the column keys, and each row's raw values. */
function tablesIn(html: string): { dataset: string; keys: string[]; rows: string[][] }[] {
  const out = [];
  for (const match of html.matchAll(/<table[^>]*data-dataset="([^"]+)"[^>]*>([\s\S]*?)<\/table>/g)) {
    const [, dataset, body] = match;
    const keys = [...body!.matchAll(/<th scope="col"[^>]*data-key="([^"]+)"/g)].map((m) => m[1]!);
    const tbody = body!.slice(body!.indexOf('<tbody'));
    // Astro writes an empty attribute as a bare name (data-value), so the value is optional.
    const rows = [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...tr[1]!.matchAll(/<t[hd]\b([^>]*)>/g)].map((cell) =>
        decode(/\bdata-value(?:="([^"]*)")?/.exec(cell[1]!)?.[1] ?? ''),
      ),
    );
    out.push({ dataset: dataset!, keys, rows });
  }
  return out;
}

describe('downloads match the pages', () => {
  for (const site of ['quang-tri', 'bac-ninh'] as const) {
    it(`${site}: every table on every page agrees with its CSV and JSON, which agree with each other`, () => {
      const { dir } = inject('sites')[site];
      const files = new Map<
        string,
        {
          csv: Record<string, string>[];
          json: { columns: { key: string }[]; rows: Record<string, unknown>[]; sample: boolean };
        }
      >();
      const load = (id: string) => {
        let f = files.get(id);
        if (!f) {
          const csvText = readFileSync(join(dir, 'du-lieu', `${id}.csv`), 'utf8');
          expect(csvText.startsWith('\uFEFF'), `${id}.csv has a byte-order mark`).toBe(true);
          const csv = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
          const json = JSON.parse(readFileSync(join(dir, 'du-lieu', `${id}.json`), 'utf8'));
          expect(csv.length, id).toBe(json.rows.length);
          json.rows.forEach((row: Record<string, unknown>, i: number) => {
            for (const { key } of json.columns) {
              const value = row[key];
              expect(csv[i]![key], `${id} row ${i} ${key}`).toBe(value === null ? '' : String(value));
            }
          });
          f = { csv, json };
          files.set(id, f);
        }
        return f;
      };
      let compared = 0;
      for (const file of htmlFiles(dir)) {
        for (const table of tablesIn(readFileSync(file, 'utf8'))) {
          const { csv } = load(table.dataset);
          const index = new Set(csv.map((row) => table.keys.map((k) => row[k] ?? '').join('\u0001')));
          for (const row of table.rows) {
            expect(
              index.has(row.join('\u0001')),
              `${relative(dir, file)}: a row of ${table.dataset} is not in its CSV: ${row.join(' | ')}`,
            ).toBe(true);
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
      // Every dataset file that exists was checked against its twin, even if no page showed it.
      for (const name of readdirSync(join(dir, 'du-lieu')).filter((n) => n.endsWith('.csv'))) load(name.slice(0, -4));
    });
  }

  it('the DCAT catalogue lists every dataset with its files and licence', () => {
    const { dir } = inject('sites')['quang-tri'];
    const catalog = JSON.parse(readFileSync(join(dir, 'du-lieu/danh-muc.json'), 'utf8'));
    const csvCount = readdirSync(join(dir, 'du-lieu')).filter((n) => n.endsWith('.csv')).length;
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dcat:dataset']).toHaveLength(csvCount);
    for (const d of catalog['dcat:dataset']) {
      expect(d['dct:license']).toMatch(/^https?:\/\//);
      expect(d['dcat:distribution'].map((x: { 'dcat:mediaType': string }) => x['dcat:mediaType'])).toEqual([
        'text/csv',
        'application/json',
      ]);
    }
  });
});
