/**
 * import-seeds: turn the five seed documents (plain text extracted from PDFs / one
 * news page) into DRAFT Markdown files with a skeleton front matter.
 *
 *   npm run import-seeds -- <seedsDir> [--out <dir>] [--explain]
 *
 * The committed files in content/<instance>/documents/*.md are the product. They were
 * produced from these drafts and then reviewed by hand against the seeds: the bodies are
 * the script's output unchanged (every paragraph decision at a sentence end was checked
 * with --explain, and a word-by-word comparison with the seeds showed nothing lost or
 * added besides what is listed below); the front matter (kind, summaries, issuer, unit
 * ids, implements, PAPI dimensions, concerns, source notes) was written by hand.
 * This script documents the mechanical part and is deterministic; it writes to --out
 * (default: <tmpdir>/import-seeds) and never overwrites content/. The project does not
 * read the seeds at build or test time.
 *
 * What it does (PDF seeds):
 *  - The extraction puts a blank line between every PDF line, so blank lines carry no
 *    information; paragraphs are rebuilt from the lines themselves:
 *      * a line that starts with a lowercase letter continues the previous line;
 *      * a line that starts with a marker (I., 1., 2.1., a), "- ", "+ ",
 *        "Nội dung cần thực hiện") starts a new block;
 *      * otherwise a new paragraph starts when the previous line is clearly shorter
 *        than a full justified line (< 80 %: the last line of a paragraph or a
 *        heading); after a sentence end followed by a capital, also when the previous
 *        line is < 90 % or the next line looks indented (< 93 %: first lines are
 *        indented in the PDF) — run with --explain to see these decisions;
 *      * a line ending in "X-" (a split number or compound, e.g. "34/2007/PL-" +
 *        "UBTVQH11") is joined without a space.
 *  - Drops page numbers (a lone number on its own line) and URL-only lines (hyperlink
 *    footnotes printed by the browser in the middle of sentences, seed 004). Both are
 *    listed on stdout.
 *  - Runs of spaces collapse to one; tabs and leading spaces (page starts) go.
 *  - Splits off the title block ("KẾ HOẠCH" + title lines up to the first
 *    whitespace-only line), the "Kính gửi" block, the "Nơi nhận" block and the
 *    signature block, which go into the front matter, not the body.
 *  - Markdown: "I." sections → "##", short numbered heading lines → "###", "2.1." →
 *    "####", "Nội dung cần thực hiện" → "####"; numbered paragraphs keep their marker
 *    as text ("1\." so that Markdown does not renumber them); "- " items stay list
 *    items.
 * News seed (003): one paragraph per non-empty line; the first line is the headline.
 *
 * The heading decisions in particular are heuristics: check them by hand.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type SourceKind = 'pdf' | 'news-article';
interface SeedTarget {
  instance: string;
  id: string;
  source: SourceKind;
}

/** Seed file prefix → where its document goes. */
export const SEED_TARGETS: Record<string, SeedTarget> = {
  '000': { instance: 'quang-tri', id: 'qt-2021-cong-van-duy-tri-papi', source: 'pdf' },
  '001': { instance: 'quang-tri', id: 'phuong-tx-quang-tri-2024-ke-hoach-papi', source: 'pdf' },
  '002': { instance: 'quang-tri', id: 'huyen-2023-ke-hoach-trien-khai-165', source: 'pdf' },
  '003': { instance: 'quang-tri', id: 'qt-chi-thi-nang-cao-par-sipas-papi', source: 'news-article' },
  '004': { instance: 'bac-ninh', id: 'bg-2021-ke-hoach-papi', source: 'pdf' },
};

export interface Signer {
  name: string | null;
  title: string | null;
  authority: string | null;
}

export interface Converted {
  titleLines: string[];
  addressees: string[];
  recipients: string[];
  signer: Signer;
  blocks: string[];
  /** Lines left out of the body (page numbers, URL-only lines). */
  dropped: string[];
  /** Paragraph decisions at sentence ends, to be checked by hand. */
  notes: string[];
}

const LOWER_START = /^\p{Ll}/u;
const ROMAN = /^[IVX]+\.\s/;
const NUMBERED = /^\d+\.\s/;
const SUBNUMBERED = /^\d+\.\d+\.\s/;
const LETTERED = /^[a-zđ]\)\s/;
const DASH = /^[-+]\s/;
const SUBHEAD = /^Nội dung cần thực hiện$/;
const DOC_TYPE = /^(KẾ HOẠCH|CHỈ THỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT|THÔNG BÁO|BÁO CÁO|CÔNG VĂN)$/;
const PAGE_NUMBER = /^\d{1,3}$/;
const URL_ONLY = /^https?:\/\/\S+$/;
const AUTHORITY = /^(TM|KT|TL|TUQ)\./;

