/**
 * Content errors that officials can act on: every problem names the file, where in it
 * (line, or row and column for tables), the field, what was found and what was expected,
 * in Vietnamese and in English. The build collects them all and stops before writing.
 */

/** Where a problem is: a file relative to the project, and a place inside it. */
export interface Place {
  file: string;
  /** 1-based line in the file (YAML, Markdown, and the physical line of a CSV row). */
  line?: number;
  /** Sheet name, for spreadsheets. */
  sheet?: string;
  /** 1-based data row as a spreadsheet shows it (the header is row 1). */
  row?: number;
  /** Column name (CSV header) or letter (spreadsheet). */
  column?: string;
  /** A spreadsheet cell as Excel shows it ("C12"); the message then names it instead of row and column. */
  cell?: string;
}

export interface Bilingual {
  vi: string;
  en: string;
}

export interface ContentIssue extends Place {
  /** The field, as a dotted path ("signer.name", "recipients.2.units.0"). */
  field: string;
  /** What was found, already shown as text ("2021-02-30", "(trống / empty)"). */
  found: string;
  /** What was expected, in both languages. */
  expected: Bilingual;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Shows a value the way an official would recognise it in their file. */
export function showFound(value: unknown): string {
  if (value === undefined) return '(không có / missing)';
  if (value === null || value === '') return '(trống / empty)';
  if (typeof value === 'string') return showInvisible(JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `danh sách ${value.length} mục / a list of ${value.length} items`;
  return 'một nhóm trường / a group of fields';
}

/**
 * Characters an editor does not show (a byte-order mark pasted mid-cell, a zero-width space,
 * a non-breaking space) are named, or the official would see two identical values.
 */
export function showInvisible(text: string): string {
  return text.replace(/[\uFEFF\u200B-\u200D\u00A0\u2060]/g, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

function placeText(issue: ContentIssue): string {
  const parts = [issue.file];
  if (issue.sheet) parts.push(`trang tính/sheet "${issue.sheet}"`);
  if (issue.cell) {
    parts.push(`ô/cell ${issue.cell}`);
    return parts.join(', ');
  }
  if (issue.row !== undefined) parts.push(`hàng/row ${issue.row}`);
  if (issue.line !== undefined) parts.push(`dòng/line ${issue.line}`);
  if (issue.column) parts.push(`cột/column "${issue.column}"`);
  return parts.join(', ');
}

export function formatIssue(issue: ContentIssue): string {
  return [
    `✗ ${placeText(issue)} — trường/field "${issue.field}"`,
    `  [vi] Tìm thấy ${issue.found}; cần ${issue.expected.vi}.`,
    `  [en] Found ${issue.found}; expected ${issue.expected.en}.`,
  ].join('\n');
}

export function formatIssues(issues: ContentIssue[]): string {
  const head =
    issues.length === 1
      ? 'Nội dung có 1 lỗi, chưa xây dựng trang nào. / The content has 1 error; nothing was built.'
      : `Nội dung có ${issues.length} lỗi, chưa xây dựng trang nào. / The content has ${issues.length} errors; nothing was built.`;
  return [head, ...issues.map(formatIssue)].join('\n\n');
}

/** Collects issues across files so that one build reports every problem at once. */
export class IssueList {
  readonly issues: ContentIssue[] = [];
  private readonly seen = new Set<string>();
  /**
   * Adds an issue, once: two checks may find the same problem at the same place (an office
   * phone field is checked by its schema and by the content scan), and it is one problem.
   */
  add(issue: ContentIssue): void {
    const key = JSON.stringify([issue.file, issue.line, issue.row, issue.column, issue.field, issue.expected.vi]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push(issue);
  }
  get ok(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(): void {
    if (this.issues.length) throw new ContentError(this.issues);
  }
}
