/**
 * Reads content files and remembers where each value came from, so that a problem
 * found later (by a schema or a cross-reference check) can name the line or the
 * row and column. Files are read as strict UTF-8: a file saved in another encoding
 * is an error, not a page of mojibake.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { codePointLabel, forbiddenCharacters, markForbiddenCharacters } from './characters.ts';
import { showFound, showInvisible, type ContentIssue, type Place } from './errors.ts';

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

const decoder = new TextDecoder('utf-8', { fatal: true });

function characterIssue(place: Place, field: string, text: string): ContentIssue | undefined {
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
function characterProblems(located: Located, table: boolean): ContentIssue[] {
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

/** Reads a file as UTF-8 text, dropping a leading byte-order mark and Windows line ends. */
export function readText(absPath: string, file: string): string {
  const bytes = readFileSync(absPath);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ReadError({
      file,
      field: '(tệp / file)',
      found: 'các byte không phải UTF-8 / bytes that are not UTF-8',
      expected: {
        vi: 'tệp lưu với bảng mã UTF-8 (trong Excel: "CSV UTF-8"; trong Word/Notepad: "UTF-8")',
        en: 'a file saved as UTF-8 (Excel: "CSV UTF-8"; Word/Notepad: "UTF-8")',
      },
    });
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return normalised;
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

function parseYamlText(text: string, file: string, lineOffset: number): Located {
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
  return { value: doc.toJS(), file, locate: yamlLocator(file, doc, counter, lineOffset) };
}

export function readYaml(absPath: string, file: string): Located {
  const located = parseYamlText(readText(absPath, file), file, 0);
  return { ...located, problems: characterProblems(located, false) };
}

/** A Markdown file: YAML front matter between `---` lines, then the body. */
export function readMarkdown(
  absPath: string,
  file: string,
): { frontMatter: Located; body: string; problems: ContentIssue[] } {
  const text = readText(absPath, file);
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) {
    throw new ReadError({
      file,
      line: 1,
      field: '(front matter)',
      found: JSON.stringify(text.split('\n')[0] ?? ''),
      expected: {
        vi: 'tệp bắt đầu bằng phần thông tin giữa hai dòng "---"',
        en: 'a file that starts with front matter between two "---" lines',
      },
    });
  }
  // The front matter starts on line 2 of the file.
  const frontMatter = parseYamlText(match[1]!, file, 1);
  const body = text.slice(match[0].length);
  const bodyStart = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  const bodyProblems = body
    .split('\n')
    .map((line, i) => characterIssue({ file, line: bodyStart + i + 1 }, '(nội dung / text)', line))
    .filter((issue) => issue !== undefined);
  return { frontMatter, body, problems: [...characterProblems(frontMatter, false), ...bodyProblems] };
}

/** One CSV data row: values by column name, and the physical line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export function readCsv(absPath: string, file: string): Located<Record<string, string>[]> & { columns: string[] } {
  const text = readText(absPath, file);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    throw new ReadError({
      file,
      line,
      field: '(CSV)',
      found: JSON.stringify(error instanceof Error ? error.message : String(error)),
      expected: {
        vi: 'CSV hợp lệ: mỗi hàng cùng số cột với hàng tiêu đề, dấu ngoặc kép đóng mở đủ',
        en: 'valid CSV: every row has as many columns as the header, quotes are closed',
      },
    });
  }
  const header = text.split('\n')[0] ?? '';
  const hidden = header.split(',').find((name) => /[\uFEFF\u200B-\u200D\u2060]/.test(name));
  if (hidden !== undefined) {
    // A byte-order mark mid-header (two files pasted together) would make every row report
    // an unknown column; it is one problem, in the header.
    throw new ReadError({
      file,
      line: 1,
      field: '(CSV)',
      found: showInvisible(JSON.stringify(hidden)),
      expected: {
        vi: 'tên cột không có ký tự ẩn (xóa ký tự ẩn, thường do dán nội dung từ tệp khác)',
        en: 'column names without hidden characters (remove it; it often comes from pasting another file)',
      },
    });
  }
  const columns = Object.keys(records[0]?.record ?? {});
  const allColumns = columns.length ? columns : header.split(',');
  const located = {
    value: records.map((r) => r.record),
    columns: allColumns,
    file,
    locate(path: Path): Place {
      const [index, column] = path;
      const rec = typeof index === 'number' ? records[index] : undefined;
      // csv-parse reports the line a record ends on; records here never span lines
      // unless a quoted cell holds a line break, which is rare in these tables.
      return {
        file,
        line: rec?.info.lines,
        row: typeof index === 'number' ? index + 2 : undefined,
        column: typeof column === 'string' ? column : undefined,
      };
    },
  };
  return { ...located, problems: characterProblems(located, true) };
}
