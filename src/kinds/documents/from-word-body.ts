/**
 * The body of a Word document as Markdown, with the document's own numbering kept as written:
 * "I." parts become "##" headings, short numbered headings ("1. Mục đích", "2.1. Cải cách thể
 * chế") "###" and "####", lettered items ("a)") stay paragraphs, "-" items a list and "+" items
 * a list inside it; a numbered paragraph keeps its number ("1\." so Markdown does not renumber
 * it). Tables become Markdown tables. The marks (markerOf) are shared with the tasks draft.
 */
import type { BodyBlock } from './from-word-layout.ts';

export type MarkerKind = 'part' | 'numbered' | 'subnumbered' | 'lettered' | 'dash' | 'plus';

export interface Marker {
  kind: MarkerKind;
  /** The mark as written, without its punctuation: "II", "1", "2.1", "a"; "-" and "+" for items. */
  mark: string;
  /** The text after the mark. */
  rest: string;
}

const PATTERNS: [MarkerKind, RegExp][] = [
  ['part', /^([IVX]{1,6})\.\s*(?=\S)/u],
  ['subnumbered', /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u],
  ['numbered', /^(\d{1,2})[.)](?:\s+|(?=\p{Lu}))(?=\S)/u],
  ['lettered', /^([a-zđ])(?:\)\s*|\.\s+(?=\p{Lu}))(?=\S)/u],
  ['dash', /^([-–—•])\s*(?=\S)/u],
  ['plus', /^(\+)\s*(?=\S)/u],
];

/** The mark a paragraph starts with, if any. */
export function markerOf(text: string): Marker | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, mark: kind === 'dash' ? '-' : m[1]!, rest: text.slice(m[0].length) };
  }
  return null;
}

/**
 * A numbered line that is a heading rather than a paragraph: no sentence in it ("1. Mục đích",
 * "5. Phòng Văn hóa và Thông tin, các cơ quan, đơn vị có liên quan").
 */
export function isHeadingLike(marker: Marker): boolean {
  return marker.rest.length <= 320 && !/[.:;!?]/.test(marker.rest);
}

/** Markdown's own marks in running text, shown as written rather than read as formatting. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

function escapeStart(text: string): string {
  return escapeInline(text).replace(/^([#>=])/, '\\$1');
}

function paragraphMarkdown(text: string, underDash: boolean): string {
  const marker = markerOf(text);
  if (!marker) return escapeStart(text);
  const rest = escapeInline(marker.rest);
  switch (marker.kind) {
    case 'part':
      return `## ${marker.mark}. ${rest}`;
    case 'subnumbered':
      return isHeadingLike(marker) ? `#### ${marker.mark}. ${rest}` : escapeStart(text);
    case 'numbered':
      return isHeadingLike(marker)
        ? `### ${marker.mark}. ${rest}`
        : escapeStart(text).replace(/^(\d+)([.)])/, '$1\\$2');
    case 'lettered':
      return escapeStart(text);
    case 'dash':
      return `- ${rest}`;
    case 'plus':
      // Under a "-" item it is a list inside that item, as the document means it.
      return underDash ? `  + ${rest}` : `+ ${rest}`;
  }
}

function tableMarkdown(rows: string[][]): string {
  const cell = (c: string) => escapeInline(c).replace(/\|/g, '\\|');
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, k) => cell(r[k] ?? '')).join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head!), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}

/** The body blocks as Markdown, blocks separated by a blank line. */
export function bodyMarkdown(blocks: readonly BodyBlock[]): string {
  const out: string[] = [];
  // Whether the last item was a "-" item or a "+" item under one.
  let underDash = false;
  for (const block of blocks) {
    if (block.type === 'table') {
      out.push(tableMarkdown(block.rows));
      underDash = false;
      continue;
    }
    out.push(paragraphMarkdown(block.text, underDash));
    const kind = markerOf(block.text)?.kind;
    underDash = kind === 'dash' || (kind === 'plus' && underDash);
  }
  return out.join('\n\n');
}