function clean(line: string): string {
  return line
    .replace(/[\t\u00a0\f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function isMarker(line: string): boolean {
  return (
    ROMAN.test(line) ||
    NUMBERED.test(line) ||
    SUBNUMBERED.test(line) ||
    LETTERED.test(line) ||
    DASH.test(line) ||
    SUBHEAD.test(line)
  );
}

/** Length of a full justified line: the 75th percentile of body line lengths. */
function fullWidth(lines: string[]): number {
  const lengths = lines.map((l) => [...l].length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 80;
}

const len = (s: string): number => [...s].length;
const SENTENCE_END = /[.;:!?…]$/;

/**
 * Rebuild paragraphs from PDF lines (blank lines already removed).
 * `explain` receives the decisions at sentence ends followed by a capital, the only
 * ambiguous places: there a new paragraph starts when the line before is somewhat short
 * (< 90 % of a full line) or the next line looks indented (< 93 %: the PDF indents
 * first lines); otherwise the sentence continues the paragraph.
 */
export function joinLines(lines: string[], explain?: (note: string) => void): string[] {
  const width = fullWidth(lines);
  const blocks: string[] = [];
  let current = '';
  let prev = '';
  for (const line of lines) {
    let startNew: boolean;
    if (current === '') startNew = true;
    else if (isMarker(line))
      startNew = true; // before the lowercase test: "a) …"
    else if (LOWER_START.test(line)) startNew = false;
    else if (/\p{L}\d*-$/u.test(prev)) startNew = false;
    else if (len(prev) < width * 0.8) startNew = true;
    else if (isHeadingText(current) && len(prev) < width * 0.9 && /^\p{Lu}/u.test(line)) startNew = true;
    else if (SENTENCE_END.test(prev) && /^\p{Lu}/u.test(line)) {
      startNew = len(prev) < width * 0.9 || len(line) < width * 0.93;
      explain?.(
        `${startNew ? 'BREAK' : 'JOIN '} [${len(prev)}/${len(line)} of ${width}] …${prev.slice(-40)} | ${line.slice(0, 40)}…`,
      );
    } else startNew = false;

    if (startNew) {
      if (current !== '') blocks.push(current);
      current = line;
    } else if (/\p{L}\d*-$/u.test(current)) {
      current += line; // "34/2007/PL-" + "UBTVQH11"
    } else {
      current += ' ' + line;
    }
    prev = line;
  }
  if (current !== '') blocks.push(current);
  return blocks;
}

/** "1. Mục đích", "2.1. Cải cách thể chế": a numbered line without a sentence in it. */
function isHeadingText(block: string): boolean {
  if (!NUMBERED.test(block) && !SUBNUMBERED.test(block) && !ROMAN.test(block)) return false;
  const text = block.replace(/^\S+\s/, '');
  return len(text) <= 320 && !/[.:!?]/.test(text);
}

/** Markdown for one block (heading level, escaped list-like markers). */
export function toMarkdown(block: string): string {
  if (ROMAN.test(block)) return '## ' + block;
  if (SUBNUMBERED.test(block)) return '#### ' + block;
  if (SUBHEAD.test(block)) return '#### ' + block;
  if (NUMBERED.test(block)) {
    // Numbered lines without a sentence inside are section headings ("1. Mục đích");
    // the others are numbered paragraphs ("1\\." keeps Markdown from renumbering them).
    return isHeadingText(block) ? '### ' + block : block.replace(/^(\d+)\./, '$1\\.');
  }
  return block;
}

function stripItem(line: string): string {
  return line
    .replace(/^-\s*/, '')
    .replace(/[;.]+$/, '')
    .trim();
}

export function convertPdf(raw: string): Converted {
  const dropped: string[] = [];
  const rawLines = raw.replace(/\r\n?/g, '\n').split('\n');

  // Title block: a document-type line at the top up to the first whitespace-only line.
  const titleLines: string[] = [];
  let i = 0;
  while (i < rawLines.length && (rawLines[i] ?? '') === '') i++;
  if (DOC_TYPE.test(clean(rawLines[i] ?? ''))) {
    for (; i < rawLines.length; i++) {
      const r = rawLines[i] ?? '';
      if (r === '') continue;
      if (clean(r) === '') break;
      titleLines.push(clean(r));
    }
  }

  const lines: string[] = [];
  for (; i < rawLines.length; i++) {
    const l = clean(rawLines[i] ?? '');
    if (l === '') continue;
    if (PAGE_NUMBER.test(l) || URL_ONLY.test(l)) {
      dropped.push(l);
      continue;
    }
    lines.push(l);
  }

  // Kính gửi: the heading line and the "- " items after it.
  const addressees: string[] = [];
  let start = 0;
  const kg = lines.findIndex((l) => /^Kính gửi:?/.test(l));
  if (kg >= 0) {
    start = kg + 1;
    while (start < lines.length && DASH.test(lines[start] ?? '')) {
      addressees.push(stripItem(lines[start] ?? ''));
      start++;
    }
  }

  // Nơi nhận: items, then the signature block.
  let end = lines.length;
  const recipients: string[] = [];
  const signer: Signer = { name: null, title: null, authority: null };
  const nn = lines.findIndex((l) => /^Nơi nhận:?/.test(l));
  if (nn >= 0) {
    end = nn;
    let j = nn + 1;
    while (j < lines.length && DASH.test(lines[j] ?? '')) {
      const l = lines[j] ?? '';
      recipients.push(l.startsWith('+') ? l.replace(/[;.]+$/, '') : stripItem(l));
      j++;
    }
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (AUTHORITY.test(l) && signer.authority === null) signer.authority = l;
      else if (l === l.toUpperCase() && signer.title === null) signer.title = l;
      else signer.name = l;
    }
  }

  const notes: string[] = [];
  const joined = joinLines(lines.slice(start, end), (n) => notes.push(n));
  // A numbered block followed by "Nội dung cần thực hiện" heads a section (seed 004,
  // "1. Chỉ số nội dung 1: …: 5,48 điểm, …"), however long it is.
  const blocks = joined.map((b, k) =>
    NUMBERED.test(b) && SUBHEAD.test(joined[k + 1] ?? '') ? '### ' + b : toMarkdown(b),
  );
  return { titleLines, addressees, recipients, signer, blocks, dropped, notes };
}

export function convertNews(raw: string): Converted {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(clean)
    .filter((l) => l !== '');
  const [headline, ...rest] = lines;
  return {
    titleLines: headline === undefined ? [] : [headline],
    addressees: [],
    recipients: [],
    signer: { name: null, title: null, authority: null },
    blocks: rest.map((l) => l.replace(/^(\d+)\.\s/, '$1\\. ')),
    dropped: [],
    notes: [],
  };
}

function yamlString(s: string | null): string {
  return s === null ? 'null' : JSON.stringify(s);
}

/** Draft front matter: the mechanical fields filled, the editorial ones left null. */
export function draft(c: Converted, target: SeedTarget): string {
  let title: string | null = null;
  if (c.titleLines.length > 0) {
    const [first, ...rest] = c.titleLines;
    title =
      target.source === 'pdf' && first !== undefined && DOC_TYPE.test(first)
        ? [first.charAt(0) + first.slice(1).toLowerCase(), ...rest].join(' ')
        : c.titleLines.join(' ');
  }
  const list = (items: string[]) =>
    items.length === 0 ? ' []' : '\n' + items.map((t) => `  - text: ${yamlString(t)}\n    units: []`).join('\n');
  return [
    '---',
    'kind: null # TODO',
    `title_vi: ${yamlString(title)}`,
    'summary_vi: null # TODO',
    'summary_en: null # TODO',
    'number: null',
    'date: null',
    'place: null',
    'issuer: null # TODO',
    'signer:',
    `  name: ${yamlString(c.signer.name)}`,
    `  title: ${yamlString(c.signer.title)}`,
    `  authority: ${yamlString(c.signer.authority)}`,
    `addressees:${list(c.addressees)}`,
    `recipients:${list(c.recipients)}`,
    'implements: [] # TODO',
    'papi_dimensions: [] # TODO',
    'concerns: [] # TODO',
    'source:',
    `  kind: ${target.source}`,
    '  note_vi: null # TODO',
    '  note_en: null # TODO',
    '---',
    '',
    c.blocks.join('\n\n'),
    '',
  ].join('\n');
}

function main(argv: string[]): void {
  const args = argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? args[outIdx + 1] : join(tmpdir(), 'import-seeds');
  const explain = args.includes('--explain');
  const seedsDir = args.find((a, k) => !a.startsWith('--') && (outIdx < 0 || k !== outIdx + 1));
  if (seedsDir === undefined || out === undefined) {
    console.error('usage: npm run import-seeds -- <seedsDir> [--out <dir>] [--explain]');
    process.exit(2);
  }
  for (const file of readdirSync(seedsDir).sort()) {
    const target = SEED_TARGETS[file.slice(0, 3)];
    if (target === undefined || !file.endsWith('.txt')) continue;
    const raw = readFileSync(join(seedsDir, file), 'utf8');
    const c = target.source === 'pdf' ? convertPdf(raw) : convertNews(raw);
    const dir = join(out, target.instance, 'documents');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${target.id}.md`);
    writeFileSync(path, draft(c, target));
    console.log(`${file} → ${path} (${c.blocks.length} blocks)`);
    for (const d of c.dropped) console.log(`  dropped: ${d}`);
    if (explain) for (const n of c.notes) console.log(`  ${n}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv);
