/**
 * Reads content files and remembers where each value came from, so that a problem
 * found later (by a schema or a cross-reference check) can name the line or the
 * row and column. Files are read as strict UTF-8: a file saved in another encoding
 * is an error, not a page of mojibake.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { showInvisible, type ContentIssue, type Place } from './errors.ts';
import { characterIssue, characterProblems, parseYaml, parseYamlText, ReadError, type Located, type Path } from './parse.ts';

export { ReadError, type Located, type Path } from './parse.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The files read while `recordReads` runs, so the portal can tell which content files no
 * loader read (files.ts) from the loaders themselves rather than from a second list.
 * Loading is synchronous, so one recording at a time is all there can be.
 */
let recording: Set<string> | undefined;

export function recordReads<T>(run: () => T): { result: T; read: Set<string> } {
  const outer = recording;
  const read = new Set<string>();
  recording = read;
  try {
    return { result: run(), read };
  } finally {
    recording = outer;
  }
}

/**
 * Counts a file, or every file of a folder, as belonging to a loader that did not read it
 * because of a problem already reported elsewhere (a budget table whose YAML is broken,
 * disclosures waiting for a units table to be fixed), so it is not called unread as well.
 */
export function claim(absPath: string): void {
  recording?.add(resolve(absPath));
}

const utf8Expected = {
  vi: 'tệp lưu với bảng mã UTF-8 (trong Excel: "CSV UTF-8"; trong Word/Notepad: "UTF-8")',
  en: 'a file saved as UTF-8 (Excel: "CSV UTF-8"; Word/Notepad: "UTF-8")',
};

/** What a file's bytes are, when they are not UTF-8: said once, for the whole file. */
function encodingFound(bytes: Buffer): string {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return 'tệp UTF-16 (có BOM, thường do "Unicode Text" của Excel hoặc "Unicode" của Notepad) / a UTF-16 file (with a BOM, as Excel "Unicode Text" or Notepad "Unicode" save)';
  }
  if (bytes.includes(0)) return 'các byte 00, có lẽ UTF-16 không có BOM / 00 bytes, probably UTF-16 without a BOM';
  return 'các byte không phải UTF-8 / bytes that are not UTF-8';
}



/**
 * Reads a file as UTF-8 text, dropping a leading byte-order mark and Windows line ends. An
 * empty file, or one in another encoding, is one problem of the whole file, said before any
 * of its rows or fields could be.
 */
export function readText(absPath: string, file: string): string {
  recording?.add(resolve(absPath));
  const bytes = readFileSync(absPath);
  const bad = encodingFound(bytes);
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error(bad);
    text = decoder.decode(bytes);
  } catch {
    throw new ReadError({ file, field: '(tệp / file)', found: bad, expected: utf8Expected });
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') {
    throw new ReadError({
      file,
      field: '(tệp / file)',
      found: bytes.length ? 'tệp chỉ có khoảng trắng / a file of blank space only' : 'tệp trống, 0 byte / an empty file, 0 bytes',
      expected: {
        vi: 'nội dung của tệp (nếu tệp bị xóa trắng do lỗi, lấy lại bản trước; nếu không dùng nữa, xóa tệp)',
        en: 'the content of the file (if it was emptied by mistake, restore the previous version; if it is no longer used, delete it)',
      },
    });
  }
  return normalised;
}

export function readYaml(absPath: string, file: string): Located {
  return parseYaml(readText(absPath, file), file);
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

/**
 * A table saved with another separator, or with spaces after the commas, is one problem of its
 * header: said once, instead of an unknown column or a missing value in every row.
 */
function checkSeparator(header: string, file: string): void {
  const count = (c: string) => header.split(c).length - 1;
  const commas = count(',');
  const other = [
    { sep: ';', vi: 'dấu chấm phẩy ";"', en: 'semicolons ";"' },
    { sep: '\t', vi: 'dấu tab', en: 'tabs' },
  ].find(({ sep }) => count(sep) > commas);
  if (other) {
    throw new ReadError({
      file,
      line: 1,
      field: '(CSV)',
      found: `cột ngăn cách bằng ${other.vi} / columns separated by ${other.en}: ${showInvisible(JSON.stringify(header.length > 60 ? `${header.slice(0, 57)}…` : header))}`,
      expected: {
        vi: 'cột ngăn cách bằng dấu phẩy "," (trong Excel: Lưu thành "CSV UTF-8 (Comma delimited)")',
        en: 'columns separated by commas "," (Excel: Save as "CSV UTF-8 (Comma delimited)")',
      },
    });
  }
  // Spaces and tabs only: a hidden byte-order mark is a problem of its own, said below.
  const padded = header.split(',').find((name) => /^[ \t]|[ \t]$/.test(name));
  if (padded !== undefined) {
    throw new ReadError({
      file,
      line: 1,
      field: '(CSV)',
      found: `tên cột có khoảng trắng / a column name with spaces: ${JSON.stringify(padded)}`,
      expected: {
        vi: 'dấu phẩy không có khoảng trắng trước hay sau (id,kind,name_vi — không phải id, kind, name_vi)',
        en: 'commas without spaces before or after them (id,kind,name_vi — not id, kind, name_vi)',
      },
    });
  }
}

export function readCsv(absPath: string, file: string): Located<Record<string, string>[]> & { columns: string[] } {
  const text = readText(absPath, file);
  checkSeparator(text.split('\n')[0] ?? '', file);
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
  if (records.length === 0) {
    // A table emptied to its header would make every reference to what it held unknown.
    throw new ReadError({
      file,
      line: 2,
      field: '(CSV)',
      found: 'chỉ có hàng tiêu đề, không có hàng dữ liệu / only the header, no data rows',
      expected: {
        vi: 'ít nhất một hàng dữ liệu dưới hàng tiêu đề (nếu bảng bị xóa do lỗi, lấy lại bản trước; nếu không dùng nữa, xóa tệp)',
        en: 'at least one data row under the header (if the table was emptied by mistake, restore the previous version; if it is no longer used, delete the file)',
      },
    });
  }
  const located = {
    value: records.map((r) => r.record),
    columns: Object.keys(records[0]!.record),
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
