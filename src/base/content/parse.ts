/**
 * Content text as the loaders read it, without the file system: YAML with the line of every
 * value, CSV rows with their row and column, and the characters no content may hold. The
 * loaders (read.ts) read files into these; the check in the browser (the publishing page)
 * reads the files an import would write, from text.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseCsvText } from '../sheets/files.ts';
import { codePointLabel, forbiddenCharacters, markForbiddenCharacters } from './characters.ts';
import { showFound, type ContentIssue, type Place } from './errors.ts';
import { findPersonalData, isOfficePhone, officePhoneExpected, personalDataExpected } from './personal-data.ts';
import { fieldName } from './validate.ts';

export type Path = ReadonlyArray<string | number>;

/** A value read from a file, and how to find any part of it in that file. */
export interface Located<T = unknown> {
  value: T;
  file: string;
  locate(path: Path): Place;
  /**
   * Problems found in reading that do not stop the file being read (a forbidden character):
   * the loader's `tryRead` files them, and the values are still checked, so one build reports
   * everything at once.
   */
  problems?: ContentIssue[];
}

export class ReadError extends Error {
  readonly issue: ContentIssue;
  constructor(issue: ContentIssue) {
    super(issue.expected.en);
    this.issue = issue;
  }
}

export function characterIssue(place: Place, field: string, text: string): ContentIssue | undefined {
  const found = forbiddenCharacters(text);
  if (!found.length) return undefined;
  const labels = [...new Set(found.map(codePointLabel))].join(', ');
  const marked = markForbiddenCharacters(text);
  const at = marked.indexOf('<U+');
  // Show the part around the first one, which a long paragraph would otherwise cut off.
  const shown = at > 60 ? `…${marked.slice(at - 30)}` : marked;
  return {
    ...place,
    field,
    found: `${showFound(shown)} (ký tự ${labels} / character ${labels})`,
    expected: {
      vi: `chữ không có ký tự điều khiển hay ký tự không hợp lệ (${labels}); hãy xóa ký tự đó, thường do dán từ Word, PDF hoặc tệp khác`,
      en: `text without control or invalid characters (${labels}); delete it: it often comes from pasting from Word, a PDF or another file`,
    },
  };
}

function* strings(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Every text value and table cell with a character XML forbids, by its place and field. */
export function characterProblems(located: Located, table: boolean): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const [path, text] of strings(located.value)) {
    // Fields are named within their entry, as the schema checks name them: in a list file (and
    // a table) the line or row already says which entry.
    const inEntry = Array.isArray(located.value) ? path.slice(1) : path;
    const field = table ? String(path.at(-1)) : inEntry.length ? inEntry.join('.') : '(toàn bộ / whole entry)';
    const issue = characterIssue(located.locate(path), field, text);
    if (issue) out.push(issue);
  }
  return out;
}

function yamlLocator(file: string, doc: ReturnType<typeof parseDocument>, counter: LineCounter, lineOffset: number) {
  return (path: Path): Place => {
    // Walk down as far as the path exists, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | null;
      if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) {
        return { file, line: counter.linePos(node.range[0]).line + lineOffset };
      }
    }
    return { file };
  };
}

/** The yaml package's own default, stated so the bound is a decision of this project. */
const MAX_ALIAS_COUNT = 100;

export function parseYamlText(text: string, file: string, lineOffset: number): Located {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = counter.linePos(error.pos[0]).line + lineOffset;
    throw new ReadError({
      file,
      line,
      field: '(YAML)',
      found: JSON.stringify(error.message.split('\n')[0]),
      expected: {
        vi: 'YAML hợp lệ (kiểm tra thụt lề, dấu hai chấm, dấu ngoặc kép và khóa trùng lặp)',
        en: 'valid YAML (check indentation, colons, quotes and duplicate keys)',
      },
    });
  }
  let value: unknown;
  try {
    // Aliases (*name) repeat what an anchor (&name) holds; a few save typing, but aliases of
    // aliases grow exponentially (the "billion laughs"), so their expansion is bounded.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const aliases = /alias/i.test(message);
    throw new ReadError({
      file,
      field: '(YAML)',
      found: aliases
        ? 'các bí danh (*tên) lồng nhau quá nhiều / aliases (*name) nested too deep'
        : JSON.stringify(message.split('\n')[0]),
      expected: aliases
        ? {
            vi: 'YAML viết đầy đủ, không dùng bí danh lồng nhau (&tên / *tên)',
            en: 'YAML written out in full, without nested aliases (&name / *name)',
          }
        : { vi: 'YAML hợp lệ', en: 'valid YAML' },
    });
  }
  return { value, file, locate: yamlLocator(file, doc, counter, lineOffset) };
}

/** A YAML file's text, read as the loaders read it: its values, their lines, the characters it may not hold. */
export function parseYaml(text: string, file: string): Located {
  const located = parseYamlText(text, file, 0);
  return { ...located, problems: characterProblems(located, false) };
}

/**
 * A CSV table as written (sheets/files.ts writes it), its rows as values by column with empty
 * cells as they are; a row's place is its row as a spreadsheet shows it (the header is row 1).
 */
export function parseCsvTable(text: string, file: string): Located<Record<string, string>[]> & { columns: string[] } {
  const table = parseCsvText(text);
  const value = table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row.cells[i] ?? ''])));
  const located = {
    value,
    columns: table.header,
    file,
    locate(path: Path): Place {
      const [index, column] = path;
      return {
        file,
        row: typeof index === 'number' ? index + 2 : undefined,
        column: typeof column === 'string' ? column : undefined,
      };
    },
  };
  return { ...located, problems: characterProblems(located, true) };
}

/** Field paths that hold an office phone: the last key is one of these. */
const OFFICE_PHONE_KEYS = new Set(['office_phone', 'phone']);

export interface ScanLocatedOptions {
  /** The value is a table's rows: a field is named by its column alone. */
  tableRows?: boolean;
  /** Columns left out (amounts, validated as numbers). */
  skip?: (key: string) => boolean;
}

/**
 * The personal-data rule (personal-data.ts) applied to every string of a read file, each
 * problem at its line or row and column; fields meant for an office phone must hold a
 * landline or hotline number.
 */
export function personalDataIn(located: Located, options: ScanLocatedOptions = {}): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const [path, text] of strings(located.value)) {
    const key = String(path.at(-1));
    if (options.skip?.(key)) continue;
    const field = options.tableRows ? key : fieldName(path);
    for (const match of findPersonalData(text)) {
      out.push({
        ...located.locate(path),
        field,
        found: `${match.masked} (${match.kind === 'mobile-phone' ? 'số di động / mobile number' : 'số định danh / identity number'})`,
        expected: personalDataExpected[match.kind],
      });
    }
    if (OFFICE_PHONE_KEYS.has(key) && !findPersonalData(text).length && !isOfficePhone(text)) {
      out.push({ ...located.locate(path), field, found: showFound(text), expected: officePhoneExpected });
    }
  }
  return out;
}

/**
 * Reads a text as a loader would, for checks that run without the file system (an import's
 * files): its character problems filed in `issues`; undefined, with the reason filed, when it
 * does not read at all.
 */
export function readFiled<T>(issues: { add(issue: ContentIssue): void }, read: () => Located<T>): Located<T> | undefined {
  try {
    const located = read();
    for (const problem of located.problems ?? []) issues.add(problem);
    return located;
  } catch (error) {
    if (error instanceof ReadError) {
      issues.add(error.issue);
      return undefined;
    }
    throw error;
  }
}
