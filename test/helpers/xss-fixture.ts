/**
 * Builds a content set with an attack in every text field of every content kind: the minimal
 * fixture, plus a correction, with every string (and null) value of every YAML, CSV and
 * front-matter field tried with the payload in turn, kept where the loader accepts it. So a
 * field a slice adds is covered without listing it here; ids, dates and enums refuse the
 * payload and stay as they were.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import { loadPortal } from '../../src/portal.ts';
import { copyFixture } from './fixture.ts';

/**
 * Runs if rendered as HTML (sets window.__xss), is a formula if opened in a spreadsheet, and
 * carries the control characters XML allows but a feed or calendar must still contain: a tab,
 * a bare carriage return, NEL (U+0085), a line separator (U+2028), DEL, and the iCalendar
 * specials ; , \ (the ones XML forbids are refused when content is read).
 */
export const PAYLOAD = `=HYPERLINK("https://evil.example/") <script>window.__xss=1</script> "><img src=x onerror="window.__xss=2"> ' onmouseover='window.__xss=3 \t|\r|\u0085|\u2028|\u007F; a, b\\`;
export const MARKDOWN_PAYLOAD = [
  '',
  '<script>window.__xss=4</script>',
  '',
  '<img src=x onerror="window.__xss=5">',
  '',
  '[liên kết](javascript:window.__xss=6) ![ảnh](javascript:window.__xss=7) <a href="javascript:window.__xss=8">a</a>',
  '',
].join('\n');

type Leaf = { path: (string | number)[]; value: unknown };

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return typeof value === 'string' || value === null ? [{ path, value }] : [];
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A file the payload can be put into, field by field. */
interface Target {
  file: string;
  leaves: Leaf[];
  write(leaf: Leaf, value: string | null): void;
}

function yamlTarget(abs: string, file: string, frontMatter: boolean): Target {
  const text = readFileSync(abs, 'utf8');
  const m = frontMatter ? /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) : null;
  const doc = parseDocument(m ? m[1]! : text);
  const body = m ? m[2]! : '';
  const save = () => writeFileSync(abs, m ? `---\n${doc.toString()}---\n${body}${MARKDOWN_PAYLOAD}` : doc.toString());
  save();
  return { file, leaves: leaves(doc.toJS()), write: (leaf, value) => (doc.setIn(leaf.path, value), save()) };
}

function csvTarget(abs: string, file: string): Target {
  const rows = parseCsv(readFileSync(abs, 'utf8'), { skip_empty_lines: true }) as string[][];
  const save = () => writeFileSync(abs, `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
  const header = rows[0]!;
  const cells = rows.slice(1).flatMap((r, i) => r.map((v, j) => ({ path: [i + 1, j], value: v, column: header[j] })));
  return {
    file,
    leaves: cells,
    write: (leaf, value) => ((rows[leaf.path[0] as number]![leaf.path[1] as number] = value ?? ''), save()),
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? files(abs) : [abs];
  });
}

function loads(dir: string, nationalDir: string | undefined): boolean {
  try {
    loadPortal({ contentDir: dir, nationalDir });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the fixture; returns its folder and the fields that carry the payload ("units/admin.csv 1.3").
 * Whether the loader accepts a field does not depend on the national data (PAPI tables, province
 * lists), so the hundreds of trial loads can read a small copy of it (small-project.ts): a few
 * seconds instead of over a minute. A payload the full data refused would stop the build.
 */
export function writeXssFixture(nationalDir?: string): { dir: string; fields: string[] } {
  const dir = copyFixture();
  writeFileSync(
    join(dir, 'corrections.yaml'),
    '- date: 2026-11-24\n  page: /van-ban/ke-hoach-thu/\n  what_vi: Sửa số hiệu\n  what_en: Corrected the number\n',
  );
  const targets = files(dir).flatMap((abs): Target[] => {
    const file = relative(dir, abs);
    if (abs.endsWith('.csv')) return [csvTarget(abs, file)];
    if (abs.endsWith('.yaml') || abs.endsWith('.yml')) return [yamlTarget(abs, file, false)];
    if (abs.endsWith('.md')) return [yamlTarget(abs, file, true)];
    return [];
  });
  if (!loads(dir, nationalDir)) throw new Error('the fixture does not load before any payload is added');
  const fields: string[] = [];
  for (const target of targets) {
    for (const leaf of target.leaves) {
      const original = leaf.value as string | null;
      target.write(leaf, original ? `${PAYLOAD} ${original}` : PAYLOAD);
      if (loads(dir, nationalDir)) fields.push(`${target.file} ${leaf.path.join('.')}`);
      else target.write(leaf, original);
    }
  }
  return { dir, fields };
}
