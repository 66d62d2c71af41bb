/**
 * Writing content files as the build reads them, changing no more than the import changes: a
 * CSV row whose values are the same keeps its text as it was; a YAML file is edited value by
 * value (comments, anchors and the order of fields stay). A new file is written in the form
 * the sample generator writes (`yaml` with no line folding; CSV quoted only where needed).
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { toPlain, type Decimal } from './decimal.ts';

export interface CsvTable {
  header: string[];
  /** Each data row's cells, and its text as in the file (without the line end). */
  rows: { cells: string[]; raw: string }[];
  headerRaw: string;
}

/** Reads a CSV as the content files write it (RFC 4180: "" inside quotes, line ends in quotes kept). */
export function parseCsvText(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: { cells: string[]; raw: string }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = 0;
  let i = 0;
  const endRecord = (end: number) => {
    cells.push(cell);
    records.push({ cells, raw: body.slice(start, end) });
    cells = [];
    cell = '';
  };
  while (i < body.length) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      endRecord(i);
      start = i + 1;
    } else cell += c;
    i += 1;
  }
  if (start < body.length) endRecord(body.length);
  const [head, ...rows] = records.filter((r) => r.raw !== '');
  return { header: head?.cells ?? [], headerRaw: head?.raw ?? '', rows };
}

/**
 * A cell of a content file, quoted only where CSV needs it. Unlike the published downloads'
 * csvCell (src/outputs/data/files.ts), it never defuses a leading "=": a content file must keep
 * the value as typed, and the downloads defuse it when they publish it.
 */
export function csvCell(value: string): string {
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes a table. Rows equal to a row of the previous file keep that row's text (its quoting),
 * matched in order, so an unchanged row shows no change in a review.
 */
export function writeCsvText(header: string[], rows: string[][], previous?: CsvTable): string {
  const unused = previous ? [...previous.rows] : [];
  const lines = rows.map((cells) => {
    const at = unused.findIndex((r) => r.cells.length === cells.length && r.cells.every((c, i) => c === cells[i]));
    if (at >= 0) return unused.splice(at, 1)[0]!.raw;
    return cells.map(csvCell).join(',');
  });
  const sameHeader = previous && previous.header.join('\u0000') === header.join('\u0000');
  const head = sameHeader ? previous.headerRaw : header.map(csvCell).join(',');
  return `${[head, ...lines].join('\n')}\n`;
}

/**
 * A figure as a content table writes it: "45676", "1234,5" (a decimal comma: a lone dot before
 * three digits would be read as a thousands dot), empty for null.
 */
export function csvFigure(value: Decimal | null): string {
  if (value === null) return '';
  return toPlain(value).replace('.', ',');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function applyAt(doc: Document, path: (string | number)[], before: unknown, after: unknown): void {
  if (deepEqual(before, after)) return;
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  if (isPlainObject(before) && isPlainObject(after) && isMap(node)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (key in before) applyAt(doc, [...path, key], before[key], value);
      else doc.setIn([...path, key], doc.createNode(value));
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node)) {
    // Entries in place are edited; entries added at the end are appended, removed ones dropped.
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) applyAt(doc, [...path, i], before[i], after[i]);
    for (const value of after.slice(common)) node.items.push(doc.createNode(value));
    node.items.splice(after.length);
    return;
  }
  if (path.length === 0) doc.contents = doc.createNode(after) as typeof doc.contents;
  else doc.setIn(path, doc.createNode(after));
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

type Leaf = { path: (string | number)[]; value: unknown };

/** The values that differ when nothing else does (same fields, same list lengths); undefined otherwise. */
function changedLeaves(before: unknown, after: unknown, path: (string | number)[] = []): Leaf[] | undefined {
  if (deepEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = Object.keys(before);
    if (keys.length !== Object.keys(after).length || !keys.every((k) => k in after)) return undefined;
    const out: Leaf[] = [];
    for (const k of keys) {
      const inner = changedLeaves(before[k], after[k], [...path, k]);
      if (!inner) return undefined;
      out.push(...inner);
    }
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return undefined;
    const out: Leaf[] = [];
    for (const [i, v] of after.entries()) {
      const inner = changedLeaves(before[i], v, [...path, i]);
      if (!inner) return undefined;
      out.push(...inner);
    }
    return out;
  }
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  return scalar(before) && scalar(after) ? [{ path, value: after }] : undefined;
}

/** A scalar as YAML writes it, keeping double quotes where the file had them. */
function scalarText(value: unknown, quoted: boolean): string {
  const text = stringify(value, {
    ...YAML_OPTIONS,
    ...(quoted && typeof value === 'string' ? { defaultStringType: 'QUOTE_DOUBLE' as const } : {}),
  });
  return text.replace(/\n$/, '');
}

/**
 * Changes only the text of the values that changed, when nothing else does: every other
 * character of the file (comments, quoting, indentation, blank lines) stays as it was.
 */
function editScalars(previous: string, doc: Document, leaves: Leaf[]): string | undefined {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const leaf of leaves) {
    const node = doc.getIn(leaf.path, true);
    if (!isScalar(node) || !node.range || (typeof leaf.value === 'string' && leaf.value.includes('\n')))
      return undefined;
    if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') return undefined;
    edits.push({
      start: node.range[0],
      end: node.range[1],
      text: scalarText(leaf.value, node.type === 'QUOTE_DOUBLE'),
    });
  }
  let out = previous;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The YAML file with `value` in place of what it held: when only values change, only their text
 * changes; otherwise only what differs is rebuilt, so the file's comments, anchors and order stay.
 * A new file (no previous text) is written plainly.
 */
export function writeYamlText(previous: string | undefined, value: unknown): string {
  if (previous === undefined) return stringify(value, YAML_OPTIONS);
  const doc = parseDocument(previous);
  const before = doc.toJS();
  const leaves = changedLeaves(before, value);
  const edited = leaves && editScalars(previous, doc, leaves);
  if (edited !== undefined) return edited;
  applyAt(doc, [], before, value);
  return doc.toString(YAML_OPTIONS);
}

/** What a YAML value differs in, as "path: old → new" lines, for the summary shown before writing. */
export function yamlChanges(before: unknown, after: unknown, path = ''): string[] {
  if (deepEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => yamlChanges(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length)
    return after.flatMap((v, i) => yamlChanges(before[i], v, `${path}.${i}`));
  const show = (v: unknown) => (v === undefined ? '(không có / none)' : JSON.stringify(v));
  return [`${path}: ${show(before)} → ${show(after)}`];
}

/**
 * What changed between two versions of a table, by the columns that name a row (a village; a
 * road, segment and land type): rows added and removed, values changed with old and new.
 */
export function tableChanges(
  header: string[],
  key: string[],
  before: string[][],
  after: string[][],
  unit = '',
  labels: Record<string, string> = {},
): string[] {
  const name = (cells: string[]) =>
    key
      .map((k) => cells[header.indexOf(k)])
      .filter(Boolean)
      .join(' / ');
  const old = new Map(before.map((cells) => [name(cells), cells]));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const cells of after) {
    const id = name(cells);
    seen.add(id);
    const was = old.get(id);
    if (!was) {
      out.push(`+ ${id}`);
      continue;
    }
    header.forEach((h, i) => {
      if (key.includes(h) || (was[i] ?? '') === (cells[i] ?? '')) return;
      out.push(
        `~ ${id}, ${labels[h] ?? h}: ${was[i] || '(trống / empty)'} → ${cells[i] || '(trống / empty)'}${unit ? ` ${unit}` : ''}`,
      );
    });
  }
  for (const id of old.keys()) if (!seen.has(id)) out.push(`- ${id}`);
  return out;
}
